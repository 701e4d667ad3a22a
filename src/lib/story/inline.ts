import type { InlineToken, Paragraph } from './types.ts';

// Markdown-style inline syntax editors know: [text](url), **strong**, *em*.
// Anything else stays literal text; nothing is ever treated as HTML.
const INLINE = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*|\*([^*]+)\*/g;

export function isSafeHref(href: string): boolean {
	return /^https?:\/\//i.test(href) || /^#[\w-]+$/.test(href);
}

export function parseInline(text: string): InlineToken[] {
	const tokens: InlineToken[] = [];
	let last = 0;
	for (const match of text.matchAll(INLINE)) {
		if (match.index > last) tokens.push({ type: 'text', text: text.slice(last, match.index) });
		if (match[1] !== undefined) tokens.push({ type: 'link', text: match[1], href: match[2] });
		else if (match[3] !== undefined) tokens.push({ type: 'strong', text: match[3] });
		else tokens.push({ type: 'em', text: match[4] });
		last = match.index + match[0].length;
	}
	if (last < text.length) tokens.push({ type: 'text', text: text.slice(last) });
	return tokens;
}

/** Blank lines separate paragraphs; single line breaks are spaces. */
export function parseParagraphs(text: string): Paragraph[] {
	return text
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0)
		.map(parseInline);
}

export function plainText(paragraph: Paragraph): string {
	return paragraph.map((token) => token.text).join('');
}
