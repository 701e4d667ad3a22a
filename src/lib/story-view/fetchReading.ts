import { version } from '$app/environment';
import { resolve } from '$app/paths';
import { fetchJson } from '../fetchJson.ts';
import { langParam, type Lang } from '../locale/editions.ts';
import type { StoryReading } from '../story/types.ts';

/** How long a reader waits for a place's details before being told they did not come. */
const READING_TIMEOUT_MS = 15_000;

/**
 * The edition's reading matter (routes/[[lang=edition]]/reading.json). The
 * build's version is in the URL, so a copy cached from an earlier build (with
 * other places) is never read.
 */
export function fetchReading(lang: Lang): Promise<StoryReading> {
	const url = `${resolve('/[[lang=edition]]/reading.json', { lang: langParam(lang) })}?v=${encodeURIComponent(version)}`;
	return fetchJson<StoryReading>(url, { signal: AbortSignal.timeout(READING_TIMEOUT_MS) });
}
