import { resolve } from '$app/paths';
import type { PosterSize } from '../geo/staticMapSize.ts';
import { langParam, type Lang } from '../locale/editions.ts';

export function staticMapUrl(stepId: string, lang: Lang): string {
	return resolve('/[[lang=edition]]/static-maps/[step].svg', { lang: langParam(lang), step: stepId });
}

/** The story page's poster of a step for one screen size (posters/<size>/<step>.svg). */
export function posterUrl(stepId: string, lang: Lang, size: PosterSize): string {
	return resolve('/[[lang=edition]]/posters/[size]/[step].svg', {
		lang: langParam(lang),
		size,
		step: stepId
	});
}
