import { Resvg } from '@resvg/resvg-js';
import { PALETTES } from '../geo/palette.ts';
import { shareCardSvg } from '../geo/shareCard.ts';
import { renderStaticMap } from '../geo/staticMap.ts';
import { STATIC_MAP_SIZE } from '../geo/staticMapSize.ts';
import { DEFAULT_LANG, type Lang } from '../locale/editions.ts';
import { MESSAGES } from '../locale/allMessages.ts';
import { localeFor } from '../locale/locale.ts';
import type { StoryContent } from './content.ts';
import { staticMapFor } from './staticMaps.ts';
import { vazirmatnFile } from './vazirmatn.ts';

/**
 * Vazirmatn has Latin and Persian, shaped, so every edition's images use the
 * same face on every machine. No system fonts are read: a build is the same
 * everywhere. (The map inside needs no embedded face: resvg reads these.)
 */
const FONT_FILES = (['Regular', 'SemiBold', 'Bold'] as const).map(vazirmatnFile);

/**
 * The card's SVG for a step: its static map with the story's and the step's
 * titles, and its date as the edition writes it. `content.lang`: an edition's
 * language (EditionContent); the original's when absent.
 */
export async function shareCardFor(content: StoryContent & { lang?: Lang }, stepId: string): Promise<string> {
	const step = content.story.steps.find((s) => s.id === stepId);
	if (!step) throw new Error(`No step "${stepId}"`);
	const lang = content.lang ?? DEFAULT_LANG;
	return shareCardSvg({
		mapSvg: renderStaticMap(await staticMapFor(content, stepId)),
		mapSize: STATIC_MAP_SIZE,
		lang,
		storyTitle: content.story.title,
		stepTitle: step.title,
		date: localeFor(lang, MESSAGES[lang]).stepDate(step),
		credit: content.story.byline,
		palette: PALETTES.light
	});
}

/** The card rasterised to PNG at build time, without a browser. */
export function sharePng(svg: string): Buffer {
	const resvg = new Resvg(svg, {
		font: {
			fontFiles: FONT_FILES,
			loadSystemFonts: false,
			defaultFontFamily: 'Vazirmatn',
			sansSerifFamily: 'Vazirmatn'
		}
	});
	return resvg.render().asPng();
}
