declare module 'subset-font' {
	/** A font holding only the glyphs `text` needs (with what its shaping reaches), in `targetFormat`. */
	export default function subsetFont(
		font: Buffer,
		text: string,
		options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' }
	): Promise<Buffer>;
}
