// Serves folders the way a static host serves a built story: /a/b/ and /a/b
// find a/b.html or a/b/index.html. Each mount maps a path prefix to a folder;
// the first whose prefix matches and holds the file answers.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.pbf': 'application/x-protobuf'
};

/**
 * @param {string} dir
 * @param {string} pathname
 */
function resolveFile(dir, pathname) {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const bare = path.replace(/\/+$/, '');
	for (const candidate of [path, `${bare}.html`, join(bare, 'index.html')]) {
		const file = join(dir, candidate);
		if (file.startsWith(normalize(dir)) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/**
 * @param {[prefix: string, dir: string][]} mounts  e.g. [['/', 'build']]
 * @param {number} port  0 for any free port
 * @returns {Promise<import('node:http').Server & { url: string }>}
 */
export function serveFolders(mounts, port) {
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		for (const [prefix, dir] of mounts) {
			if (!pathname.startsWith(prefix)) continue;
			const file = resolveFile(dir, `/${pathname.slice(prefix.length)}`);
			if (!file) continue;
			response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			response.end(readFileSync(file));
			return;
		}
		response.writeHead(404, { 'content-type': 'text/plain' });
		response.end('Not found');
	});
	return new Promise((resolve) =>
		server.listen(port, () => {
			const address = server.address();
			resolve(
				Object.assign(server, {
					url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`
				})
			);
		})
	);
}
