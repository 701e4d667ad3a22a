import { dirname, join } from 'node:path';
import type { BasemapArchive } from '../story/basemapArchive.ts';
import type { ContentPaths } from './content.ts';

/**
 * The story's basemap archive as a file the build can read, for its static
 * maps: static/<url> for an archive on the site itself, the story's `file`
 * (relative to the story file) beside one on another origin, else null.
 */
export function archiveBuildFile(paths: ContentPaths, archive: BasemapArchive | undefined): string | null {
	if (!archive) return null;
	if (archive.url.startsWith('/')) return join(paths.root, 'static', archive.url);
	return archive.file ? join(paths.root, dirname(paths.storyFile), archive.file) : null;
}
