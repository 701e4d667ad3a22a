import { resolve } from '$app/paths';
import { langParam, type Lang } from '../locale/editions.ts';

export function staticMapUrl(stepId: string, lang: Lang): string {
	return resolve('/[[lang=edition]]/static-maps/[step].svg', { lang: langParam(lang), step: stepId });
}
