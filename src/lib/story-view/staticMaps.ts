import { resolve } from '$app/paths';

export function staticMapUrl(stepId: string): string {
	return resolve('/static-maps/[step].svg', { step: stepId });
}
