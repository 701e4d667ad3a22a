import { describe, expect, it } from 'vitest';
import { archiveOrigin } from '../../src/lib/story/basemapArchive';
import { parseStory } from '../../src/lib/story/parseStory';
import { PALETTES } from '../../src/lib/geo/palette';
import { NEWSROOM_SOURCE, newsroomStyle } from '../../src/lib/map/newsroomBasemap';
import { SAMPLE_STORY, problemsWith } from './helpers';

const withArchive = (fields: string) =>
	SAMPLE_STORY.replace('[sources]', `{basemap}\n${fields}\n{}\n\n[sources]`);
const valid =
	'url: https://tiles.news.example/region.pmtiles\nattribution: © OpenStreetMap contributors\nminZoom: 8\nmaxZoom: 14';

describe("a story's basemap archive", () => {
	it('is read from the story file, and a story without one carries no trace of it', () => {
		const { story, issues } = parseStory('story.aml', withArchive(valid));
		expect(issues).toEqual([]);
		expect(story.basemap).toEqual({
			url: 'https://tiles.news.example/region.pmtiles',
			attribution: '© OpenStreetMap contributors',
			minZoom: 8,
			maxZoom: 14
		});
		expect('basemap' in parseStory('story.aml', SAMPLE_STORY).story).toBe(false);
	});

	it.each([
		['http://tiles.news.example/region.pmtiles', /basemap\.url.*not on an https:\/\/ origin/],
		['ftp://tiles.news.example/region.pmtiles', /basemap\.url.*not on an https:\/\/ origin/],
		['https://tiles.news.example/region.mbtiles', /basemap\.url.*not a \.pmtiles file/],
		['//tiles.news.example/region.pmtiles', /basemap\.url.*neither a path on the site/],
		['https://user:secret@tiles.news.example/region.pmtiles', /basemap\.url.*credentials/]
	])('stops the build on the address %s, naming the field', (url, problem) => {
		const problems = problemsWith(withArchive(valid.replace(/^url: .*$/m, `url: ${url}`)));
		expect(problems.join('\n')).toMatch(problem);
	});

	it('takes a path on the site, and this machine while an archive is tried out', () => {
		for (const url of ['/basemaps/region.pmtiles', 'http://localhost:4180/region.pmtiles'])
			expect(parseStory('story.aml', withArchive(valid.replace(/^url: .*$/m, `url: ${url}`))).issues).toEqual(
				[]
			);
	});

	it('names a missing credit, zooms out of range or the wrong way round, and an unknown field', () => {
		const problems = problemsWith(
			withArchive('url: /basemaps/region.pmtiles\nminZoom: 12\nmaxZoom: 9\nstyle: dark')
		).join('\n');
		expect(problems).toMatch(/basemap\.attribution.*missing/);
		expect(problems).toMatch(/basemap\.minZoom.*12 is above maxZoom 9/);
		expect(problems).toMatch(/basemap\.style.*unknown field/);
		expect(problemsWith(withArchive(valid.replace('maxZoom: 14', 'maxZoom: 16'))).join('\n')).toMatch(
			/basemap\.maxZoom.*not a whole zoom from 0 to 15/
		);
	});

	it('gives the one origin the page may read it from, none for a path on the site', () => {
		const { story } = parseStory('story.aml', withArchive(valid));
		expect(archiveOrigin(story.basemap)).toBe('https://tiles.news.example');
		expect(archiveOrigin({ ...story.basemap!, url: '/basemaps/region.pmtiles' })).toBeNull();
		expect(archiveOrigin(undefined)).toBeNull();
	});

	it('takes a local copy beside an archive on another origin, and names a wrong one', () => {
		const copy = parseStory('story.aml', withArchive(`${valid}\nfile: ../tiles/region.pmtiles`));
		expect(copy.issues).toEqual([]);
		expect(copy.story.basemap?.file).toBe('../tiles/region.pmtiles');
		expect(problemsWith(withArchive(`${valid}\nfile: ../tiles/region.mbtiles`)).join('\n')).toMatch(
			/basemap\.file.*not a \.pmtiles file/
		);
		const onSite = withArchive(
			`${valid.replace(/^url: .*$/m, 'url: /basemaps/region.pmtiles')}\nfile: region.pmtiles`
		);
		expect(problemsWith(onSite).join('\n')).toMatch(
			/basemap\.file.*not needed.*static\/basemaps\/region\.pmtiles/
		);
	});
});

describe("the archive's style", () => {
	const archive = { url: '/basemaps/region.pmtiles', attribution: 'Credit', minZoom: 8, maxZoom: 14 };
	const { source, layers } = newsroomStyle(
		archive,
		'https://news.example/basemaps/region.pmtiles',
		PALETTES.light,
		'light'
	);

	it('reads the archive through the pmtiles protocol, over its zooms (its credit is a line of its own)', () => {
		expect(source).toEqual({
			type: 'vector',
			url: 'pmtiles://https://news.example/basemaps/region.pmtiles',
			minzoom: 8,
			maxzoom: 14
		});
	});

	it("draws streets, runways and built-up areas in the story's colours, and leaves land, borders and names to the story", () => {
		const ids = layers.map((l) => l.id);
		expect(ids).toContain('newsroom-roads_major');
		expect(ids).toContain('newsroom-roads_runway');
		expect(ids).toContain('newsroom-landuse_industrial');
		expect(ids.filter((id) => /earth|boundaries|background|landcover/.test(id))).toEqual([]);
		expect(layers.filter((l) => l.type === 'symbol')).toEqual([]);
		expect(layers.every((l) => 'source' in l && l.source === NEWSROOM_SOURCE)).toBe(true);
		expect(layers.every((l) => (l.minzoom ?? 0) >= archive.minZoom)).toBe(true);
		const water = layers.find((l) => l.id === 'newsroom-water')!;
		expect(water.type === 'fill' && water.paint?.['fill-color']).toBe(PALETTES.light.sea);
	});
});
