import { describe, expect, it } from 'vitest';
import { stickyOffset, triggerLineY } from '../../src/lib/embed/hostViewport.ts';
import { activeAtLine } from '../../src/lib/scrolly/scroller.ts';
import { heightMessages, parseHostCommand } from '../../src/lib/embed/messages.ts';
import { readEmbedParams } from '../../src/lib/embed/params.ts';
import { embedSnippets } from '../../src/lib/embed/snippets.ts';

const ids = ['overview', 'kerman', 'baghdad', 'explore'];
const params = (query: string) => readEmbedParams(new URLSearchParams(query), ids);

describe('embed parameters', () => {
	it('default to the light stepper over every step', () => {
		expect(params('')).toEqual({
			mode: 'stepper',
			theme: 'light',
			steps: [0, 1, 2, 3],
			start: 0,
			notices: []
		});
	});

	it('read step, steps, theme and mode', () => {
		expect(params('steps=baghdad,kerman&step=baghdad&theme=dark&mode=single')).toEqual({
			mode: 'single',
			theme: 'dark',
			steps: [1, 2],
			start: 1,
			notices: []
		});
	});

	it('fall back to the default with a notice for every value not understood', () => {
		const result = params('step=nope&theme=neon&mode=video&steps=kerman,ghost&utm=1');
		expect(result.mode).toBe('stepper');
		expect(result.theme).toBe('light');
		expect(result.steps).toEqual([1]);
		expect(result.start).toBe(0);
		expect(result.notices).toEqual([
			'Unknown mode "video": showing the stepper.',
			'Unknown theme "neon": using the light theme.',
			'Unknown step "ghost" in "steps": left out.',
			'Unknown step "nope": starting at the first step.',
			'Unknown parameter "utm": ignored.'
		]);
	});

	it('keep every step when none of "steps" is known, and cut long hostile values short', () => {
		const result = params(`steps=${'x'.repeat(500)}`);
		expect(result.steps).toEqual([0, 1, 2, 3]);
		expect(result.notices[0].length).toBeLessThan(120);
		expect(result.notices[1]).toBe('No known steps in "steps": showing every step.');
	});

	it('accept the parameters pym.js adds', () => {
		expect(params('initialWidth=600&childId=graphic&parentTitle=x&parentUrl=y').notices).toEqual([]);
	});
});

describe('host commands', () => {
	it('accept well-formed hello, goto, open and viewport', () => {
		expect(parseHostCommand({ type: 'storymap:hello' })).toEqual({ type: 'storymap:hello' });
		expect(parseHostCommand({ type: 'storymap:goto', step: 'kerman' })).toEqual({
			type: 'storymap:goto',
			step: 'kerman'
		});
		expect(parseHostCommand({ type: 'storymap:open', place: 'achin', extra: 1 })).toEqual({
			type: 'storymap:open',
			place: 'achin'
		});
		expect(parseHostCommand({ type: 'storymap:viewport', top: -300, height: 800 })).toEqual({
			type: 'storymap:viewport',
			top: -300,
			height: 800
		});
	});

	it.each([
		null,
		undefined,
		'storymap:goto',
		42,
		[],
		['storymap:goto', 'kerman'],
		{},
		{ type: 'storymap:goto' },
		{ type: 'storymap:goto', step: 42 },
		{ type: 'storymap:goto', step: '<img src=x onerror=alert(1)>' },
		{ type: 'storymap:goto', step: 'a'.repeat(101) },
		{ type: 'STORYMAP:GOTO', step: 'kerman' },
		{ type: 'storymap:open', place: { toString: () => 'kerman' } },
		{ type: 'storymap:viewport', top: Number.NaN, height: 800 },
		{ type: 'storymap:viewport', top: 0, height: -1 },
		{ type: 'storymap:viewport', top: 0, height: Infinity },
		{ type: 'storymap:height', height: 10 },
		JSON.parse('{"__proto__": {"type": "storymap:goto"}, "step": "kerman"}')
	])('reject %j', (message) => {
		expect(parseHostCommand(message)).toBeNull();
	});
});

describe('height messages', () => {
	it('speak JSON, AMP and pym.js', () => {
		expect(heightMessages(812.2, 'graphic')).toEqual([
			{ type: 'storymap:height', height: 813 },
			{ sentinel: 'amp', type: 'embed-size', height: 813 },
			'pymxPYMxgraphicxPYMxheightxPYMx813'
		]);
		expect(heightMessages(500, null)).toHaveLength(2);
	});
});

describe('snippets', () => {
	const snippets = embedSnippets('https://news.example/graphics/kerman/', 'baghdad', 'A "warning" <story>');

	it('point at the published site and escape the title', () => {
		const [stepper, single, scroll] = snippets.map((s) => s.html);
		expect(stepper).toContain('src="https://news.example/graphics/kerman/embed/"');
		expect(stepper).toContain('title="A &quot;warning&quot; &lt;story&gt;"');
		expect(stepper).toContain('<script src="https://news.example/graphics/kerman/embed.js" async></script>');
		expect(single).toContain(
			'src="https://news.example/graphics/kerman/embed/?mode=single&amp;step=baghdad"'
		);
		expect(scroll).toContain('<div data-storymap="https://news.example/graphics/kerman/embed/scroll/"');
	});
});

describe('scroll embed geometry', () => {
	it('pins the map like position: sticky', () => {
		const container = { top: 400, height: 5000 };
		expect(stickyOffset({ top: 100, height: 800 }, container.top, container.height)).toBe(0);
		expect(stickyOffset({ top: -1400, height: 800 }, container.top, container.height)).toBe(1000);
		expect(stickyOffset({ top: -9000, height: 800 }, container.top, container.height)).toBe(4200);
	});

	it('finds the step under the trigger line', () => {
		const sections = [
			{ top: 1000, bottom: 2000 },
			{ top: 2000, bottom: 3000 },
			{ top: 3000, bottom: 4000 }
		];
		expect(triggerLineY({ top: -1800, height: 800 }, 0.5)).toBe(2200);
		expect(activeAtLine(sections, 2200)).toBe(1);
		expect(activeAtLine(sections, 500)).toBe(0);
		expect(activeAtLine(sections, 9000)).toBe(2);
	});
});

describe('the host script', () => {
	it('stays under 5 KB gzip', async () => {
		const { readFileSync } = await import('node:fs');
		const { gzipSync } = await import('node:zlib');
		const size = gzipSync(readFileSync(new URL('../../static/embed.js', import.meta.url))).length;
		console.log(`static/embed.js: ${size} bytes gzip`);
		expect(size).toBeLessThan(5 * 1024);
	});
});
