import { describe, expect, it } from 'vitest';
import {
	framingFindings,
	preflight,
	reviewFindings,
	sourceFindings
} from '../../scripts/preflight/checks.ts';
import { loadEdition } from '../../src/lib/server/editions.ts';

const english = loadEdition('en', undefined, () => {});

describe('the pre-publish check', () => {
	it('finds nothing that would ship broken in the story as it stands', async () => {
		const findings = await preflight(undefined, { buildDir: 'no-build-here' });
		expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
	});

	it('names a step whose camera leaves its focus off the map, at each size, and one with no map description', () => {
		const step = english.story.steps.find((s) => s.focus.length > 0 && !s.explore)!;
		const [lon, lat] = english.places.find((p) => p.id === step.focus[0])!.anchor;
		// A fixed camera on the other side of the world.
		const away = {
			...step,
			camera: { ...step.camera, center: [lon - 180, -lat] as [number, number], zoom: 6 }
		};
		const broken = { ...english, story: { ...english.story, steps: [{ ...away, mapDescription: ' ' }] } };
		const findings = framingFindings(broken);
		const texts = findings.map((f) => `${f.severity} ${f.step}: ${f.text}`);
		expect(texts).toContain(`error ${step.id}: on a desktop, "${step.focus[0]}" is off the map`);
		expect(texts).toContain(`error ${step.id}: on a phone, "${step.focus[0]}" is off the map`);
		expect(texts).toContain(`error ${step.id}: no description of the map (its alt text)`);
		expect(framingFindings(english).filter((f) => f.severity === 'error')).toEqual([]);
	});

	it('warns of places whose sources carry no date, and of a translation pending review', () => {
		const undated = english.places.filter((p) => p.sources.length > 0 && p.sources.every((s) => !s.date));
		expect(sourceFindings(english).map((f) => f.text)).toEqual(
			undated.map((p) => `place "${p.id}": its sources carry no date`)
		);
		expect(reviewFindings({ ...english, review: 'pending' })).toHaveLength(1);
		expect(reviewFindings({ ...english, review: 'reviewed' })).toHaveLength(0);
	});
});
