import { formatDate } from '../story/dates.ts';
import type { Place, Source } from '../story/types.ts';

const PRECISION_LABELS: Record<Place['precision'], string> = {
	exact: 'Exact location',
	city: 'Location to city level',
	area: 'Approximate area',
	uncertain: 'Location uncertain'
};

export function precisionLabel(place: Place): string {
	return PRECISION_LABELS[place.precision];
}

/** "CBS News, 25 Jan 2024" */
export function sourceLabel(source: Source): string {
	return [source.outlet, source.date].filter(Boolean).join(', ');
}

export function distanceLabel(place: Place, originName: string): string | undefined {
	if (place.distanceKm === undefined) return undefined;
	return `About ${place.distanceKm.toLocaleString('en-GB')} km from ${originName}`;
}

/** Short line under a place's name in lists: kind and date. */
export function placeMeta(place: Place): string {
	return [place.kind === 'country' ? 'Country' : capitalise(place.kind), place.date && formatDate(place.date)]
		.filter(Boolean)
		.join(' · ');
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
