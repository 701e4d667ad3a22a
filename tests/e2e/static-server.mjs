// Serves a built story (adapter-static output) the way a static host does:
// /a/b/ and /a/b find a/b.html or a/b/index.html. For the second story, which
// is built into its own folder (BUILD_DIR) while the first is on `vite preview`.
//   node tests/e2e/static-server.mjs <dir> <port>
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [dir, port] = [process.argv[2], Number(process.argv[3])];
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

function resolveFile(pathname) {
	const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const bare = path.replace(/\/+$/, '');
	for (const candidate of [path, `${bare}.html`, join(bare, 'index.html')]) {
		const file = join(dir, candidate);
		if (file.startsWith(normalize(dir)) && existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

createServer((request, response) => {
	const file = resolveFile(new URL(request.url, 'http://localhost').pathname);
	if (!file) {
		response.writeHead(404, { 'content-type': 'text/plain' });
		response.end('Not found');
		return;
	}
	response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
	response.end(readFileSync(file));
}).listen(port, () => console.log(`Serving ${dir} on ${port}`));
