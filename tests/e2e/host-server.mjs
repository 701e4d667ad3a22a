// A stand-in for a newsroom's article page on another origin (another port):
// GET /host?snippet=<base64url of the snippet HTML> wraps the snippet in a
// plain article with text above and below, and a log of the messages the page
// receives from the embed (window.received).
// POST /pages with a whole page's HTML keeps it and answers its address,
// /pages/<hash>: pages too long for an address (an article the test writes).
// GET /basemaps/<file>.pmtiles: a newsroom's tile archive on its own origin,
// by range requests, readable from other origins (tests/fixtures/basemap).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';

const port = Number(process.env.HOST_PORT ?? 4180);
const filler = Array.from(
	{ length: 6 },
	(_, i) => `<p>Article paragraph ${i + 1}. The host page's own text, before and after the embed.</p>`
).join('\n');

function page(snippet) {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>
body{font-family:serif;margin:0;overflow-x:hidden}
h1,p{max-width:40rem;margin:1rem auto;padding:0 1rem}
p{min-height:3rem}
/* Full-bleed, as newsrooms run scrollytelling graphics. */
#embed-slot{width:100vw}
</style></head>
<body>
<h1>An article that embeds the story</h1>
${filler}
<div id="embed-slot">
${snippet}
</div>
${filler}
<script>
window.received = [];
window.addEventListener('message', function (event) {
	var data = event.data;
	if (data && typeof data === 'object' && typeof data.type === 'string' && data.type.indexOf('storymap:') === 0)
		window.received.push({ origin: event.origin, data: data });
});
</script>
</body></html>`;
}

const pages = new Map();
const ARCHIVES = join(import.meta.dirname, '../fixtures/basemap');

/** A byte range of an archive, as a static host or CDN answers `Range: bytes=a-b`. */
function serveArchive(request, response, name) {
	const file = join(ARCHIVES, basename(name));
	const cors = {
		'access-control-allow-origin': '*',
		'access-control-allow-headers': 'range',
		'access-control-expose-headers': 'content-range, content-length, etag'
	};
	if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
	if (!file.endsWith('.pmtiles') || !existsSync(file)) return response.writeHead(404, cors).end('not found');
	const bytes = readFileSync(file);
	const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '');
	const headers = {
		...cors,
		'content-type': 'application/vnd.pmtiles',
		'accept-ranges': 'bytes',
		etag: '"fixture"'
	};
	if (!range) return response.writeHead(200, { ...headers, 'content-length': bytes.length }).end(bytes);
	const start = Number(range[1]);
	const end = Math.min(range[2] ? Number(range[2]) : bytes.length - 1, bytes.length - 1);
	if (start >= bytes.length)
		return response.writeHead(416, { ...cors, 'content-range': `bytes */${bytes.length}` }).end();
	response
		.writeHead(206, {
			...headers,
			'content-range': `bytes ${start}-${end}/${bytes.length}`,
			'content-length': end - start + 1
		})
		.end(bytes.subarray(start, end + 1));
}

createServer((request, response) => {
	const url = new URL(request.url ?? '/', `http://localhost:${port}`);
	if (request.method === 'POST' && url.pathname === '/pages') {
		const chunks = [];
		request.on('data', (chunk) => chunks.push(chunk));
		request.on('end', () => {
			const html = Buffer.concat(chunks).toString('utf8');
			const key = createHash('sha256').update(html).digest('hex').slice(0, 16);
			pages.set(key, html);
			response.writeHead(200, { 'content-type': 'text/plain' }).end(`/pages/${key}`);
		});
		return;
	}
	if (url.pathname.startsWith('/pages/') && pages.has(url.pathname.slice(7))) {
		response
			.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
			.end(pages.get(url.pathname.slice(7)));
		return;
	}
	if (url.pathname.startsWith('/basemaps/')) {
		serveArchive(request, response, url.pathname.slice('/basemaps/'.length));
		return;
	}
	if (url.pathname === '/favicon.ico') {
		response.writeHead(204).end();
		return;
	}
	if (url.pathname !== '/host') {
		response.writeHead(404).end('not found');
		return;
	}
	const snippet = Buffer.from(url.searchParams.get('snippet') ?? '', 'base64url').toString('utf8');
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(snippet));
}).listen(port, () => console.log(`host page server on http://localhost:${port}`));
