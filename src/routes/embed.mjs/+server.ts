import { embedModule } from '$lib/server/hostBundle';

export const prerender = true;

/** The host library as an ES module (src/lib/host/index.ts). */
export function GET() {
	return new Response(embedModule(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
