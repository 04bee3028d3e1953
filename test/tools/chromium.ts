import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, the real browser the tests drive. */
export const CHROMIUM = '/usr/bin/chromium';

/** Whether the machine has it (tests that need it are skipped without it). */
export const hasChromium = existsSync(CHROMIUM);

/** Chromium started headless for a test file, or undefined where it is not installed. */
export async function launchChromium(): Promise<Browser | undefined> {
  return hasChromium ? chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }) : undefined;
}

/**
 * A scratch folder and a headless Chromium for the calling test file: opened before its tests,
 * closed and removed after them. `browser` is undefined where Chromium is not installed.
 */
export function browserWithScratch(prefix: string): { readonly dir: string; readonly browser: Browser | undefined } {
  const state: { dir: string; browser: Browser | undefined } = { dir: '', browser: undefined };
  beforeAll(async () => {
    state.dir = await mkdtemp(join(tmpdir(), prefix));
    state.browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
    if (state.dir) await rm(state.dir, { recursive: true, force: true });
  });
  return state;
}
