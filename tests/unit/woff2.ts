import { brotliDecompressSync } from 'node:zlib';

/** WOFF2's known table tags, by the index a table directory entry gives (WOFF2 spec, 5.1). */
const CMAP_INDEX = 0;
const GLYF_INDEX = 10;
const LOCA_INDEX = 11;

/**
 * The characters a WOFF2 font maps to a glyph: read from its cmap table
 * (formats 4 and 12), so a test can check a subset holds what a text needs
 * without a font library.
 */
export function woff2Characters(font: Buffer): Set<number> {
	if (font.toString('latin1', 0, 4) !== 'wOF2') throw new Error('not a WOFF2 font');
	const numTables = font.readUInt16BE(12);
	const compressedLength = font.readUInt32BE(20);
	let at = 48;
	const base128 = () => {
		let value = 0;
		for (let i = 0; i < 5; i++) {
			const byte = font[at++];
			value = value * 128 + (byte & 0x7f);
			if (!(byte & 0x80)) return value;
		}
		throw new Error('bad UIntBase128');
	};
	// Tables lie one after another in the decompressed stream, each its stored (maybe transformed) length.
	let offset = 0;
	let cmap: { offset: number; length: number } | undefined;
	for (let i = 0; i < numTables; i++) {
		const flags = font[at++];
		const index = flags & 0x3f;
		if (index === 63) at += 4;
		const version = flags >> 6;
		const original = base128();
		// glyf and loca are transformed unless version 3; every other table only with a non-zero version.
		const transformed = index === GLYF_INDEX || index === LOCA_INDEX ? version !== 3 : version !== 0;
		const length = transformed ? base128() : original;
		if (index === CMAP_INDEX) cmap = { offset, length };
		offset += length;
	}
	if (!cmap) throw new Error('no cmap table');
	const tables = brotliDecompressSync(font.subarray(at, at + compressedLength));
	const table = tables.subarray(cmap.offset, cmap.offset + cmap.length);
	const characters = new Set<number>();
	const subtables = table.readUInt16BE(2);
	for (let i = 0; i < subtables; i++) {
		const sub = table.subarray(table.readUInt32BE(4 + i * 8 + 4));
		const format = sub.readUInt16BE(0);
		if (format === 4) {
			const segments = sub.readUInt16BE(6) / 2;
			const ends = 14;
			const starts = ends + segments * 2 + 2;
			const deltas = starts + segments * 2;
			const rangeOffsets = deltas + segments * 2;
			for (let s = 0; s < segments; s++) {
				const end = sub.readUInt16BE(ends + s * 2);
				const start = sub.readUInt16BE(starts + s * 2);
				const delta = sub.readInt16BE(deltas + s * 2);
				const rangeOffset = sub.readUInt16BE(rangeOffsets + s * 2);
				for (let code = start; code <= end && code !== 0xffff; code++) {
					let glyph: number;
					if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
					else {
						const raw = sub.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (code - start) * 2);
						glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
					}
					if (glyph !== 0) characters.add(code);
				}
			}
		} else if (format === 12) {
			const groups = sub.readUInt32BE(12);
			for (let g = 0; g < groups; g++) {
				const start = sub.readUInt32BE(16 + g * 12);
				const end = sub.readUInt32BE(20 + g * 12);
				const glyph = sub.readUInt32BE(24 + g * 12);
				for (let code = start; code <= end; code++) if (glyph + code - start !== 0) characters.add(code);
			}
		}
	}
	return characters;
}
