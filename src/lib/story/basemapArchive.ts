/**
 * A newsroom's own basemap: a PMTiles archive of vector tiles (for example a
 * Protomaps extract of OpenStreetMap for one region) that the live map draws
 * over Natural Earth where it has tiles. Named in the story file:
 *
 *   {basemap}
 *   url: /basemaps/baghdad.pmtiles      (a file of the site itself, or an https:// address)
 *   attribution: © OpenStreetMap contributors
 *   minZoom: 8
 *   maxZoom: 14
 *   {}
 *
 * An archive on another origin may also name `file:`, the same archive as a
 * file the build can read (relative to the story file), from which the static
 * maps, posters and share images are drawn.
 */
export interface BasemapArchive {
	/** A path on the site itself ("/…", under BASE_PATH) or an https:// address on another origin (http://localhost while trying one out). */
	url: string;
	attribution: string;
	/** The zooms the archive has tiles for: the map draws it from minZoom, and scales its maxZoom tiles up beyond. */
	minZoom: number;
	maxZoom: number;
	/** For an archive on another origin: a copy the build reads, relative to the story file. */
	file?: string;
	/** On the page only: the live map draws the archive's names (the build made their glyphs). */
	names?: true;
}

const FIELDS = ['url', 'attribution', 'minZoom', 'maxZoom', 'file'];
/** Protomaps' daily builds stop at 15; deeper archives only cost bytes at story zooms. */
const DEEPEST = 15;

/** The archive the story names, or undefined; each problem is reported as `basemap.<field>`. */
export function parseBasemapArchive(
	raw: unknown,
	report: (field: string, message: string) => void
): BasemapArchive | undefined {
	if (raw === undefined) return undefined;
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		report('basemap', 'must be an object: {basemap} url: …, attribution: …, minZoom: …, maxZoom: … {}');
		return undefined;
	}
	const fields = raw as Record<string, unknown>;
	for (const key of Object.keys(fields))
		if (!FIELDS.includes(key)) report(`basemap.${key}`, `unknown field (known: ${FIELDS.join(', ')})`);
	const url = typeof fields.url === 'string' ? fields.url.trim() : '';
	const urlProblem = archiveUrlProblem(url);
	if (urlProblem) report('basemap.url', urlProblem);
	const attribution = typeof fields.attribution === 'string' ? fields.attribution.trim() : '';
	if (!attribution)
		report('basemap.attribution', "missing: the tiles' licence asks for their credit on the map");
	const zoom = (field: 'minZoom' | 'maxZoom') => {
		const value = Number(fields[field]);
		if (fields[field] === undefined || !Number.isInteger(value) || value < 0 || value > DEEPEST) {
			report(
				`basemap.${field}`,
				`${JSON.stringify(fields[field] ?? '')} is not a whole zoom from 0 to ${DEEPEST}`
			);
			return NaN;
		}
		return value;
	};
	const minZoom = zoom('minZoom');
	const maxZoom = zoom('maxZoom');
	if (minZoom > maxZoom) report('basemap.minZoom', `${minZoom} is above maxZoom ${maxZoom}`);
	const file = typeof fields.file === 'string' ? fields.file.trim() : undefined;
	const fileProblem = fields.file === undefined ? null : archiveFileProblem(file ?? '', url);
	if (fileProblem) report('basemap.file', fileProblem);
	if (urlProblem || fileProblem || !attribution || !(minZoom <= maxZoom)) return undefined;
	return { url, attribution, minZoom, maxZoom, ...(file ? { file } : {}) };
}

function archiveFileProblem(file: string, url: string): string | null {
	if (url.startsWith('/'))
		return `not needed: an archive on the site itself is read from static${url} by the build`;
	if (!file)
		return 'empty: name the local copy of the archive, relative to the story file, or leave the field out';
	return /\.pmtiles$/.test(file) ? null : `"${file}" is not a .pmtiles file`;
}

function archiveUrlProblem(url: string): string | null {
	if (!url)
		return 'missing: the archive\'s address ("/basemaps/region.pmtiles" or "https://tiles.example/region.pmtiles")';
	if (url.startsWith('/') && !url.startsWith('//'))
		return /\.pmtiles$/.test(url) ? null : `"${url}" is not a .pmtiles file`;
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return `"${url}" is neither a path on the site ("/…") nor an absolute address`;
	}
	// A browser counts its own machine as secure: an archive there can be tried before it is uploaded.
	const local = parsed.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(parsed.hostname);
	if (parsed.protocol !== 'https:' && !local)
		return `"${url}" is not on an https:// origin: a page served over https may not read it, and its tiles would travel unprotected`;
	if (parsed.username || parsed.password || parsed.search || parsed.hash)
		return `"${url}" carries credentials, a query or a fragment: name the archive's plain address`;
	return /\.pmtiles$/.test(parsed.pathname) ? null : `"${url}" is not a .pmtiles file`;
}

/** The other origin the page must be allowed to read the archive from, or null when it is on the site itself. */
export function archiveOrigin(archive: BasemapArchive | undefined): string | null {
	if (!archive || archive.url.startsWith('/')) return null;
	return new URL(archive.url).origin;
}
