/**
 * The host library built for newsrooms, at build time (and on request in
 * development): /embed.js (one script to paste: it runs itself), /embed.mjs
 * (an ES module for a newsroom's own build) and /embed.d.ts (its types), all
 * from src/lib/host/. Served by prerendered routes, so the files always match
 * the code the embeds speak.
 */
import { buildSync } from 'esbuild';
import { resolve as resolvePath } from 'node:path';
import ts from 'typescript';

// From the project root, as the content is read: in the build this module runs from .svelte-kit/output.
const HOST = resolvePath('src/lib/host');
/** Browsers a newsroom's readers use: the snippets' own baseline. */
const TARGET = 'es2020';

function bundle(entry: string, format: 'iife' | 'esm'): string {
	const result = buildSync({
		entryPoints: [resolvePath(HOST, entry)],
		bundle: true,
		format,
		minify: true,
		target: TARGET,
		write: false,
		legalComments: 'none',
		charset: 'utf8'
	});
	return result.outputFiles[0].text;
}

const cache = new Map<string, string>();
const once = (key: string, make: () => string) => {
	// In development the files are built on each request, so an edit shows on reload.
	if (import.meta.env?.DEV) return make();
	if (!cache.has(key)) cache.set(key, make());
	return cache.get(key)!;
};

export const embedScript = () =>
	once(
		'js',
		() =>
			`/* Story map embed: paste once per page after the snippets. */\n${bundle('embedScript.ts', 'iife')}`
	);

export const embedModule = () => once('mjs', () => bundle('index.ts', 'esm'));

/** The host modules whose declarations /embed.d.ts gathers, each after those it uses. */
const DECLARED = [
	'../embed/kinds.ts',
	'../embed/messages.ts',
	'../scrolly/scroller.ts',
	'../embed/captions.ts',
	'storymap.ts',
	'index.ts'
];

/**
 * The module's declarations as one file: each host module's declarations in
 * dependency order, without their imports of each other. Only what index.ts
 * exports stays exported; the rest is declared for the types that use it, and
 * a newsroom cannot import it (nor can it from /embed.mjs). A test compiles a
 * host page's code against the file and compares its exports with the module's.
 */
export const embedDeclarations = () =>
	once('d.ts', () => {
		const paths = DECLARED.map((file) => resolvePath(HOST, file));
		const emitted = new Map<string, string>();
		const program = ts.createProgram(paths, {
			declaration: true,
			emitDeclarationOnly: true,
			allowImportingTsExtensions: true,
			target: ts.ScriptTarget.ES2022,
			module: ts.ModuleKind.ESNext,
			moduleResolution: ts.ModuleResolutionKind.Bundler,
			strict: true,
			skipLibCheck: true,
			lib: ['lib.es2022.d.ts', 'lib.dom.d.ts']
		});
		program.emit(undefined, (name, text) => emitted.set(name.replace(/\.d\.ts$/, ''), text));
		const checker = program.getTypeChecker();
		const index = program.getSourceFile(paths[paths.length - 1])!;
		const exported = new Set(
			checker.getExportsOfModule(checker.getSymbolAtLocation(index)!).map((s) => s.name)
		);
		const parts = paths.map((path) => {
			const text = emitted.get(path.replace(/\.ts$/, ''));
			if (text === undefined) throw new Error(`${path}: no declarations emitted`);
			const file = ts.createSourceFile('host.d.ts', text, ts.ScriptTarget.ES2022, true);
			return file.statements
				.filter((statement) => !ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement))
				.map((statement) => {
					const source = text.slice(statement.getFullStart(), statement.getEnd());
					const name = ts.isVariableStatement(statement)
						? statement.declarationList.declarations[0].name
						: (statement as ts.DeclarationStatement).name;
					const keep = name && ts.isIdentifier(name) && exported.has(name.text);
					return keep ? source : source.replace(/^(\s*(?:\/\*[^]*?\*\/\s*)?)export /, '$1');
				})
				.join('');
		});
		return `/** Types of /embed.mjs, the story map's host library. */\n${parts.join('\n')}\nexport {};\n`;
	});
