import { EMBED_KINDS, type EmbedKind } from './kinds.ts';

/**
 * The protocol's version, sent in `storymap:ready`. It changes only when a
 * message changes meaning or loses a field; new messages and new fields keep it.
 */
export const PROTOCOL_VERSION = 1;

/**
 * The postMessage protocol between an embedded story and the page around it.
 *
 * Embed -> host: `storymap:height` { height }, `storymap:step` { id, index },
 * `storymap:place` { id }, `storymap:ready` { mode }, `storymap:scroll` { top }; plus the same height in pym.js's
 * string format and AMP's `embed-size`, so existing pym and amp-iframe hosts
 * resize the frame.
 * Host -> embed: `storymap:hello` (answered with ready and height), `storymap:goto` { step }, `storymap:open` { place }, and from
 * /embed.js, `storymap:viewport` { top, height } for the scroll embed.
 */
export type HostCommand =
	/** Sent by /embed.js when it starts: the embed answers with ready and its height again. */
	| { type: 'storymap:hello' }
	| { type: 'storymap:goto'; step: string }
	| { type: 'storymap:open'; place: string }
	| { type: 'storymap:viewport'; top: number; height: number };

export type EmbedEvent =
	| { type: 'storymap:height'; height: number }
	| { type: 'storymap:step'; id: string; index: number }
	| { type: 'storymap:place'; id: string }
	/** `steps`: the story's step ids in order (host-captions mode checks the article's marks against them). */
	| { type: 'storymap:ready'; mode: EmbedKind; version: number; steps: string[] }
	/** Scroll embed: asks /embed.js to scroll the host so this frame's document y is at the top. */
	| { type: 'storymap:scroll'; top: number };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 100;

function isId(value: unknown): value is string {
	return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID.test(value);
}

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** A command from the host, or null for anything malformed or unknown (ignored without error). */
export function parseHostCommand(data: unknown): HostCommand | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const message = data as Record<string, unknown>;
	switch (message.type) {
		case 'storymap:hello':
			return { type: message.type };
		case 'storymap:goto':
			return isId(message.step) ? { type: message.type, step: message.step } : null;
		case 'storymap:open':
			return isId(message.place) ? { type: message.type, place: message.place } : null;
		case 'storymap:viewport':
			return isFiniteNumber(message.top) &&
				isFiniteNumber(message.height) &&
				message.height > 0 &&
				message.height < 100_000 &&
				Math.abs(message.top) < 10_000_000
				? { type: message.type, top: message.top, height: message.height }
				: null;
		default:
			return null;
	}
}

const MAX_HEIGHT = 1_000_000;
const MAX_STEPS = 10_000;

/**
 * An event from an embed, or null for anything malformed or unknown: what a
 * host page (embed.js, embed.mjs) accepts, once it has checked the sender is
 * its own frame.
 */
export function parseEmbedEvent(data: unknown): EmbedEvent | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const message = data as Record<string, unknown>;
	switch (message.type) {
		case 'storymap:height':
			return isFiniteNumber(message.height) && message.height > 0 && message.height < MAX_HEIGHT
				? { type: message.type, height: message.height }
				: null;
		case 'storymap:step':
			return isId(message.id) && Number.isInteger(message.index) && (message.index as number) >= 0
				? { type: message.type, id: message.id, index: message.index as number }
				: null;
		case 'storymap:place':
			return isId(message.id) ? { type: message.type, id: message.id } : null;
		case 'storymap:ready':
			return (EMBED_KINDS as readonly unknown[]).includes(message.mode)
				? {
						type: message.type,
						mode: message.mode as EmbedKind,
						version: isFiniteNumber(message.version) ? message.version : PROTOCOL_VERSION,
						steps:
							Array.isArray(message.steps) && message.steps.length <= MAX_STEPS && message.steps.every(isId)
								? message.steps
								: []
					}
				: null;
		case 'storymap:scroll':
			return isFiniteNumber(message.top) && Math.abs(message.top) < 10_000_000
				? { type: message.type, top: message.top }
				: null;
		default:
			return null;
	}
}

/**
 * Everything the embed posts to its host: its own events, and the height in
 * the formats of other embed scripts (AMP's object, pym.js's string).
 */
export type HostMessage = EmbedEvent | { sentinel: 'amp'; type: 'embed-size'; height: number } | string;

/** The height of the embed in every format a host may listen for. */
export function heightMessages(height: number, pymChildId: string | null): HostMessage[] {
	const rounded = Math.ceil(height);
	const messages: HostMessage[] = [
		{ type: 'storymap:height', height: rounded } satisfies EmbedEvent,
		{ sentinel: 'amp', type: 'embed-size', height: rounded }
	];
	if (pymChildId !== null) messages.push(['pym', pymChildId, 'height', String(rounded)].join('xPYMx'));
	return messages;
}
