import { loadMessages } from '$lib/locale/messages';
import type { PageLoad } from './$types';

// The edition's interface strings, as the edition's layout gives its other pages (see its +layout.ts).
export const load: PageLoad = async ({ data }) => ({ ...data, t: await loadMessages(data.lang) });
