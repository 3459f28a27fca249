// Fails when the committed custom-elements.json no longer matches the JSDoc in src/ (run `npm run analyze`).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const path = 'custom-elements.json';
const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
const pkgBefore = readFileSync('package.json', 'utf8');
const { status } = spawnSync('npx', ['cem', 'analyze'], { stdio: ['ignore', 'ignore', 'inherit'] });
const after = existsSync(path) ? readFileSync(path, 'utf8') : '';
// Restore what was committed, so the check itself changes nothing.
writeFileSync(path, before);
writeFileSync('package.json', pkgBefore);
if (status !== 0) process.exit(status ?? 1);
if (before !== after) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it with types/ (regenerated from it).');
  process.exit(1);
}
console.log('custom-elements.json matches the source.');
