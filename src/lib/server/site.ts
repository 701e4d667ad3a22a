/**
 * The public address the build is published at, from SITE_URL: link previews
 * (og:url, og:image) and canonical links need absolute URLs, and a build
 * cannot know its own address. Without it those tags are left out, never
 * guessed.
 */

export interface SiteEnv {
	SITE_URL?: string;
	BASE_PATH?: string;
}

/**
 * The site's root URL, ending in "/", or null when SITE_URL is unset. SITE_URL
 * is an origin (https://news.example) or an origin with the BASE_PATH the site
 * is built for; anything else stops the build with the reason.
 */
export function siteRootFrom(env: SiteEnv): URL | null {
	const value = env.SITE_URL?.trim();
	if (!value) return null;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL "${value}" is not an absolute URL: write it as https://news.example`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(`SITE_URL "${value}" must start with https:// (or http://)`);
	if (url.search || url.hash) throw new Error(`SITE_URL "${value}" must not have a query or a fragment`);
	const base = env.BASE_PATH ?? '';
	const path = url.pathname.replace(/\/$/, '');
	if (path !== '' && path !== base)
		throw new Error(
			`SITE_URL "${value}" has the path "${url.pathname}" but BASE_PATH is "${base}": give SITE_URL as the origin alone, and the sub-path as BASE_PATH`
		);
	return new URL(`${base}/`, url.origin);
}

let warned = false;

/** The site root for this build; says once, when it is unset, which tags are left out. */
export function siteRoot(
	env: SiteEnv = process.env,
	warn: (message: string) => void = console.warn
): URL | null {
	const root = siteRootFrom(env);
	if (!root && !warned) {
		warned = true;
		warn(
			'SITE_URL is not set: the pages leave out og:url, og:image and canonical links, which need absolute URLs. Set SITE_URL=https://your.site to publish them (docs/publishing.md).'
		);
	}
	return root;
}
