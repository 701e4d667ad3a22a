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

/** `?place=<id>` opens that place's details; anything else is reported, never rendered as markup. */
export function placeFromUrl(url: URL, placeIds: string[]): { id?: string; unknown?: string } {
	const requested = url.searchParams.get('place');
	if (requested === null || requested === '') return {};
	if (placeIds.includes(requested)) return { id: requested };
	return { unknown: requested.length > 60 ? `${requested.slice(0, 60)}…` : requested };
}
