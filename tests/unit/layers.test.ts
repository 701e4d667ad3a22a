import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/lib, lowest first: a folder may import from the folders
 * before it, never from those after it (docs/architecture.md).
 */
export const FOLDER_ORDER = [
	'story',
	'locale',
	'text',
	'camera',
	'geo',
	'map',
	'places',
	'scrolly',
	'embed',
	'host',
	'story-view',
	'server'
];

const LIB = join(import.meta.dirname, '../../src/lib');

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

/** The src/lib folders a file imports from (relative or $lib imports; packages are not folders). */
export function importedFolders(source: string, folder: string): string[] {
	const folders = new Set<string>();
	for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
		const lib = specifier.match(/^\$lib\/([^/']+)/)?.[1];
		const relativeFolder = specifier.match(/^\.\.\/([^/']+)\//)?.[1];
		const target = lib ?? relativeFolder;
		if (target && target !== folder && !target.includes('.')) folders.add(target);
	}
	return [...folders];
}

describe('folders depend in one direction', () => {
	it('finds the imports it checks', () => {
		expect(
			importedFolders("import { a } from '../geo/x.ts';\nimport b from '$lib/map/Y.svelte';", 'story')
		).toEqual(['geo', 'map']);
		expect(importedFolders("import { a } from './x.ts';\nimport 'maplibre-gl';", 'geo')).toEqual([]);
	});

	it('every src/lib folder is in the order, and imports only from folders before it', () => {
		const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory());
		expect(
			folders.filter((f) => !FOLDER_ORDER.includes(f)),
			'folders missing from FOLDER_ORDER'
		).toEqual([]);
		const wrongWay: string[] = [];
		for (const folder of folders)
			for (const file of filesUnder(join(LIB, folder)))
				for (const target of importedFolders(readFileSync(file, 'utf8'), folder))
					if (FOLDER_ORDER.indexOf(target) > FOLDER_ORDER.indexOf(folder))
						wrongWay.push(`${relative(LIB, file)} imports from ${target}/`);
		expect(wrongWay).toEqual([]);
	});
});

describe('components stay small', () => {
	it('no Svelte component (routes included) is over 200 lines', () => {
		const src = join(LIB, '..');
		const long = filesUnder(src)
			.filter((file) => file.endsWith('.svelte'))
			.map((file) => ({ file: relative(src, file), lines: readFileSync(file, 'utf8').split('\n').length }))
			.filter(({ lines }) => lines > 200);
		expect(long).toEqual([]);
	});
});
