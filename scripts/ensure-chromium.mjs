#!/usr/bin/env node
/**
 * Makes sure the browser tests have a Chromium to drive (see tests/chromium.ts):
 * $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own download.
 * On a fresh Debian machine, running as root, it installs Debian's chromium.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function playwrightChromium() {
	try {
		const path = chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
	if (!existsSync(fromEnv)) {
		console.error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
		process.exit(1);
	}
	process.exit(0);
}
if (existsSync('/usr/bin/chromium') || playwrightChromium()) process.exit(0);

const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log("No Chromium found: installing Debian's chromium package…");
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	process.exit(0);
}
console.error(
	'No Chromium found. Install one (Debian: apt-get install chromium; elsewhere: npx playwright install chromium)\n' +
		'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
);
process.exit(1);
