import { formatDate, formatMonthOrDate } from '../story/dates.ts';
import type { Figure, Place, Source } from '../story/types.ts';

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

/** "378 killed at the festival, as of Apr 2025 — AFP"; plain figures as they are. */
export function figureLabel(figure: Figure): string {
	if (typeof figure === 'string') return figure;
	const asOf = figure.asOf ? `, as of ${formatMonthOrDate(figure.asOf)}` : '';
	const source = figure.source ? ` — ${figure.source}` : '';
	return `${figure.text}${asOf}${source}`;
}

/** "Reported 25 Jan 2024", or just the date when it is the day of the event. */
export function datedLabel(date: string, label?: string): string {
	return label ? `${label} ${formatDate(date)}` : formatDate(date);
}

export function distanceLabel(place: Place, originName: string): string | undefined {
	if (place.distanceKm === undefined) return undefined;
	return `About ${place.distanceKm.toLocaleString('en-GB')} km from ${originName}`;
}

/** Short line under a place's name in lists: kind and date. */
export function placeMeta(place: Place): string {
	return [
		place.kind === 'country' ? 'Country' : capitalise(place.kind),
		place.date && datedLabel(place.date, place.dateLabel)
	]
		.filter(Boolean)
		.join(' · ');
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
