import { resolve } from '$app/paths';
import { langParam, type Lang } from '../locale/editions.ts';
import type { StoryReading } from '../story/types.ts';

/** The edition's reading matter (routes/[[lang=edition]]/reading.json). */
export async function fetchReading(lang: Lang): Promise<StoryReading> {
	const url = resolve('/[[lang=edition]]/reading.json', { lang: langParam(lang) });
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
	return (await response.json()) as StoryReading;
}
