/** The size static maps are drawn at (3:2); the camera frames each step for it. */
export const STATIC_MAP_SIZE = { width: 960, height: 640 };

/**
 * The screens the story page's posters are drawn for (the prerendered map that
 * stands where the live map will be until it has drawn): a phone and a wide
 * screen. Other screens show the nearer one scaled to cover the map.
 */
export const POSTER_SCREENS = {
	phone: { width: 390, height: 844 },
	wide: { width: 1280, height: 800 }
} as const;

export type PosterSize = keyof typeof POSTER_SCREENS;

export const POSTER_SIZES = Object.keys(POSTER_SCREENS) as PosterSize[];
