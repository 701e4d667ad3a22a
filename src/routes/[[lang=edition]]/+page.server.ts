import { editionEntries } from '$lib/server/editions';
import type { EntryGenerator } from './$types';

// /fa/ is a folder with an index.html, like every page here.
export const trailingSlash = 'always';

export const entries: EntryGenerator = () => editionEntries();
