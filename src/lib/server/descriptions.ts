import { inViewOf } from '../geo/inView.ts';
import { namesOutOfView, type NameInView } from '../story/describeStep.ts';
import type { ContentIssue } from '../story/errors.ts';
import type { Bounds, GeoLayer, Step } from '../story/types.ts';

/**
 * Every step whose map description names a layer or place its view does not
 * show, as an issue on `file` (the story file or a translation): "Map showing
 * Iran and Yemen" at a view of Yemen alone tells a screen-reader user of a
 * country that is not there. `layers` carry the names in the description's
 * language.
 */
export function descriptionIssues(
	file: string,
	steps: Step[],
	layers: GeoLayer[],
	views: Record<string, Bounds>
): ContentIssue[] {
	return steps.flatMap((step) => {
		const inView = inViewOf(views[step.id], layers);
		const names: NameInView[] = layers.flatMap((layer) => [
			{ name: layer.title, inView: inView.layers.has(layer.id) },
			...layer.features.map((feature) => ({
				name: feature.properties.name,
				inView: inView.places.has(feature.properties.id)
			}))
		]);
		return namesOutOfView(step.mapDescription, names).map((name): ContentIssue => ({
			file,
			where: `step "${step.id}"`,
			field: 'mapDescription',
			message: `names "${name}", which is out of view at this step: describe what the map shows`
		}));
	});
}
