import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type VazirmatnWeight = 'Regular' | 'SemiBold' | 'Bold';

/**
 * A TrueType file of Vazirmatn (SIL Open Font License 1.1, from the
 * `vazirmatn` package): Latin and Persian, shaped. The share cards are drawn
 * with it, and Persian static maps embed a subset of it.
 */
export function vazirmatnFile(weight: VazirmatnWeight): string {
	const root = dirname(createRequire(import.meta.url).resolve('vazirmatn/package.json'));
	return join(root, 'fonts', 'ttf', `Vazirmatn-${weight}.ttf`);
}
