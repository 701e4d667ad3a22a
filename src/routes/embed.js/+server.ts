import { embedScript } from '$lib/server/hostBundle';

export const prerender = true;

/** The one script a newsroom pastes with a snippet (src/lib/host/embedScript.ts). */
export function GET() {
	return new Response(embedScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
