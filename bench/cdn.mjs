// The bench's before/after for issue 15 (the CDN bundle as a loader by tag): the CDN bundle as it was
// built at BEFORE_COMMIT, beside today's, and Lighthouse on the demo article for both.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import process from 'node:process';
import { lighthouseRuns } from './lighthouse.mjs';
import { serve } from '../harness/serve.mjs';

/**
 * The last commit whose CDN bundle registered every element in one module (the figures issue 15
 * starts from: one card 25.9 kB, four widgets 28.3 kB, chart 73.3 kB; two long tasks on the demo).
 */
export const BEFORE_COMMIT = 'bbde89b';

/**
 * Builds the CDN bundle and copies the demo article as they were at `commit` into `<work>/before`
 * (git archive, this repo's node_modules, `vite build --mode cdn`). Returns the folder, or
 * undefined with the reason when it cannot (no git history, say).
 */
export function buildBefore({ work, commit = BEFORE_COMMIT, repo = process.env.TIP_BENCH_REPO ?? '.' }) {
  const dir = join(work, 'before');
  mkdirSync(dir, { recursive: true });
  // TIP_BENCH_REPO: the git checkout to take it from, for a bench run in a copy without .git.
  const archive = spawnSync('sh', ['-c', `git -C "${repo}" archive ${commit} | tar -x -C "${dir}"`], { encoding: 'utf8' });
  if (archive.status !== 0) return { reason: `git archive ${commit} failed: ${archive.stderr.trim().slice(0, 200)}` };
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  const build = spawnSync('npx', ['vite', 'build', '--mode', 'cdn', '--logLevel', 'error'], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(join(dir, 'dist/cdn/tip-widgets.js'))) return { reason: `the CDN build of ${commit} failed: ${build.stderr.trim().slice(-300)}` };
  copyFileSync(join(dir, 'src/cdn/tip-widgets.css'), join(dir, 'dist/cdn/tip-widgets.css'));
  return { dir, commit };
}

/** Is `url` one of our files (the CDN bundle or its chunks)? Long tasks Lighthouse attributes to them are ours. */
export const ours = (url) => /\/dist\/cdn\//.test(url ?? '');

/**
 * Lighthouse (mobile profile) on demo/index.html served compressed from `root`, `runs` times:
 * the medians of TBT, max potential FID, CLS, and the long tasks of our files.
 */
export async function lighthouseDemo({ root, runs, chromePath }) {
  const server = await serve({ root, compress: true });
  try {
    return await lighthouseRuns({ url: `${server.url}/demo/index.html`, runs, chromePath, ours });
  } finally {
    await server.close();
  }
}
