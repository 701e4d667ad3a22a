import { describe, expect, it } from 'vitest';
import { stepAfter, stepKey } from '../../src/lib/story-view/stepKeys.ts';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) => ({
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false,
	defaultPrevented: false,
	...extra
});

describe('step keys', () => {
	it('step with ← and → in every view', () => {
		for (const scrolls of [true, false]) {
			expect(stepKey(press('ArrowLeft'), { scrolls })).toBe('previous');
			expect(stepKey(press('ArrowRight'), { scrolls })).toBe('next');
		}
	});

	it('follow the reading direction: ← is the next step right to left, and the vertical keys do not turn', () => {
		for (const scrolls of [true, false]) {
			expect(stepKey(press('ArrowLeft'), { scrolls, dir: 'rtl' })).toBe('next');
			expect(stepKey(press('ArrowRight'), { scrolls, dir: 'rtl' })).toBe('previous');
		}
		expect(stepKey(press('ArrowDown'), { scrolls: false, dir: 'rtl' })).toBe('next');
	});

	it('leave the scrolling keys to the browser where the view scrolls, and step with them where it does not', () => {
		const scrollKeys = {
			ArrowUp: 'previous',
			ArrowDown: 'next',
			PageUp: 'previous',
			PageDown: 'next',
			Home: 'first',
			End: 'last'
		};
		for (const [key, move] of Object.entries(scrollKeys)) {
			expect(stepKey(press(key), { scrolls: true }), key).toBeNull();
			expect(stepKey(press(key), { scrolls: false }), key).toBe(move);
		}
	});

	it('ignore other keys, browser shortcuts and presses already handled', () => {
		expect(stepKey(press('a'), { scrolls: false })).toBeNull();
		expect(stepKey(press('ArrowRight', { altKey: true }), { scrolls: true })).toBeNull();
		expect(stepKey(press('ArrowRight', { ctrlKey: true }), { scrolls: true })).toBeNull();
		expect(stepKey(press('ArrowRight', { metaKey: true }), { scrolls: true })).toBeNull();
		expect(stepKey(press('End', { defaultPrevented: true }), { scrolls: false })).toBeNull();
	});

	it('never lead out of the story', () => {
		expect(stepAfter('previous', 0, 5)).toBe(0);
		expect(stepAfter('next', 4, 5)).toBe(4);
		expect(stepAfter('next', 2, 5)).toBe(3);
		expect(stepAfter('first', 3, 5)).toBe(0);
		expect(stepAfter('last', 0, 5)).toBe(4);
	});
});
