import type { ParamMatcher } from '@sveltejs/kit';
import { DEFAULT_LANG, isLang } from '$lib/locale/editions';

/** /fa/…: a translated edition. The original is at the root, never under its own code. */
export const match: ParamMatcher = (param) => isLang(param) && param !== DEFAULT_LANG;
