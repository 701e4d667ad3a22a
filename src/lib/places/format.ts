import type { Locale } from '../locale/locale.ts';
import type { Figure, PlaceOnPage, Source } from '../story/types.ts';

export function precisionLabel(place: PlaceOnPage, locale: Locale): string {
	return locale.t.precisionLabels[place.precision];
}

/** "CBS News, 25 Jan 2024" (a source's date is free text, as the fact base gives it). */
export function sourceLabel(source: Source, locale: Locale): string {
	return [source.outlet, source.date].filter(Boolean).join(locale.lang === 'fa' ? '، ' : ', ');
}

/** "378 killed at the festival, as of Apr 2025 — AFP"; plain figures as they are. */
export function figureLabel(figure: Figure, locale: Locale): string {
	if (typeof figure === 'string') return figure;
	const separator = locale.lang === 'fa' ? '، ' : ', ';
	const asOf = figure.asOf ? `${separator}${locale.t.asOf(locale.date(figure.asOf))}` : '';
	const source = figure.source ? ` — ${figure.source}` : '';
	return `${figure.text}${asOf}${source}`;
}

/** "Reported 25 Jan 2024", or just the date when it is the day of the event. */
export function datedLabel(date: string, label: string | undefined, locale: Locale): string {
	return label ? `${label} ${locale.date(date)}` : locale.date(date);
}

export function distanceLabel(place: PlaceOnPage, originName: string, locale: Locale): string | undefined {
	if (place.distanceKm === undefined) return undefined;
	return locale.t.aboutKmFrom(locale.km(place.distanceKm), originName);
}

/** Short line under a place's name in lists: kind and date. */
export function placeMeta(place: PlaceOnPage, locale: Locale): string {
	return [locale.kind(place.kind), place.date && datedLabel(place.date, place.dateLabel, locale)]
		.filter(Boolean)
		.join(' · ');
}
