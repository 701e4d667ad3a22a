// A stand-in for a newsroom's article page on another origin (another port):
// GET /host?snippet=<base64url of the snippet HTML> wraps the snippet in a
// plain article with text above and below, and a log of the messages the page
// receives from the embed (window.received).
// POST /pages with a whole page's HTML keeps it and answers its address,
// /pages/<hash>: pages too long for an address (an article the test writes).
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

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
