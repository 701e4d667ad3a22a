/**
 * A static file server that compresses like a CDN: it serves a precompressed
 * .br or .gz beside the file when there is one and the browser accepts it,
 * else compresses on the fly, and sends CDN-like cache headers. Loopback only; stops with the benchmark.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/json',
	'.svg': 'image/svg+xml'
};

/**
 * A compressed copy the build wrote beside a file, if there is a whole one: a
 * build stopped while compressing leaves empty copies, which would be served as
 * the file (the scale benchmark's --reuse-builds met one).
 */
function precompressed(path: string): Buffer | null {
	return existsSync(path) && statSync(path).size > 0 ? readFileSync(path) : null;
}

/** Bytes the server sent (compressed, as on the wire), by kind of file; `reset` between runs. */
export interface Sent {
	bytes: Record<string, number>;
	reset(): void;
}

const KINDS: Record<string, string> = {
	'.html': 'document',
	'.js': 'script',
	'.mjs': 'script',
	'.css': 'stylesheet',
	'.json': 'data',
	'.geojson': 'data',
	'.svg': 'image'
};

export function serveStatic(root: string, port: number): Promise<Server & { sent: Sent }> {
	const sent: Sent = {
		bytes: {},
		reset() {
			this.bytes = {};
		}
	};
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return void response.writeHead(404).end('not found');
		const accept = String(request.headers['accept-encoding'] ?? '');
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body: Buffer;
		let encoding: string | undefined;
		if (accept.includes('br')) {
			encoding = 'br';
			body = precompressed(`${file}.br`) ?? brotliCompressSync(readFileSync(file));
		} else if (accept.includes('gzip')) {
			encoding = 'gzip';
			body = precompressed(`${file}.gz`) ?? gzipSync(readFileSync(file), { level: 9 });
		} else body = readFileSync(file);
		response.writeHead(200, {
			'content-type': type,
			'content-length': body.length,
			// As a CDN would: hashed build files forever, the rest briefly. Every run opens a
			// fresh browser context, so each load still starts with an empty cache.
			'cache-control': path.includes('/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=300',
			vary: 'accept-encoding',
			...(encoding ? { 'content-encoding': encoding } : {})
		});
		response.end(body);
		const kind = KINDS[extname(file)] ?? 'other';
		sent.bytes[kind] = (sent.bytes[kind] ?? 0) + body.length;
		sent.bytes.total = (sent.bytes.total ?? 0) + body.length;
	});
	return new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => resolve(Object.assign(server, { sent })))
	);
}
