import { readFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { renderStaticMap, type StaticMapInput } from '../geo/staticMap.ts';
import { SCRIPT_FACE, STATIC_MAP_TEXT } from '../locale/staticMapText.ts';
import { vazirmatnFile } from './vazirmatn.ts';

type Face = NonNullable<(typeof SCRIPT_FACE)[keyof typeof SCRIPT_FACE]>;

/** The characters a static map draws: its <text> nodes, unescaped. Its title and description are read, not drawn. */
export function drawnText(svg: string): string {
	return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
		.map(([, text]) =>
			text
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
		)
		.join('');
}

let regular: Buffer | undefined;
const cache = new Map<string, Promise<string>>();

/**
 * An @font-face rule for `face` holding exactly the characters of `text` (and
 * the forms shaping reaches from them), as a WOFF2 data URL: a few kilobytes
 * where the whole face is a hundred. Only the regular weight: static maps
 * write nothing bold. Kept per character set, so a map drawn again (the dev
 * server, a second route) is not subset again.
 */
export function fontFaceFor(face: Face, text: string): Promise<string> {
	const characters = [...new Set(text)].sort().join('');
	const key = `${face}\n${characters}`;
	let css = cache.get(key);
	if (!css) {
		regular ??= readFileSync(vazirmatnFile('Regular'));
		css = subsetFont(regular, characters, { targetFormat: 'woff2' }).then(
			(woff2) =>
				`@font-face{font-family:${face};src:url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2")}`
		);
		cache.set(key, css);
	}
	return css;
}

/**
 * A step's static map as served. In a script that the reader's system fonts
 * may not shape (SCRIPT_FACE), it is drawn twice: once to learn what it
 * writes (which labels show depends on the camera and on what is clear of the
 * markers), then with its face embedded, subset to those characters. The
 * drawing stays a pure function; only this wrapper waits for the subsetter.
 */
export async function staticMapSvg(input: StaticMapInput): Promise<string> {
	const svg = renderStaticMap(input);
	const face = SCRIPT_FACE[STATIC_MAP_TEXT[input.lang].script];
	if (!face) return svg;
	return renderStaticMap({ ...input, fontFace: await fontFaceFor(face, drawnText(svg)) });
}
