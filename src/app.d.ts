// See https://svelte.dev/docs/kit/types#app.d.ts
import type { StoryReading } from '$lib/story/types';
import type { StoryServerData } from '$lib/story-view/types';
import type { LocatedIssue } from '$lib/server/locatedIssues';

declare global {
	/** Set at build time (vite.config.ts): the story names a basemap archive. */
	const __BASEMAP_ARCHIVE__: boolean;

	namespace App {
		interface Error {
			message: string;
			/** While developing: every problem with the story's content, each with its file and line. */
			issues?: LocatedIssue[];
		}
		interface Locals {
			/** The page's build-time data, for the server-rendered parts the hook fills in (hooks.server.ts). */
			storyData?: StoryServerData;
			/** What the page's data leaves out, for the appendix the hook renders. */
			storyReading?: StoryReading;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
