// Finds the Chromium the tests and benchmarks drive, and the flags it needs on this kind of machine.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a Chromium/Chrome binary, or undefined. `CHROME_PATH` wins when set. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

export const HOW_TO_GET_CHROME =
  'No Chromium found: set CHROME_PATH to a Chrome/Chromium binary, or install Debian\'s package: sudo apt-get install -y chromium';

/**
 * Flags for headless Chromium as root in a closed network: no sandbox (root), no GPU, and no
 * background networking (its connections are refused here and slow the start).
 */
export function chromeArgs() {
  const profile = mkdtempSync(join(tmpdir(), 'tip-chrome-'));
  // Chromium has exited by the time this process does; leave no profile folders behind.
  process.once('exit', () => rmSync(profile, { recursive: true, force: true }));
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${profile}`,
  ];
}
