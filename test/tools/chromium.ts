import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, the real browser the tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the machine has it (tests that need it are skipped without it). */
export const hasChromium = existsSync(CHROMIUM);

/** Chromium started headless for a test file, or undefined where it is not installed. */
export async function launchChromium(): Promise<Browser | undefined> {
  return hasChromium ? chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }) : undefined;
}
