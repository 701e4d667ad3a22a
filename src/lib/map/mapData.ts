import { base, resolve } from '$app/paths';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import { langParam, type Lang } from '../locale/editions.ts';

/** The prerendered files a map draws from: the edition's own (names in its language) and the shared detail. */
export function mapDataUrls(lang: Lang) {
	const edition = { lang: langParam(lang) };
	return {
		geo: resolve('/[[lang=edition]]/story-geo.json', edition),
		basemap: resolve('/[[lang=edition]]/basemap.json', edition),
		region: resolve('/basemap-detail.json'),
		close: resolve('/basemap-close.json'),
		/** The style's glyphs URL: the labels' glyph ranges (routes/glyphs), fetched from the page. */
		glyphs: resolve('/glyphs/[fontstack]/[range].pbf', { fontstack: '{fontstack}', range: '{range}' }),
		/** Loaded by right-to-left editions only (see routes/rtl-text.mjs). */
		rtlText: resolve('/rtl-text.mjs')
	};
}

/** The archive's absolute address: a path on the site is under its base path. */
export function archiveHref(archive: BasemapArchive): string {
	return new URL(archive.url.startsWith('/') ? `${base}${archive.url}` : archive.url, location.href).href;
}
