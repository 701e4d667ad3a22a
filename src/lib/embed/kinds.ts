/**
 * Every way a newsroom can embed the story: the one list the address
 * parameters, the messages, the snippets and the tests are typed from. A new
 * kind is added here, then given its route and its snippet.
 */
export const EMBED_KINDS = ['stepper', 'single', 'scroll', 'captions'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** The kinds /embed/ serves, chosen with its `mode` parameter; the scroll embed has a route of its own. */
export const EMBED_MODES = ['stepper', 'single', 'captions'] as const satisfies readonly EmbedKind[];
export type EmbedMode = (typeof EMBED_MODES)[number];

/** Where each kind is served, relative to the site root. */
export const EMBED_PATHS: Record<EmbedKind, string> = {
	stepper: 'embed/',
	single: 'embed/?mode=single',
	scroll: 'embed/scroll/',
	// The map alone, pinned beside or above the article's own paragraphs by /embed.js.
	captions: 'embed/?mode=captions'
};
