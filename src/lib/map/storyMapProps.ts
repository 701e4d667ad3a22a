import type { StepLabel } from '../camera/labelFrame.ts';
import type { StoryLayout } from '../camera/layout.ts';
import type { Viewport } from '../camera/camera.ts';
import type { Theme } from '../geo/palette.ts';
import type { Locale } from '../locale/locale.ts';
import type { BasemapArchive, Bounds, Step } from '../story/types.ts';
import type { MapStatus } from './mapStatus.ts';

/** What a view gives its live map (StoryMap.svelte). */
export interface StoryMapProps {
	step: Step;
	frame: Bounds;
	labels?: StepLabel[]; // the names the step frames, kept whole by the camera
	names?: Map<string, StepLabel>; // every name the map may draw: each takes only the sides that keep it whole
	reducedMotion: boolean;
	layoutFor?: (viewport: Viewport) => StoryLayout; // where text covers the map: cameras and names keep clear
	theme?: Theme;
	/** Draw the world's copies side by side: a story whose frames cross the 180th meridian needs them. */
	worldCopies?: boolean;
	exploring?: boolean; // the reader chose to explore: pan and zoom on at any step
	label: string; // accessible name of the map region (unique per page, frames included)
	onselect: (placeId: string) => void;
	onstatus?: (status: MapStatus) => void;
	ondrawn?: () => void; // the map has drawn its first step: a stand-in may give way
	locale: Locale; // the edition: its map data names places in its language, its controls speak it
	/** The newsroom's own vector tiles, drawn over Natural Earth (story.basemap). */
	archive?: BasemapArchive;
	/** The archive failed to load: the map keeps Natural Earth; the page tells the reader once. */
	onbasemapfailed?: (detail: string) => void;
}
