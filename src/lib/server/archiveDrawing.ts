import { archiveTileZoom, tilesCovering } from '../geo/archiveTiles.ts';
import { newsroomLayers } from '../geo/newsroomLayers.ts';
import type { StaticMapInput } from '../geo/staticMap.ts';
import { archiveFeatures } from './archiveReader.ts';
import type { StoryContent } from './content.ts';

/**
 * A static map with the story's basemap archive in it, where its view is close
 * enough and the build can read the archive (content.archiveFile); otherwise
 * the map as it was, on Natural Earth alone. Static maps share the live map's
 * light palette.
 */
export async function withArchive(input: StaticMapInput, content: StoryContent): Promise<StaticMapInput> {
	const archive = content.story.basemap;
	if (!archive || !content.archiveFile) return input;
	const tileZoom = archiveTileZoom(input.camera.zoom, archive);
	if (tileZoom === null) return input;
	const features = await archiveFeatures(
		content.archiveFile,
		tilesCovering(input.camera, input.viewport, tileZoom)
	);
	if (!features) return input;
	return {
		...input,
		archive: {
			layers: newsroomLayers(archive, input.palette, 'light'),
			features,
			tileZoom,
			credit: archive.attribution
		}
	};
}
