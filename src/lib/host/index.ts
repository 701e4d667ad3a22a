/**
 * /embed.mjs: the host library as an ES module, typed by /embed.d.ts, for a
 * newsroom's own build. The same code as /embed.js, without the page scan.
 */
export { attachStoryMap, createStoryMap, PROTOCOL_VERSION } from './storymap.ts';
export type {
	EmbedEvent,
	EmbedKind,
	HostCommand,
	StoryMap,
	StoryMapEvents,
	StoryMapOptions
} from './storymap.ts';
export { STEP_ATTRIBUTE, CAPTIONS_ATTRIBUTE, captionsStyle } from '../embed/captions.ts';
