import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, type ContentIssue } from '../story/errors.ts';
import { parseStory } from '../story/parseStory.ts';
import type { Bounds, GeoLayer, Place, Story } from '../story/types.ts';
import { indexFeatures, placesOf, validateContent } from './validateContent.ts';
import { validateLayer } from '../story/validateLayer.ts';
import { validateReference, type ReferenceFeature } from '../geo/reference.ts';
import { anchorOf, arcFeature, frameBounds } from '../geo/geometry.ts';
import { describeStep, type ArcFacts } from '../story/describeStep.ts';
import { inViewOf } from '../geo/inView.ts';
import { stepView } from '../camera/mapState.ts';
import { descriptionIssues } from './descriptions.ts';
import { townsFor } from './towns.ts';
import { archiveBuildFile } from './archiveFile.ts';

export interface ContentPaths {
	root: string;
	/** Relative to root. */
	storyFile: string;
	geoDir: string;
}

/**
 * Where the story is read from. STORY_DIR (relative to the checkout) builds
 * another story kept in the same checkout: a folder with its own `story.aml`
 * and `geo/` (docs/architecture.md, "Several stories in one checkout"). STORY_ROOT moves the
 * whole root (the scale benchmark's synthetic stories).
 */
export function contentPaths(env: Record<string, string | undefined> = process.env): ContentPaths {
	const root = env.STORY_ROOT ?? process.cwd();
	const dir = env.STORY_DIR?.replace(/\/+$/, '');
	if (!dir) return { root, storyFile: 'src/content/story.aml', geoDir: 'geo' };
	return { root, storyFile: `${dir}/story.aml`, geoDir: `${dir}/geo` };
}

export const DEFAULT_PATHS: ContentPaths = contentPaths();

export interface StoryContent {
	story: Story;
	layers: GeoLayer[];
	places: Place[];
	/** Per step id: the bounds the camera frames (focus places and arcs). */
	frames: Record<string, Bounds>;
	/** Per step id: what every reader sees of the step's map (stepView). */
	views: Record<string, Bounds>;
	arcs: GeoJSON.Feature[];
	/**
	 * Context labels that are not story places: the kept ones (geo/reference/),
	 * then the towns picked from the gazetteer for the close-ups (server/towns).
	 */
	reference: ReferenceFeature[];
	/** The basemap archive as a file the build reads for its static maps, if it has one (archiveReader.ts). */
	archiveFile?: string;
}

function readLayers(paths: ContentPaths, issues: ContentIssue[]): GeoLayer[] {
	const dir = join(paths.root, paths.geoDir);
	const files = readdirSync(dir)
		.filter((name) => name.endsWith('.geojson'))
		.sort();
	const layers: GeoLayer[] = [];
	for (const name of files) {
		const file = relative(paths.root, join(dir, name));
		let json: unknown;
		try {
			json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
		} catch (error) {
			issues.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
			continue;
		}
		const result = validateLayer(file, name.replace(/\.geojson$/, ''), json);
		issues.push(...result.issues);
		if (result.layer) layers.push(result.layer);
	}
	return layers;
}

/** geo/reference/*.geojson, if the story has any: context that orients the reader. */
function readReference(paths: ContentPaths, issues: ContentIssue[]): ReferenceFeature[] {
	const dir = join(paths.root, paths.geoDir, 'reference');
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => name.endsWith('.geojson'))
		.sort()
		.flatMap((name) => {
			const file = relative(paths.root, join(dir, name));
			try {
				const result = validateReference(file, JSON.parse(readFileSync(join(dir, name), 'utf8')));
				issues.push(...result.issues);
				return result.features;
			} catch (error) {
				issues.push({ file, message: `is not valid JSON: ${(error as Error).message}` });
				return [];
			}
		});
}

/** Story + geo, validated together. Pure apart from reading the files. */
export function assembleContent(
	storyFile: string,
	storySource: string,
	layers: GeoLayer[],
	issues: ContentIssue[] = [],
	reference: ReferenceFeature[] = []
): StoryContent {
	const { story: parsed, issues: storyIssues } = parseStory(storyFile, storySource);
	const problems = [...issues, ...storyIssues, ...validateContent(storyFile, parsed, layers)];
	const storyIds = indexFeatures(layers);
	for (const feature of reference)
		if (storyIds.has(feature.properties.id))
			problems.push({
				file: 'geo/reference',
				where: `feature "${feature.properties.id}"`,
				field: 'id',
				message: 'is also a story place: a reference label is for places the story does not tell'
			});
	if (problems.length > 0) throw new ContentError(problems);

	// "layers: all" is spelled out here; the parsed story is left as it was read.
	const allLayers = layers.map((layer) => layer.id);
	const withLayers = parsed.steps.map((step) =>
		step.layers.includes('all') ? { ...step, layers: allLayers } : step
	);

	const index = indexFeatures(layers);
	const anchor = (id: string) => anchorOf(index.get(id)!.feature);
	const arcs = new Map<string, GeoJSON.Feature>();
	for (const step of withLayers)
		for (const arc of step.arcs)
			if (!arcs.has(arc.id)) arcs.set(arc.id, arcFeature(arc, anchor(arc.from), anchor(arc.to)));

	const frames: Record<string, Bounds> = {};
	for (const step of withLayers) {
		const features = [
			...step.focus.map((id) => index.get(id)!.feature as GeoJSON.Feature),
			...step.arcs.map((arc) => arcs.get(arc.id)!)
		];
		frames[step.id] = frameBounds({ type: 'FeatureCollection', features });
	}

	const places = placesOf({ ...parsed, steps: withLayers }, layers);
	const placeIndex = new Map(places.map((place) => [place.id, place]));
	const arcFacts = new Map(
		[...arcs.values()].map((arc) => [arc.properties!.id as string, arc.properties as ArcFacts])
	);
	const views = Object.fromEntries(withLayers.map((step) => [step.id, stepView(step, frames[step.id])]));
	const steps = withLayers.map((step) =>
		step.mapDescription
			? step
			: {
					...step,
					mapDescription: describeStep(step, placeIndex, arcFacts, layers, inViewOf(views[step.id], layers))
				}
	);
	const described = descriptionIssues(storyFile, steps, layers, views);
	if (described.length > 0) throw new ContentError(described);
	const story = { ...parsed, steps };

	return { story, layers, places, frames, views, arcs: [...arcs.values()], reference };
}

/**
 * The basemap archive the story file names, read from the story file alone (no
 * geo layers): what the build needs to know before anything is compiled. A
 * story that cannot be read names none here; loadContent reports why.
 */
export function namedArchive(paths: ContentPaths = DEFAULT_PATHS): Story['basemap'] {
	try {
		return parseStory(paths.storyFile, readFileSync(join(paths.root, paths.storyFile), 'utf8')).story.basemap;
	} catch {
		return undefined;
	}
}

/** Reads and checks the story file and every geo layer; throws ContentError listing every problem. */
export function loadContent(paths: ContentPaths = DEFAULT_PATHS): StoryContent {
	const issues: ContentIssue[] = [];
	let source = '';
	try {
		source = readFileSync(join(paths.root, paths.storyFile), 'utf8');
	} catch (error) {
		issues.push({ file: paths.storyFile, message: `cannot be read: ${(error as Error).message}` });
	}
	const layers = readLayers(paths, issues);
	const reference = readReference(paths, issues);
	const content = assembleContent(paths.storyFile, source, layers, issues, reference);
	return {
		...content,
		reference: [...content.reference, ...townsFor(content)],
		archiveFile: archiveBuildFile(paths, content.story.basemap) ?? undefined
	};
}
