import { archiveNames } from './archiveReader.ts';
import type { StoryContent } from './content.ts';

/**
 * The names of the story's basemap archive in an edition's language, which
 * the live map draws with the build's glyph files; null when the story names
 * no archive or the build cannot read it (its names are then not drawn: no
 * glyphs would hold them).
 */
export function archiveNamesFor(content: StoryContent, lang: string): Promise<string[] | null> {
	if (!content.story.basemap || !content.archiveFile) return Promise.resolve(null);
	return archiveNames(content.archiveFile, lang);
}
