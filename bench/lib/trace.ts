/**
 * Chrome traces for `npm run bench -- --trace`: a CDP `Tracing` recording of a
 * page's throttled load and scroll-through, and where its main thread's time
 * went. Self time (an event's duration less its children's) is summed by event
 * name and by kind, so script, GL, style and layout, paint and parsing read
 * apart: in headless Chromium WebGL runs in software and its work lands on the
 * renderer's main thread, which a phone's GPU would take.
 */
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: Record<string, unknown>;
}

const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8',
	'v8.execute',
	'blink',
	'gpu',
	'cc',
	'toplevel',
	'disabled-by-default-v8.cpu_profiler'
].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
	await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
	const complete = new Promise<string>((resolve) =>
		cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream!))
	);
	await cdp.send('Tracing.end');
	const handle = await complete;
	let text = '';
	for (;;) {
		const chunk = await cdp.send('IO.read', { handle });
		text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
		if (chunk.eof) break;
	}
	await cdp.send('IO.close', { handle });
	const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
	return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

export type CostKind =
	'script' | 'compile' | 'GL' | 'style & layout' | 'paint & composite' | 'parse' | 'GC' | 'other';

/** What kind of work an event is, by its name and category (Chromium's own names, as DevTools groups them). */
export function costKind(event: Pick<TraceEvent, 'name' | 'cat'>): CostKind {
	const { name, cat } = event;
	if (/gpu|gl\b/i.test(cat) || /^(GLES2|WebGL|CommandBuffer|gpu::|Gpu)/i.test(name)) return 'GL';
	if (/GC|Heap|Sweep|Mark/i.test(name) && !/^ParseHTML/.test(name)) return 'GC';
	if (/compile|Compile|ParseOnBackground|Deserialize|v8\.parse/i.test(name)) return 'compile';
	if (
		/^(UpdateLayoutTree|Layout|RecalcStyle|HitTest|ScheduleStyleRecalculation|InvalidateLayout|IntersectionObserverController)/.test(
			name
		)
	)
		return 'style & layout';
	if (
		/^(Paint|PrePaint|Layerize|CompositeLayers|UpdateLayer|Commit|Decode|ImageDecode|Rasterize|PaintImage)/.test(
			name
		)
	)
		return 'paint & composite';
	if (/^(ParseHTML|ParseAuthorStyleSheet)/.test(name)) return 'parse';
	if (
		/^(FunctionCall|EvaluateScript|v8\.|V8\.|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|FireIdleCallback|XHRReadyStateChange|v8\.execute|ScriptEvaluate|Animation Frame)/.test(
			name
		)
	)
		return 'script';
	return 'other';
}

export interface Cost {
	name: string;
	kind: CostKind;
	ms: number;
	share: number;
}

export interface TraceSummary {
	/** Main-thread time inside tasks, ms. */
	busyMs: number;
	byName: Cost[];
	byKind: Cost[];
}

/**
 * The renderer main thread of a trace: the CrRendererMain thread with the most
 * task time (a trace also holds about:blank's and the browser's threads).
 */
export function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
	const mains = events.filter(
		(e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	let best: { pid: number; tid: number; time: number } | undefined;
	for (const { pid, tid } of mains) {
		const time = events
			.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur)
			.reduce((sum, e) => sum + (e.dur ?? 0), 0);
		if (!best || time > best.time) best = { pid, tid, time };
	}
	return best && { pid: best.pid, tid: best.tid };
}

/**
 * Self time by event name and by kind on one thread. Complete events ('X') on
 * a thread nest, so each event's children are the events that start inside it
 * before it ends; the time no child covers is its own.
 */
export function summarizeThread(events: TraceEvent[], thread: { pid: number; tid: number }): TraceSummary {
	const slices = events
		.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && (e.dur ?? 0) > 0)
		.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	const self = new Map<string, { kind: CostKind; us: number }>();
	const stack: { event: TraceEvent; end: number; childUs: number }[] = [];
	let busyUs = 0;
	const close = (frame: { event: TraceEvent; end: number; childUs: number }) => {
		const own = (frame.event.dur ?? 0) - frame.childUs;
		const key = frame.event.name;
		const entry = self.get(key) ?? { kind: costKind(frame.event), us: 0 };
		entry.us += Math.max(0, own);
		self.set(key, entry);
	};
	for (const event of slices) {
		while (stack.length && stack.at(-1)!.end <= event.ts) close(stack.pop()!);
		const end = event.ts + (event.dur ?? 0);
		const parent = stack.at(-1);
		if (parent) parent.childUs += Math.min(end, parent.end) - event.ts;
		else busyUs += event.dur ?? 0;
		stack.push({ event, end, childUs: 0 });
	}
	while (stack.length) close(stack.pop()!);
	const toCosts = (entries: [string, { kind: CostKind; us: number }][]) =>
		entries
			.map(([name, { kind, us }]) => ({ name, kind, ms: us / 1000, share: busyUs ? us / busyUs : 0 }))
			.sort((a, b) => b.ms - a.ms);
	const kinds = new Map<string, { kind: CostKind; us: number }>();
	for (const { kind, us } of self.values()) {
		const entry = kinds.get(kind) ?? { kind, us: 0 };
		entry.us += us;
		kinds.set(kind, entry);
	}
	return { busyMs: busyUs / 1000, byName: toCosts([...self]), byKind: toCosts([...kinds]) };
}

export function formatSummary(label: string, summary: TraceSummary, top = 5): string {
	const pct = (share: number) => `${(share * 100).toFixed(1)}%`.padStart(6);
	const lines = [`${label}: ${summary.busyMs.toFixed(0)} ms of main-thread tasks`];
	lines.push('  top costs (self time):');
	for (const cost of summary.byName.slice(0, top))
		lines.push(
			`    ${cost.name.padEnd(34)} ${cost.kind.padEnd(18)} ${cost.ms.toFixed(0).padStart(6)} ms ${pct(cost.share)}`
		);
	lines.push('  by kind:');
	for (const cost of summary.byKind)
		lines.push(
			`    ${cost.name.padEnd(34)} ${''.padEnd(18)} ${cost.ms.toFixed(0).padStart(6)} ms ${pct(cost.share)}`
		);
	return lines.join('\n');
}

/** WebGL calls as V8's sampler names them: native functions called from the map library. */
const GL_CALL =
	/^(drawArrays|drawElements|drawArraysInstanced|drawElementsInstanced|texImage2D|texSubImage2D|bufferData|bufferSubData|uniform[1-4][fi]v?|uniformMatrix[234]fv|bindBuffer|bindTexture|bindFramebuffer|bindRenderbuffer|bindVertexArray|useProgram|vertexAttribPointer|enableVertexAttribArray|disableVertexAttribArray|clear|clearColor|clearDepth|clearStencil|viewport|blendFunc|blendFuncSeparate|blendColor|blendEquation|depthFunc|depthMask|depthRange|stencilFunc|stencilOp|stencilMask|colorMask|readPixels|getParameter|getError|createBuffer|createTexture|createFramebuffer|createProgram|createShader|createVertexArray|deleteBuffer|deleteTexture|deleteFramebuffer|deleteProgram|deleteShader|deleteVertexArray|activeTexture|pixelStorei|texParameteri|texParameterf|generateMipmap|framebufferTexture2D|framebufferRenderbuffer|renderbufferStorage|scissor|compileShader|linkProgram|shaderSource|attachShader|getProgramParameter|getShaderParameter|getUniformLocation|getAttribLocation|getExtension|enable|disable|cullFace|frontFace|lineWidth)$/;

/**
 * Where the sampled main-thread JavaScript time went, from V8's CPU profile in
 * the trace: WebGL calls apart from script, and script by file (the map
 * library, the app's chunks), so script time and GL time read apart.
 */
export function sampledCosts(events: TraceEvent[], thread: { pid: number; tid: number }): Cost[] {
	const nodes = new Map<number, { url: string; functionName: string; parent?: number }>();
	const selfUs = new Map<string, number>();
	let totalUs = 0;
	const profileIds = new Set(
		events
			.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid)
			.map((e) => (e as TraceEvent & { id?: string }).id)
	);
	for (const event of events) {
		if (event.name !== 'ProfileChunk' || event.pid !== thread.pid) continue;
		if (!profileIds.has((event as TraceEvent & { id?: string }).id)) continue;
		const data = event.args?.data as
			| {
					cpuProfile?: {
						nodes?: { id: number; parent?: number; callFrame: { url?: string; functionName: string } }[];
						samples?: number[];
					};
					timeDeltas?: number[];
			  }
			| undefined;
		for (const node of data?.cpuProfile?.nodes ?? [])
			nodes.set(node.id, {
				url: node.callFrame.url ?? '',
				functionName: node.callFrame.functionName,
				parent: node.parent
			});
		const samples = data?.cpuProfile?.samples ?? [];
		const deltas = data?.timeDeltas ?? [];
		for (let i = 0; i < samples.length; i++) {
			// A sample's time is the gap to the next one.
			const us = Math.max(0, deltas[i + 1] ?? 0);
			const node = nodes.get(samples[i]);
			if (!node || node.functionName === '(idle)') continue;
			totalUs += us;
			const key = sampleKey(node, nodes);
			selfUs.set(key, (selfUs.get(key) ?? 0) + us);
		}
	}
	return [...selfUs]
		.map(([name, us]) => ({
			name,
			kind: (name === 'WebGL calls' ? 'GL' : name.startsWith('(') ? 'other' : 'script') as CostKind,
			ms: us / 1000,
			share: totalUs ? us / totalUs : 0
		}))
		.sort((a, b) => b.ms - a.ms);
}

function sampleKey(
	node: { url: string; functionName: string; parent?: number },
	nodes: Map<number, { url: string; functionName: string; parent?: number }>
): string {
	if (!node.url && GL_CALL.test(node.functionName)) return 'WebGL calls';
	if (node.functionName.startsWith('(')) return node.functionName;
	// Natives and builtins count for the script that called them.
	let at: typeof node | undefined = node;
	while (at && !at.url) at = at.parent === undefined ? undefined : nodes.get(at.parent);
	if (!at) return '(native)';
	const file = at.url.split('/').pop()!.split('?')[0];
	return /maplibre-gl-worker/.test(file)
		? 'map library worker'
		: /maplibre-gl/.test(file)
			? 'map library'
			: /^(\w|-)+\.js$/.test(file)
				? `app (${file})`
				: file;
}

/** One long task on the main thread and the functions V8 sampled most inside it. */
export interface LongTaskCost {
	/** Milliseconds since navigation, as the page's performance timeline counts. */
	startMs: number;
	ms: number;
	top: { name: string; ms: number }[];
}

interface SampledProfile {
	nodes: Map<number, { name: string; file: string }>;
	/** [trace time in µs, node id] */
	samples: [number, number][];
}

/** The thread's CPU profile as timed samples: a Profile event starts the clock, its chunks add deltas. */
function timedSamples(events: TraceEvent[], thread: { pid: number; tid: number }): SampledProfile {
	const nodes = new Map<number, { name: string; file: string }>();
	const samples: [number, number][] = [];
	const clocks = new Map<string | undefined, number>();
	const withId = events as (TraceEvent & { id?: string })[];
	for (const event of withId)
		if (event.name === 'Profile' && event.pid === thread.pid && event.tid === thread.tid)
			clocks.set(event.id, (event.args?.data as { startTime?: number } | undefined)?.startTime ?? event.ts);
	const chunks = withId
		.filter((e) => e.name === 'ProfileChunk' && e.pid === thread.pid && clocks.has(e.id))
		.sort((a, b) => a.ts - b.ts);
	for (const chunk of chunks) {
		const data = chunk.args?.data as
			| {
					cpuProfile?: {
						nodes?: { id: number; callFrame: { url?: string; functionName: string } }[];
						samples?: number[];
					};
					timeDeltas?: number[];
			  }
			| undefined;
		for (const node of data?.cpuProfile?.nodes ?? [])
			nodes.set(node.id, {
				name: node.callFrame.functionName || '(anonymous)',
				file: (node.callFrame.url ?? '').split('/').pop()!.split('?')[0]
			});
		let clock = clocks.get(chunk.id)!;
		const deltas = data?.timeDeltas ?? [];
		(data?.cpuProfile?.samples ?? []).forEach((id, i) => {
			clock += deltas[i] ?? 0;
			samples.push([clock, id]);
		});
		clocks.set(chunk.id, clock);
	}
	return { nodes, samples };
}

/**
 * The main thread's long tasks (over 50 ms) between two page times, each with the
 * functions sampled most inside it (self time, file named): what a total blocking
 * time or a scroll-through's long-task time is made of. `origin` is the trace
 * time (µs) of the page's time 0, from an event both clocks know (see pageOrigin).
 */
export function longTasksBetween(
	events: TraceEvent[],
	thread: { pid: number; tid: number },
	origin: number,
	fromMs: number,
	toMs: number,
	top = 3
): LongTaskCost[] {
	const { nodes, samples } = timedSamples(events, thread);
	return events
		.filter(
			(e) =>
				e.pid === thread.pid &&
				e.tid === thread.tid &&
				e.ph === 'X' &&
				e.name === 'RunTask' &&
				(e.dur ?? 0) > 50_000 &&
				(e.ts - origin) / 1000 >= fromMs &&
				(e.ts - origin) / 1000 <= toMs
		)
		.sort((a, b) => a.ts - b.ts)
		.map((task) => {
			const end = task.ts + task.dur!;
			const self = new Map<string, number>();
			for (let i = 0; i < samples.length; i++) {
				const [at, id] = samples[i];
				if (at < task.ts || at >= end) continue;
				const node = nodes.get(id);
				if (!node || node.name === '(idle)') continue;
				const us = Math.max(0, (samples[i + 1]?.[0] ?? end) - at);
				const key = node.file ? `${node.name} (${node.file})` : node.name;
				self.set(key, (self.get(key) ?? 0) + us);
			}
			return {
				startMs: (task.ts - origin) / 1000,
				ms: task.dur! / 1000,
				top: [...self]
					.sort((a, b) => b[1] - a[1])
					.slice(0, top)
					.map(([name, us]) => ({ name, ms: us / 1000 }))
			};
		});
}

/** The trace time (µs) of the page's time 0: its first contentful paint is in both clocks. */
export function pageOrigin(
	events: TraceEvent[],
	thread: { pid: number; tid: number },
	fcpMs: number
): number | undefined {
	const paint = events.find(
		(e) => e.name === 'firstContentfulPaint' && e.pid === thread.pid && e.tid === thread.tid
	);
	return paint && paint.ts - fcpMs * 1000;
}

export function formatLongTasks(label: string, tasks: LongTaskCost[], top = 8): string {
	const lines = [`${label}: ${tasks.length} long tasks, the ${Math.min(top, tasks.length)} longest:`];
	for (const task of [...tasks].sort((a, b) => b.ms - a.ms).slice(0, top))
		lines.push(
			`    at ${task.startMs.toFixed(0).padStart(6)} ms ${task.ms.toFixed(0).padStart(5)} ms  ` +
				task.top.map((f) => `${f.name} ${f.ms.toFixed(0)}`).join(', ')
		);
	return lines.join('\n');
}
