const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is false). */
export function isIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2024-01-03" -> "3 Jan 2024", the same on every machine and in every time zone. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "As of" dates may name a month (YYYY-MM) or a day (YYYY-MM-DD). */
export function isMonthOrDate(value: string): boolean {
	const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
	return month !== null || isIsoDate(value);
}

/** "2025-04" -> "Apr 2025"; "2025-04-03" -> "3 Apr 2025". */
export function formatMonthOrDate(value: string): string {
	if (isIsoDate(value)) return formatDate(value);
	const [year, month] = value.split('-').map(Number);
	return `${MONTHS[month - 1]} ${year}`;
}

/** A step's date as the reader sees it: "3 Jan 2024", or with what it is, "Reported 25 Jan 2024". */
export function stepDateText(step: { date?: string; dateLabel?: string }): string | undefined {
	if (!step.date) return undefined;
	return step.dateLabel ? `${step.dateLabel} ${formatDate(step.date)}` : formatDate(step.date);
}
