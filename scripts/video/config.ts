/** What the video's page needs for one edition at one size: the map's files, cameras and names. */
import { mapStateFor } from '../../src/lib/camera/mapState.ts';
import { namesByPlace } from '../../src/lib/camera/stepLabels.ts';
import { langParam, type Lang } from '../../src/lib/locale/editions.ts';
import type { Locale } from '../../src/lib/locale/locale.ts';
import type { EditionContent } from '../../src/lib/server/editions.ts';
import { labelWidthsFor, stepLabelsFor } from '../../src/lib/server/stepLabels.ts';
import type { Step } from '../../src/lib/story/types.ts';
import { videoLayout } from './layout.ts';
import type { VideoSize } from './options.ts';
import type { RendererConfig } from './renderer.ts';

/** The build's map files for an edition, as the site serves them (its own names first, the shared detail). */
export function editionUrls(lang: Lang) {
	const prefix = langParam(lang) ? `/${langParam(lang)}` : '';
	return {
		basemap: `${prefix}/basemap.json`,
		geo: `${prefix}/story-geo.json`,
		region: '/basemap-detail.json',
		close: '/basemap-close.json',
		glyphs: '/glyphs/{fontstack}/{range}.pbf',
		rtlText: '/rtl-text.mjs'
	};
}

export function rendererConfig(
	content: EditionContent,
	locale: Locale,
	size: VideoSize,
	steps: Step[],
	stylesheet: string
): RendererConfig {
	const dir = locale.edition.dir;
	const viewport = { width: size.width / size.scale, height: size.height / size.scale };
	const layout = videoLayout(viewport, size.orientation, dir);
	const labels = stepLabelsFor(content);
	return {
		lang: content.lang,
		dir,
		orientation: size.orientation,
		credit: locale.t.mapCredit,
		urls: editionUrls(content.lang),
		states: steps.map((step) =>
			mapStateFor(step, content.frames[step.id], viewport, layout.padding, { labels: labels[step.id], dir })
		),
		names: [...namesByPlace(content.places, labelWidthsFor(content))],
		stylesheet
	};
}
