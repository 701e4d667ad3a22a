import { embedDeclarations } from '$lib/server/hostBundle';

export const prerender = true;

/** The host library's types beside embed.mjs (TypeScript reads embed.d.mts for embed.mjs). */
export function GET() {
	return new Response(embedDeclarations(), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
