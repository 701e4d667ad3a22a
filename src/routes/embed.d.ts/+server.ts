import { embedDeclarations } from '$lib/server/hostBundle';

export const prerender = true;

/** The host library's types, for a newsroom's TypeScript build. */
export function GET() {
	return new Response(embedDeclarations(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
