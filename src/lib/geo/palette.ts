/** The colours of every map the story draws: the live map, static maps, locator insets. */
export interface Palette {
	sea: string;
	land: string;
	border: string;
	label: string;
	/** Names of seas and gulfs, in the water's own hue. */
	seaLabel: string;
	country: string;
	countryHighlight: string;
	territory: string;
	place: string;
	placeHighlight: string;
	arc: string;
	halo: string;
	text: string;
}

/** The map's colour themes: the story page follows the reader's scheme, embeds take ?theme=. */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const PALETTES: Record<Theme, Palette> = {
	light: {
		sea: '#dfe9ef',
		land: '#f7f4ee',
		border: '#b9b2a6',
		label: '#6b665e',
		seaLabel: '#5a7d93',
		country: '#e8c9a0',
		countryHighlight: '#d98b4a',
		territory: '#c9c1b0',
		place: '#8a3324',
		placeHighlight: '#c0272d',
		arc: '#1d3557',
		halo: '#ffffff',
		text: '#2b2b2b'
	},
	dark: {
		sea: '#14202b',
		land: '#2a2d31',
		border: '#5d5a55',
		label: '#a9a49c',
		seaLabel: '#7f9cb0',
		country: '#5a4631',
		countryHighlight: '#c98a4f',
		territory: '#4a4a48',
		place: '#f08c7e',
		placeHighlight: '#ff6b6b',
		arc: '#9cc3e6',
		halo: '#14202b',
		text: '#f1ede6'
	}
};
