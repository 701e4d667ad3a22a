/** Which step an address opens: `?step=<id>` first, then `#<id>`. */
export function stepFromUrl(
	url: URL,
	stepIds: string[]
): { index: number; requested?: string; unknown?: string } {
	const requested = url.searchParams.get('step') ?? (url.hash ? decodeURIComponent(url.hash.slice(1)) : null);
	if (requested === null || requested === '') return { index: 0 };
	const index = stepIds.indexOf(requested);
	if (index >= 0) return { index, requested };
	// A hash that names something else on the page (a place section) is not a step request.
	if (!url.searchParams.has('step')) return { index: 0 };
	return { index: 0, unknown: requested };
}

/** The address for a step: `?step=<id>`, other parameters kept, hash dropped. */
export function urlForStep(url: URL, stepId: string): URL {
	const next = new URL(url);
	next.searchParams.set('step', stepId);
	next.hash = '';
	return next;
}
