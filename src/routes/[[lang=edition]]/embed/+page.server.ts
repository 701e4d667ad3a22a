import { editionEntries } from '$lib/server/editions';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = () => editionEntries();
