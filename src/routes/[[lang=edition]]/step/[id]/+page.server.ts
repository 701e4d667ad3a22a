import { editionWithStep, stepEntries } from '$lib/server/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

// /step/<id>/ is a folder with an index.html, which every static host serves.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => stepEntries('id');

export const load: PageServerLoad = ({ params }) => ({
	openAt: editionWithStep(params, params.id).story.steps.findIndex((step) => step.id === params.id)
});
