import { geoArea, geoPath, type GeoStream, type GeoStreamWrapper } from 'd3-geo';

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * d3-geo reads polygon rings the other way round from RFC 7946 (which Turf
 * follows): a ring that seems to cover more than half the globe is reversed.
 */
export function d3Winding<F extends GeoJSON.Feature>(feature: F): F {
	const geometry = feature.geometry;
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
	if (geoArea(feature) <= 2 * Math.PI) return feature;
	const reverse = (rings: GeoJSON.Position[][]) => rings.map((ring) => [...ring].reverse());
	return {
		...feature,
		geometry:
			geometry.type === 'Polygon'
				? { ...geometry, coordinates: reverse(geometry.coordinates) }
				: { ...geometry, coordinates: geometry.coordinates.map(reverse) }
	};
}

/**
 * Text for an SVG <text> of a right-to-left edition, set in a right-to-left
 * isolate (RLI … PDI), so that mixed text reads in its order: «۵۰۰ کیلومتر»
 * with the number on the right, «… Natural Earth» with the Latin words on
 * the left. Not the `direction` attribute: resvg, which draws the share
 * cards, ignores it, while browsers would also flip what `text-anchor`'s
 * start and end mean; with the isolate both draw the same line, and anchors
 * keep their left-to-right meaning everywhere.
 */
export function isolate(text: string, dir: 'ltr' | 'rtl'): string {
	return dir === 'rtl' ? `\u2067${text}\u2069` : text;
}

/**
 * A projection that leaves out points closer than `tolerance` pixels to the
 * last one drawn (a line's or ring's ends are kept): detail an image cannot
 * show, which is most of a coastline's bytes at a continent's scale.
 */
export function thinned(projection: GeoStreamWrapper, tolerance: number): GeoStreamWrapper {
	return {
		stream(output) {
			let last: [number, number] | null = null;
			let pending: [number, number] | null = null;
			const thin: GeoStream = {
				point(x, y) {
					if (last && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) {
						pending = [x, y];
						return;
					}
					output.point(x, y);
					last = [x, y];
					pending = null;
				},
				lineStart() {
					last = pending = null;
					output.lineStart();
				},
				lineEnd() {
					if (pending) output.point(...pending);
					output.lineEnd();
				},
				polygonStart: () => output.polygonStart(),
				polygonEnd: () => output.polygonEnd(),
				sphere: () => output.sphere?.()
			};
			return projection.stream(thin);
		}
	};
}

/**
 * A d3-geo path context that writes whole pixels as relative moves ("l3-2",
 * "h5", "v-4") after each shape's first point: small numbers repeat, so a
 * poster's paths take a third fewer bytes after gzip than absolute ones. Each
 * point is rounded before its step is taken, so rounding never drifts.
 */
class RelativePathWriter {
	private out = '';
	private command = '';
	private x = 0;
	private y = 0;
	private startX = 0;
	private startY = 0;

	beginPath() {}

	moveTo(x: number, y: number) {
		this.x = this.startX = Math.round(x);
		this.y = this.startY = Math.round(y);
		this.out += `M${this.x},${this.y}`;
		this.command = 'M';
	}

	lineTo(x: number, y: number) {
		const dx = Math.round(x) - this.x;
		const dy = Math.round(y) - this.y;
		if (dx === 0 && dy === 0) return;
		this.x += dx;
		this.y += dy;
		if (dy === 0) this.write('h', `${dx}`);
		else if (dx === 0) this.write('v', `${dy}`);
		else this.write('l', `${dx}${dy < 0 ? '' : ','}${dy}`);
	}

	closePath() {
		this.out += 'z';
		this.command = 'z';
		this.x = this.startX;
		this.y = this.startY;
	}

	/** A point's circle: d3 has moved to its rightmost point first, so two half-circles from there. */
	arc(x: number, y: number, radius: number) {
		const r = Math.max(1, Math.round(radius));
		this.out += `a${r},${r},0,1,0,${-2 * r},0a${r},${r},0,1,0,${2 * r},0`;
		this.command = 'a';
	}

	/** A command's letter only when it changes; a number that starts with "-" needs no separator. */
	private write(command: string, numbers: string) {
		if (command !== this.command) this.out += command;
		else if (!numbers.startsWith('-')) this.out += ',';
		this.out += numbers;
		this.command = command;
	}

	take(): string {
		const d = this.out;
		this.out = '';
		this.command = '';
		return d;
	}
}

/** SVG path data for a feature in whole pixels, written relatively (see RelativePathWriter); '' when nothing is drawn. */
export function relativePathData(projection: GeoStreamWrapper): (feature: GeoJSON.Feature) => string {
	const writer = new RelativePathWriter();
	const path = geoPath(projection, writer);
	return (feature) => {
		path(feature);
		return writer.take();
	};
}
