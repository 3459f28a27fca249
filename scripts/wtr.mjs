// Runs @web/test-runner with our config; a missing Chromium ends here with one clear line, never a hang.
import { spawnSync } from 'node:child_process';
import { findChrome, HOW_TO_GET_CHROME } from '../harness/chrome.mjs';

if (!findChrome()) {
  console.error(HOW_TO_GET_CHROME);
  process.exit(1);
}
const { status } = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(status ?? 1);
