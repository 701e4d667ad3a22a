import { describe, expect, it } from 'vitest';
import { EDITIONS, isLang, type Lang } from '../../src/lib/locale/editions.ts';
import {
	formatDateIn,
	formatGregorianIn,
	formatKmIn,
	formatNumberIn,
	formatYearIn
} from '../../src/lib/locale/format.ts';
import { MESSAGES } from '../../src/lib/locale/allMessages.ts';

const PERSIAN_DIGITS = /^[^0-9]*$/;

describe('editions', () => {
	it('every language has every interface string, none empty', () => {
		const keys = Object.keys(MESSAGES.en).sort();
		for (const lang of Object.keys(EDITIONS)) {
			expect(isLang(lang)).toBe(true);
			const messages = MESSAGES[lang as keyof typeof MESSAGES];
			expect(Object.keys(messages).sort(), lang).toEqual(keys);
			for (const [key, value] of Object.entries(messages)) {
				const sample =
					typeof value === 'function'
						? (value as (...args: unknown[]) => string)('x', 'y', 'z', 'w')
						: typeof value === 'object'
							? Object.values(value).join('')
							: value;
				expect(sample.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
				const original = MESSAGES.en[key as keyof typeof MESSAGES.en];
				if (typeof value === 'object')
					expect(Object.keys(value).sort(), `${lang}.${key}`).toEqual(Object.keys(original).sort());
			}
		}
		expect(isLang('xx')).toBe(false);
	});

	it('Persian is written right to left, English left to right', () => {
		expect(EDITIONS.fa.dir).toBe('rtl');
		expect(EDITIONS.en.dir).toBe('ltr');
	});
});

describe('dates and numbers in each edition', () => {
	it('English dates read the same on every machine', () => {
		expect(formatDateIn('2024-01-03', 'en')).toBe('3 Jan 2024');
		expect(formatDateIn('2025-04', 'en')).toBe('Apr 2025');
		expect(formatKmIn(1340, 'en')).toBe('1,340 km');
	});

	it('Persian dates give the Solar Hijri day, name the calendar, and give the Gregorian date, in Persian digits', () => {
		const text = formatDateIn('2024-01-03', 'fa');
		expect(text).toMatch(PERSIAN_DIGITS);
		expect(text).toContain('۱۴۰۲');
		expect(text).toContain('خورشیدی');
		expect(text).toContain(`(${formatGregorianIn('2024-01-03', 'fa')})`);
		expect(formatGregorianIn('2024-01-03', 'fa')).toContain('۲۰۲۴');
		// A month alone stays Gregorian, and says so.
		expect(formatDateIn('2025-04', 'fa')).toContain('میلادی');
		expect(formatNumberIn(1340, 'fa')).toBe('۱٬۳۴۰');
		expect(formatKmIn(1340, 'fa')).toBe('۱٬۳۴۰ کیلومتر');
		// Years on the time rail are labels, not quantities: never grouped.
		expect(formatYearIn(2024, 'fa')).toBe('۲۰۲۴');
		expect(formatYearIn(2024, 'en')).toBe('2024');
	});

	it('writes counts and years exactly as Intl does, in every edition', () => {
		const values = [0, 7, 42, 123, 999, 1000, 1340, 65432, 123456, 1234567, 2.5, 999.5, 1e14, -3, 1e21];
		for (const lang of Object.keys(EDITIONS) as Lang[]) {
			const intl = EDITIONS[lang].intl;
			for (const value of values) {
				const grouped = new Intl.NumberFormat(intl, { maximumFractionDigits: 0 }).format(value);
				const year = new Intl.NumberFormat(intl, { useGrouping: false }).format(value);
				expect(formatNumberIn(value, lang), `${lang} ${value}`).toBe(grouped);
				expect(formatYearIn(value, lang), `${lang} year ${value}`).toBe(year);
			}
		}
	});
});
