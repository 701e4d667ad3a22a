import { error } from '@sveltejs/kit';
import { loadContent } from '$lib/server/content';
import { editionEntries } from '$lib/server/editions';
import type { EntryGenerator, PageServerLoad } from './$types';

// /step/<id>/ is a folder with an index.html, which every static host serves.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () =>
	editionEntries(() => loadContent().story.steps.map((step) => ({ id: step.id })));

export const load: PageServerLoad = ({ params }) => {
	const openAt = loadContent().story.steps.findIndex((step) => step.id === params.id);
	if (openAt < 0) error(404, `No step "${params.id}" in the story`);
	return { openAt };
};
