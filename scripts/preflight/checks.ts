/**
 * What an editor checks before publishing, in one report (`npm run preflight`
 * and the studio): content errors with their lines, translations pending
 * review, places whose sources carry no date, steps whose focus falls off the
 * map or under the text or whose names do not fit at a screen size, steps
 * without a description of their map (the static maps' alt text), map label
 * characters no face has, and, when a build is there, the first view's and the
 * share images' bytes against their budgets. An `error` would ship broken.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { project } from '../../src/lib/camera/camera.ts';
import { labelOverflow } from '../../src/lib/camera/labelFrame.ts';
import { storyMapLayout } from '../../src/lib/camera/layout.ts';
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { EDITIONS, type Lang } from '../../src/lib/locale/editions.ts';
import { DEFAULT_PATHS, type ContentPaths } from '../../src/lib/server/content.ts';
import { editionLangs, loadEdition, type EditionContent } from '../../src/lib/server/editions.ts';
import { labelCodePoints, labelFaces } from '../../src/lib/server/labelGlyphs.ts';
import { locatedIssues } from '../../src/lib/server/locatedIssues.ts';
import { stepLabelsFor } from '../../src/lib/server/stepLabels.ts';
import { storyMapOptions } from '../../src/lib/server/staticMaps.ts';
import { ContentError } from '../../src/lib/story/errors.ts';
import { firstViewAssets, totals } from '../../bench/lib/firstView.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
	severity: Severity;
	lang: Lang;
	/** The step it concerns, where it concerns one (the studio shows it beside that step). */
	step?: string;
	text: string;
}

/** The screens the walks and the posters use: a desktop, and a phone (its map, the top half). */
export const SCREENS = {
	desktop: { width: 1280, height: 800 },
	phone: { width: 390, height: 844 }
} as const;

/** The byte budgets the tests hold the build to (tests/e2e/budget.spec.ts, share.spec.ts). */
const FIRST_VIEW_BUDGET = 80 * 1024;
const SHARE_IMAGE_BUDGET = 300 * 1024;

/** Every check, for every edition; the build's bytes too when `buildDir` holds a build. */
export async function preflight(
	paths: ContentPaths = DEFAULT_PATHS,
	{ buildDir = 'build' }: { buildDir?: string } = {}
): Promise<Finding[]> {
	const findings: Finding[] = [];
	for (const lang of editionLangs(paths)) {
		let edition: EditionContent;
		try {
			edition = loadEdition(lang, paths, () => {});
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			for (const issue of locatedIssues(error.issues, paths))
				findings.push({
					severity: 'error',
					lang,
					step: /^step "(.+)"$/.exec(issue.where ?? '')?.[1],
					text: issue.line ? issue.text.replace(issue.file, `${issue.file}:${issue.line}`) : issue.text
				});
			continue;
		}
		findings.push(...reviewFindings(edition), ...sourceFindings(edition), ...framingFindings(edition));
		findings.push(...(await glyphFindings(lang)));
	}
	findings.push(...buildFindings(buildDir));
	return findings;
}

/** A translation still waiting for an editor: published with a notice, so a warning. */
export function reviewFindings(edition: EditionContent): Finding[] {
	return edition.review === 'pending'
		? [
				{
					severity: 'warning',
					lang: edition.lang,
					text: 'the translation is pending review (published with a notice)'
				}
			]
		: [];
}

/** Places with sources none of which says when: a reader cannot tell how current they are. */
export function sourceFindings(edition: EditionContent): Finding[] {
	return edition.places
		.filter((place) => place.sources.length > 0 && place.sources.every((source) => !source.date))
		.map((place) => ({
			severity: 'warning' as const,
			lang: edition.lang,
			text: `place "${place.id}": its sources carry no date`
		}));
}

/**
 * Per step and screen: every focus place on the map and off the text, every
 * framed name fitting beside its point, and a description of the map.
 */
export function framingFindings(edition: EditionContent): Finding[] {
	const { story } = edition;
	const { dir } = EDITIONS[edition.lang];
	const labels = stepLabelsFor(edition);
	const anchors = new Map(edition.places.map((place) => [place.id, place.anchor]));
	const findings: Finding[] = [];
	for (const step of story.steps) {
		const at = { lang: edition.lang, step: step.id };
		if (!step.mapDescription.trim())
			findings.push({ ...at, severity: 'error', text: 'no description of the map (its alt text)' });
		for (const [size, screen] of Object.entries(SCREENS)) {
			const options = storyMapOptions(edition, step.id, dir);
			const whole = storyMapLayout(screen, options);
			const viewport = { width: whole.map.width, height: whole.map.height };
			const layout = storyMapLayout(viewport, options);
			const { camera } = mapStateFor(step, edition.frames[step.id], viewport, layout.padding, {
				labels: labels[step.id],
				dir
			});
			const text = whole.kind === 'phone' ? null : whole.text;
			for (const id of step.focus) {
				const anchor = anchors.get(id);
				if (!anchor) continue;
				const { x, y } = project(anchor, camera, viewport);
				const off = x < 0 || y < 0 || x > viewport.width || y > viewport.height;
				const under =
					text && x >= text.x && x <= text.x + text.width && y >= text.y && y <= text.y + text.height;
				if (off || under)
					findings.push({
						...at,
						severity: 'error',
						text: `on a ${size}, "${id}" is ${off ? 'off the map' : 'under the text'}`
					});
			}
			const over = labelOverflow(labels[step.id], camera, viewport, dir);
			if (over > 0.5)
				findings.push({
					...at,
					severity: 'warning',
					text: `on a ${size}, a framed name has no room beside its point (${Math.round(over)} px short): it may not be drawn`
				});
		}
	}
	return findings;
}

/** Map label characters none of the label faces has: the build stops on them. */
export async function glyphFindings(lang: Lang): Promise<Finding[]> {
	const faces = labelFaces();
	const findings: Finding[] = [];
	for (const [codePoint, text] of await labelCodePoints(lang))
		if (!faces.some(({ font }) => font.has(codePoint)))
			findings.push({
				severity: 'error',
				lang,
				text: `map label "${text}" has U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}, which no label face has`
			});
	return findings;
}

/** The built first view and share images against their budgets; nothing without a build. */
export function buildFindings(buildDir: string): Finding[] {
	if (!existsSync(join(buildDir, 'index.html'))) return [];
	const findings: Finding[] = [];
	const { firstView } = totals(firstViewAssets(buildDir));
	if (firstView > FIRST_VIEW_BUDGET)
		findings.push({
			severity: 'error',
			lang: 'en',
			text: `the first view is ${(firstView / 1024).toFixed(1)} KB (gzip), over its ${FIRST_VIEW_BUDGET / 1024} KB budget`
		});
	for (const dir of [join(buildDir, 'share'), join(buildDir, 'fa', 'share')].filter(existsSync))
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
			const bytes = statSync(join(dir, file)).size;
			if (bytes > SHARE_IMAGE_BUDGET)
				findings.push({
					severity: 'error',
					lang: dir.includes('/fa/') ? 'fa' : 'en',
					step: file.replace(/\.png$/, ''),
					text: `the share image ${join(dir, file)} is ${Math.round(bytes / 1024)} KB, over ${SHARE_IMAGE_BUDGET / 1024} KB`
				});
		}
	return findings;
}
