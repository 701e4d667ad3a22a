/**
 * The scroll embed lives in an iframe as tall as the whole story, so the frame
 * itself never scrolls: the host page does, and /embed.js reports where the
 * frame is (`top`, the frame's top relative to the host viewport) and how tall
 * the host viewport is. These helpers turn that into what `position: sticky`
 * and the IntersectionObserver give the story on its own page.
 */
export interface HostViewport {
	top: number;
	height: number;
}

/**
 * Offset of the pinned map inside its container, like `position: sticky; top: 0`.
 * The map is as tall as the host viewport, or `pinnedHeight` (the top half on phones).
 */
export function stickyOffset(
	host: HostViewport,
	containerTop: number,
	containerHeight: number,
	pinnedHeight = host.height
): number {
	const visibleTop = -host.top - containerTop;
	return Math.max(0, Math.min(containerHeight - (pinnedHeight || host.height), visibleTop));
}

/** Document y (inside the frame) of the trigger line the reader sees at `triggerLine` of the host viewport. */
export function triggerLineY(host: HostViewport, triggerLine: number): number {
	return -host.top + triggerLine * host.height;
}
