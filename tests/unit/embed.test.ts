import { describe, expect, it } from 'vitest';
import { stickyOffset, triggerLineY } from '../../src/lib/embed/hostViewport.ts';
import { activeAtLine } from '../../src/lib/scrolly/scroller.ts';
import {
	PROTOCOL_VERSION,
	heightMessages,
	parseEmbedEvent,
	parseHostCommand
} from '../../src/lib/embed/messages.ts';
import { activeCaption, captionsStyle, sortMarks } from '../../src/lib/embed/captions.ts';
import { storyLayout } from '../../src/lib/camera/layout.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';
import { readEmbedParams } from '../../src/lib/embed/params.ts';
import { embedSnippets } from '../../src/lib/embed/snippets.ts';
import { embedDeclarations, embedModule, embedScript } from '../../src/lib/server/hostBundle.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

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
	const { story } = loadEdition('en');
	const snippets = embedSnippets(
		'https://news.example/graphics/kerman/',
		'baghdad',
		'A "warning" <story>',
		'en',
		story.steps
	);

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

	it("give host captions: the map, its style, a stepper for AMP, and every step's marked paragraph after its static map", () => {
		const html = snippets.find((s) => s.kind === 'captions')!.html;
		expect(html).toContain(
			'data-storymap-captions="https://news.example/graphics/kerman/embed/?mode=captions"'
		);
		expect(html).toContain(captionsStyle());
		expect(html).toMatch(
			/<iframe class="storymap-fallback" src="https:\/\/news.example\/graphics\/kerman\/embed\/"/
		);
		const marked = [...html.matchAll(/<p data-storymap-step="([^"]+)">/g)].map((m) => m[1]);
		expect(marked).toEqual(story.steps.map((s) => s.id));
		for (const step of story.steps)
			expect(html).toContain(
				`<noscript><img src="https://news.example/graphics/kerman/static-maps/${step.id}.svg"`
			);
		// The comment names every step id and cannot be closed early.
		const comment = html.match(/<!--([^]*?)-->/)![1];
		for (const step of story.steps) expect(comment).toContain(step.id);
		expect(comment).not.toContain('--');
	});

	it('load the one embed.js at the site root from every edition', () => {
		const persian = loadEdition('fa', undefined, () => {});
		const fa = embedSnippets(
			'https://news.example/graphics/kerman/fa/',
			'baghdad',
			't',
			'fa',
			persian.story.steps
		);
		for (const snippet of fa) {
			expect(snippet.html).toContain(
				'<script src="https://news.example/graphics/kerman/embed.js" async></script>'
			);
			expect(snippet.html).not.toContain('/fa/embed.js');
		}
		expect(fa.find((s) => s.kind === 'captions')!.html).toContain('/kerman/fa/embed/?mode=captions');
	});
});

describe('host captions', () => {
	const desktop = { width: 1280, height: 800 };
	const phone = { width: 390, height: 844 };
	const captions = [
		{ step: 'overview', top: 1000, bottom: 1200 },
		{ step: 'overview', top: 1300, bottom: 1500 },
		{ step: 'kerman', top: 2000, bottom: 2300 },
		{ step: 'baghdad', top: 3000, bottom: 3100 }
	];
	/** The scroll position that puts a document y on the story page's trigger line. */
	const atLine = (y: number, viewport: typeof desktop) =>
		y - storyLayout(viewport).triggerLine * viewport.height;

	it("follow the story page's rule: the last paragraph over the trigger line, the first above, the last below", () => {
		for (const viewport of [desktop, phone]) {
			expect(activeCaption(captions, viewport, 0)).toBe(0);
			expect(activeCaption(captions, viewport, atLine(1999, viewport))).toBe(1);
			expect(activeCaption(captions, viewport, atLine(2000, viewport))).toBe(2);
			// In the gap after a paragraph, the one above still holds.
			expect(activeCaption(captions, viewport, atLine(2900, viewport))).toBe(2);
			expect(activeCaption(captions, viewport, 1e6)).toBe(3);
		}
		expect(activeCaption([], desktop, 0)).toBe(-1);
	});

	it('set aside the marks naming a step the story does not have', () => {
		const { known, unknown } = sortMarks(
			[{ step: 'kerman' }, { step: 'atlantis' }, { step: 'baghdad' }],
			['overview', 'kerman', 'baghdad']
		);
		expect(known.map((m) => m.step)).toEqual(['kerman', 'baghdad']);
		expect(unknown.map((m) => m.step)).toEqual(['atlantis']);
	});

	it('reserve the room only where scripts run', () => {
		const style = captionsStyle();
		const [before, scripted] = style.split('@media (scripting:enabled)');
		expect(before).not.toMatch(/height:/);
		expect(scripted).toMatch(/height:50vh/);
	});
});

describe('events from an embed', () => {
	it('are read when well formed, with the protocol version and the story steps', () => {
		expect(
			parseEmbedEvent({ type: 'storymap:ready', mode: 'captions', version: 1, steps: ['a', 'b-c'] })
		).toEqual({ type: 'storymap:ready', mode: 'captions', version: 1, steps: ['a', 'b-c'] });
		expect(parseEmbedEvent({ type: 'storymap:ready', mode: 'stepper' })).toEqual({
			type: 'storymap:ready',
			mode: 'stepper',
			version: PROTOCOL_VERSION,
			steps: []
		});
		expect(parseEmbedEvent({ type: 'storymap:step', id: 'kerman', index: 2 })).toEqual({
			type: 'storymap:step',
			id: 'kerman',
			index: 2
		});
		expect(parseEmbedEvent({ type: 'storymap:height', height: 640 })).toEqual({
			type: 'storymap:height',
			height: 640
		});
	});

	it('are dropped when malformed', () => {
		for (const data of [
			null,
			'storymap:ready',
			[],
			{ type: 'storymap:ready', mode: 'nope' },
			{ type: 'storymap:step', id: '<b>', index: 1 },
			{ type: 'storymap:step', id: 'kerman', index: -1 },
			{ type: 'storymap:step', id: 'kerman', index: 1.5 },
			{ type: 'storymap:height', height: -1 },
			{ type: 'storymap:height', height: 1e9 },
			{ type: 'storymap:place', id: 7 },
			{ type: 'storymap:scroll', top: 'x' },
			{ type: 'storymap:goto', step: 'kerman' }
		])
			expect(parseEmbedEvent(data), JSON.stringify(data)).toBeNull();
		expect(
			parseEmbedEvent({ type: 'storymap:ready', mode: 'stepper', steps: ['ok', '<script>'] })
		).toMatchObject({ steps: [] });
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

describe('the host library', () => {
	it('is one script under 5 KB gzip to paste', () => {
		const size = gzipSync(embedScript()).length;
		console.log(`embed.js: ${size} bytes gzip`);
		expect(size).toBeLessThan(5 * 1024);
	});

	// Two TypeScript programs (the declarations, then a host page against them): seconds, more on a busy machine.
	it(
		"types exactly what the module exports, and a host page's code compiles against them",
		{ timeout: 60_000 },
		async () => {
			const dir = mkdtempSync(join(tmpdir(), 'storymap-host-'));
			writeFileSync(join(dir, 'embed.mjs'), embedModule());
			writeFileSync(join(dir, 'embed.d.mts'), embedDeclarations());
			writeFileSync(
				join(dir, 'host.ts'),
				[
					"import { createStoryMap, attachStoryMap, PROTOCOL_VERSION, type StoryMap } from './embed.mjs';",
					"const map: StoryMap = createStoryMap(document.body, { src: 'https://example.org/embed/?mode=captions' });",
					"map.on('step', ({ id, index }) => console.log(id.toUpperCase(), index + PROTOCOL_VERSION));",
					"map.on('ready', ({ steps }) => map.goTo(steps[0]));",
					"map.openPlace('kerman');",
					"attachStoryMap(document.querySelector('iframe')!).destroy();",
					'// @ts-expect-error: not an event',
					"map.on('scroll', () => {});"
				].join('\n')
			);
			const program = ts.createProgram([join(dir, 'host.ts')], {
				noEmit: true,
				strict: true,
				target: ts.ScriptTarget.ES2022,
				module: ts.ModuleKind.ESNext,
				moduleResolution: ts.ModuleResolutionKind.Bundler,
				lib: ['lib.es2022.d.ts', 'lib.dom.d.ts']
			});
			const problems = ts
				.getPreEmitDiagnostics(program)
				.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
			expect(problems).toEqual([]);

			const checker = program.getTypeChecker();
			const declarations = program.getSourceFile(join(dir, 'embed.d.mts'))!;
			const values = checker
				.getExportsOfModule(checker.getSymbolAtLocation(declarations)!)
				.filter((symbol) => symbol.flags & ts.SymbolFlags.Value)
				.map((symbol) => symbol.name);
			const module = await import(pathToFileURL(join(dir, 'embed.mjs')).href);
			expect(values.sort()).toEqual(Object.keys(module).sort());
		}
	);
});
