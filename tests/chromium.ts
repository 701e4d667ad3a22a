import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium, else undefined (Playwright's own download, where one was
 * installed with `npx playwright install chromium`).
 */
export function chromiumPath(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Quiet, offline-friendly flags; SwiftShader gives headless WebGL without a GPU. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--enable-unsafe-swiftshader',
	'--use-angle=swiftshader'
];
