// A step of `npm test`, after the build: what a user gets. Packs the package, installs the tarball
// into a fresh project, bundles a page that imports every entry point with Vite, and opens it in
// headless Chromium; type-checks a TypeScript file against the installed types; loads the CDN
// bundle twice from two URLs, from a page in another folder, cross-origin with Subresource
// Integrity; and tries every snippet of docs/embed.md (the no-build ones) in a real browser.
//
// `--strict-docs` (for a release) also fails when the SRI hashes in docs/embed.md are not the
// ones of this build; otherwise a stale hash is reported and the snippet is tried with the fresh one.
// Over 500 lines in one file on purpose: every check reads the one packed and installed tarball
// and the one set of built pages, which take a minute to make; split files would each make them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeArgs, openPage, preflight } from '../harness/chrome.mjs';
import { serve } from '../harness/serve.mjs';
import { finish, record } from '../harness/runner.mjs';
import { buildNpmPages, missingTexts, shadowTexts, widgetsSettled } from '../bench/pages.mjs';
import { ELEMENTS as REGISTRY, TAGS } from '../src/elements.mjs';

const started = Date.now();
const strictDocs = process.argv.includes('--strict-docs');
const keep = process.argv.includes('--keep');
const skipFrameworks = process.argv.includes('--no-frameworks');
/** Pinned, so the snippets are tried against the versions docs/embed.md names. */
const FRAMEWORKS = ['react@19.3.1', 'react-dom@19.3.1', '@types/react@19.3.0', 'vue@3.5.45', '@vitejs/plugin-vue@6.0.11', 'svelte@5.57.3', '@sveltejs/vite-plugin-svelte@7.3.1', 'vite@8.3.8'];
/** The checkers of the typed tags (and the other JSX frameworks), pinned likewise. */
const CHECKERS = ['typescript@5.9.3', 'vue-tsc@3.3.14', 'svelte-check@4.7.8', 'preact@11.2.0', 'solid-js@1.9.20'];
const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const ELEMENTS = REGISTRY.map((element) => element.name);
/** What each element shows once rendered with the bundled report (proof that it really rendered). */
const EXPECT = {
  'tip-tier-badge': 'Tier 2',
  'tip-stat-card': '21',
  'tip-yoy-chart': '21',
  'tip-recommendation-list': 'prosecute',
  'tip-hotline-callout': 'Help',
};
const BODY = [
  '<tip-tier-badge>Serbia: Tier 2</tip-tier-badge>',
  '<tip-stat-card metric="convictions">Traffickers convicted in 2024: 21</tip-stat-card>',
  '<tip-yoy-chart preset="law-enforcement">Convicted 21 (18)</tip-yoy-chart>',
  '<tip-recommendation-list limit="4">Twelve recommendations.</tip-recommendation-list>',
  '<tip-hotline-callout>Help lines in Serbia.</tip-hotline-callout>',
].join('\n');

/** One check of this pass, reported through the harness (node:test). */
const check = record;
const section = (title) => console.log(`\n${title} (at ${((Date.now() - started) / 1000).toFixed(0)} s)`);

function run(cmd, args, options = {}) {
  const out = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, ...options });
  return { ok: out.status === 0, stdout: out.stdout ?? '', stderr: out.stderr ?? '', status: out.status };
}

const chrome = preflight('e2e/package', ['dist/index.js', 'dist/cdn/tip-widgets.js']);

const work = mkdtempSync(join(tmpdir(), 'tip-package-'));
const servers = [];
let browser;

/** Opens `url` in a fresh context (harness/chrome.mjs); `init` runs before any script. */
const open = (url, options) => openPage(browser, url, options);

/** Counts customElements.define calls per tag, and those that threw. Runs before the page's scripts. */
function countDefines() {
  const define = customElements.define.bind(customElements);
  window.__defines = {};
  window.__defineErrors = [];
  customElements.define = (tag, ctor, options) => {
    window.__defines[tag] = (window.__defines[tag] ?? 0) + 1;
    try {
      define(tag, ctor, options);
    } catch (error) {
      window.__defineErrors.push(`${tag}: ${error.message}`);
      throw error;
    }
  };
}

/** Renders, for each tag on the page: defined, settled, the shadow text contains the expected figure. */
async function assertRendered(label, page, errors, tags = TAGS, expectText = EXPECT) {
  try {
    await widgetsSettled(page, 20_000);
  } catch (error) {
    return check(`${label}: widgets load`, false, error.message);
  }
  const texts = await shadowTexts(page);
  const expect = Object.fromEntries(tags.map((tag) => [tag, expectText[tag] ?? /\d/]));
  const missing = missingTexts({ expect }, texts);
  const messages = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('tip-') && el.shadowRoot?.querySelector('[part~="message"]'))
      .map((el) => `<${el.localName}> shows: ${el.shadowRoot.querySelector('[part~="message"]').textContent.trim().slice(0, 100)}`),
  );
  const problems = [...missing, ...messages, ...errors];
  return check(`${label}: ${tags.length} element(s) render their figures, no errors`, problems.length === 0, problems.join('; '));
}


/**
 * The React 19, Vue 3 and Svelte 5 snippets of docs/embed.md, each built with Vite into a small
 * app that installs the tarball, and opened in Chromium. Needs the npm registry (or a warm
 * cache) for the frameworks; without it the step says so and is skipped, not failed.
 */
async function frameworkSnippets({ doc, tarball }) {
  section('docs/embed.md: React 19, Vue 3 and Svelte 5 snippets');
  const blocks = Object.fromEntries(
    [...doc.matchAll(/<!-- framework: ([\w-]+) file ([\w.-]+) -->\s*\n```\w*\n([\s\S]*?)\n```/g)].map((m) => [m[1], { file: m[2], code: m[3] }]),
  );
  const needed = ['react', 'react-types', 'preact-types', 'solid-types', 'vue', 'vue-config', 'vue-types', 'svelte', 'svelte-types'];
  if (!check('docs/embed.md has the React, Vue and Svelte snippets and each framework\'s typed-tag lines', needed.every((k) => blocks[k]), Object.keys(blocks).join(', '))) return;
  const dir = join(work, 'frameworks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'tip-frameworks', private: true, type: 'module' }, null, 2)}\n`);
  const install = run('npm', ['install', tarball, ...FRAMEWORKS, ...CHECKERS, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], { cwd: dir, timeout: 120_000 });
  if (!install.ok) {
    console.log(`  - skipped: could not install ${[...FRAMEWORKS, ...CHECKERS].join(' ')} (${install.stderr.trim().split('\n').pop()})`);
    return;
  }
  const page = (script) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title></head><body><div id="app"></div><script type="module" src="./${script}"></script></body></html>`;
  const apps = {
    react: {
      files: {
        [blocks.react.file]: blocks.react.code,
        'main.jsx': `import { createRoot } from 'react-dom/client';\nimport { TipFigures } from './${blocks.react.file}';\ncreateRoot(document.getElementById('app')).render(<TipFigures />);\n`,
        'index.html': page('main.jsx'),
        'vite.config.js': 'export default {};\n',
      },
    },
    vue: {
      files: {
        [blocks.vue.file]: blocks.vue.code,
        'main.js': `import { createApp } from 'vue';\nimport TipFigures from './${blocks.vue.file}';\ncreateApp(TipFigures).mount('#app');\n`,
        'index.html': page('main.js'),
        [blocks['vue-config'].file]: blocks['vue-config'].code,
      },
    },
    svelte: {
      files: {
        [blocks.svelte.file]: blocks.svelte.code,
        'main.js': `import { mount } from 'svelte';\nimport TipFigures from './${blocks.svelte.file}';\nmount(TipFigures, { target: document.getElementById('app') });\n`,
        'index.html': page('main.js'),
        'vite.config.js': "import { svelte } from '@sveltejs/vite-plugin-svelte';\nexport default { plugins: [svelte()] };\n",
      },
    },
  };
  const vite = join(dir, 'node_modules/vite/bin/vite.js');
  const server = await serve({ root: dir });
  servers.push(server);
  for (const [name, { files: appFiles }] of Object.entries(apps)) {
    const root = join(dir, name);
    mkdirSync(root, { recursive: true });
    for (const [file, text] of Object.entries(appFiles)) writeFileSync(join(root, file), text);
    const built = run(process.execPath, [vite, 'build', root, '--config', join(root, 'vite.config.js'), '--base', './', '--logLevel', 'error'], { cwd: dir });
    if (!check(`${name}: the snippet builds with Vite`, built.ok, (built.stdout + built.stderr).trim().slice(-800))) continue;
    const code = appFiles[blocks[name].file];
    const tags = [...new Set([...code.matchAll(/<(tip-[\w-]+)/g)].map((m) => m[1]))];
    const { page: p, context, errors } = await open(`${server.url}/${name}/dist/index.html`);
    await assertRendered(`${name}: ${blocks[name].file} in Chromium`, p, errors, tags, {});
    // Each snippet asks for a breakdown and passes the metric as a variable: proof that a boolean
    // attribute and a bound value reach the element.
    const card = await p.evaluate(() => {
      const el = document.querySelector('tip-stat-card');
      return { breakdown: Boolean(el?.shadowRoot?.querySelector('[part~="breakdown"]')), metric: el?.metric };
    });
    check(`${name}: show-breakdown and metric reach <tip-stat-card>`, card.breakdown && card.metric === 'convictions', JSON.stringify(card));
    await context.close();
  }
  await typedTags({ dir, blocks });
}

/**
 * A type-check case: one line of a template, and what the checker must say about that line.
 * `fail` matches the message that must be on the line; without it the line must pass.
 */
const CASES = [
  { what: 'theme="purple"', fail: /purple/ },
  { what: 'preset="nope"', fail: /nope/ },
  { what: 'a boolean attribute given a number', fail: /number[\s\S]*boolean|boolean[\s\S]*number/ },
  // The ids are completions, not a closed type: a page's own dataset has ids of its own.
  { what: 'a misspelt metric id (passes: completion only)' },
  // Under `strict`, an untyped handler parameter is an error (implicit any) unless the types give it one.
  { what: 'an event handler whose parameter the types give (no implicit any)' },
  // The detail is typed from the JSDoc's `@fires {CustomEvent<…>}`: a field of it reads, a misspelt one fails.
  { what: 'a tip-load handler reading e.detail.dataset.reportYear' },
  { what: 'a misspelt detail field (e.detail.mesage)', fail: /mesage/ },
];

/** tsc / vue-tsc diagnostics ("file(line,col): error TS…: message" and its indented lines). */
function tscDiagnostics(output) {
  const out = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/.exec(line);
    if (m) out.push({ file: m[1], line: Number(m[2]), message: m[3] });
    else if (/^\s+\S/.test(line) && out.length) out[out.length - 1].message += ` ${line.trim()}`;
    else if (/error TS\d+/.test(line)) out.push({ file: '', line: 0, message: line.trim() });
  }
  return out;
}

/** svelte-check --output machine: `<time> ERROR "file" line:col "message"`. */
function svelteCheckDiagnostics(output) {
  return [...output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map((m) => ({ file: m[1], line: Number(m[2]), message: m[3].replace(/\\"/g, '"') }));
}

/**
 * The typed tags of docs/embed.md, in the strictest app: each framework's documented lines, the
 * snippet (where there is one) and the CASES, checked by that framework's own checker with
 * `skipLibCheck: false` (so the shipped types/ files are checked too). Every error must be one
 * that a CASE expects, on its line; every `fail` CASE must have its error.
 */
async function typedTags({ dir, blocks }) {
  section('typed tags (types/ of the tarball): each framework\'s documented lines, its own checker, skipLibCheck false');
  const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, types: [], lib: ['ES2023', 'DOM', 'DOM.Iterable'] };
  const bin = (path) => join(dir, 'node_modules', path);
  const tsc = (sub) => [process.execPath, [bin('typescript/bin/tsc'), '-p', sub], tscDiagnostics];
  const jsxCases = (boolean, event) => [
    "<tip-stat-card theme=\"purple\">x</tip-stat-card>,",
    "<tip-yoy-chart preset=\"nope\">x</tip-yoy-chart>,",
    `<tip-stat-card ${boolean}={1}>x</tip-stat-card>,`,
    "<tip-stat-card metric=\"convictons\">x</tip-stat-card>,",
    `<tip-stat-card ${event}={(e) => console.warn(e.target.metric, e.detail)}>x</tip-stat-card>,`,
    `<tip-stat-card ${event.replace('error', 'load')}={(e) => console.warn(e.detail.dataset.reportYear)}>x</tip-stat-card>,`,
    `<tip-stat-card ${event}={(e) => console.warn(e.detail.mesage)}>x</tip-stat-card>,`,
  ];
  const jsxFile = (boolean, event = 'ontip-error') => ({ name: 'Cases.tsx', head: ["import 'tip-widgets/stat-card.js';", "import 'tip-widgets/yoy-chart.js';", 'export const cases = ['], lines: jsxCases(boolean, event), tail: ['];'] });
  const templateCases = (boolean, event) => [
    '<tip-stat-card theme="purple">x</tip-stat-card>',
    '<tip-yoy-chart preset="nope">x</tip-yoy-chart>',
    `<tip-stat-card ${boolean}>x</tip-stat-card>`,
    '<tip-stat-card metric="convictons">x</tip-stat-card>',
    `<tip-stat-card ${event('tip-error', 'e.detail')}>x</tip-stat-card>`,
    `<tip-stat-card ${event('tip-load', 'e.detail.dataset.reportYear')}>x</tip-stat-card>`,
    `<tip-stat-card ${event('tip-error', 'e.detail.mesage')}>x</tip-stat-card>`,
  ];
  const imports = ["import 'tip-widgets/stat-card.js';", "import 'tip-widgets/yoy-chart.js';"];
  const frameworks = [
    {
      name: 'react',
      label: 'React 19 (@types/react 19.3)',
      files: { [blocks.react.file]: blocks.react.code, [blocks['react-types'].file]: blocks['react-types'].code },
      cases: jsxFile('show-breakdown'),
      tsconfig: { ...compilerOptions, jsx: 'react-jsx' },
      command: tsc,
      shown: 'tsc -p . (typescript 5.9)',
    },
    {
      name: 'preact',
      label: 'Preact 11',
      files: { [blocks['preact-types'].file]: blocks['preact-types'].code },
      cases: jsxFile('show-breakdown'),
      tsconfig: { ...compilerOptions, jsx: 'react-jsx', jsxImportSource: 'preact' },
      command: tsc,
      shown: 'tsc -p . (typescript 5.9)',
    },
    {
      name: 'solid',
      label: 'Solid 1.9',
      files: { [blocks['solid-types'].file]: blocks['solid-types'].code },
      cases: jsxFile('bool:show-breakdown', 'on:tip-error'),
      tsconfig: { ...compilerOptions, jsx: 'preserve', jsxImportSource: 'solid-js' },
      command: tsc,
      shown: 'tsc -p . (typescript 5.9)',
    },
    {
      name: 'vue',
      label: 'Vue 3.5',
      files: { [blocks.vue.file]: blocks.vue.code, [blocks['vue-types'].file]: blocks['vue-types'].code },
      cases: { name: 'Cases.vue', head: ['<script setup lang="ts">', ...imports, '</script>', '<template>'], lines: templateCases(':show-breakdown="1"', (name, read) => `@${name}="(e) => console.warn(${read})"`), tail: ['</template>'] },
      tsconfig: { ...compilerOptions, jsx: 'preserve' },
      include: ['*.ts', '*.vue'],
      command: (sub) => [process.execPath, [bin('vue-tsc/bin/vue-tsc.js'), '-p', sub], tscDiagnostics],
      shown: 'vue-tsc -p . (vue-tsc 3.3)',
    },
    {
      name: 'svelte',
      label: 'Svelte 5',
      files: { [blocks.svelte.file]: blocks.svelte.code, [blocks['svelte-types'].file]: blocks['svelte-types'].code },
      cases: { name: 'Cases.svelte', head: ['<script lang="ts">', ...imports, '</script>'], lines: templateCases('show-breakdown={1}', (name, read) => `on:${name}={(e) => console.warn(${read})}`), tail: [] },
      tsconfig: { ...compilerOptions, verbatimModuleSyntax: true, isolatedModules: true },
      include: ['*.ts', '*.svelte'],
      command: (sub) => [process.execPath, [bin('svelte-check/bin/svelte-check'), '--workspace', sub, '--tsconfig', join(sub, 'tsconfig.json'), '--output', 'machine'], svelteCheckDiagnostics],
      shown: 'svelte-check (4.7)',
    },
  ];
  const summary = [];
  for (const fw of frameworks) {
    const sub = join(dir, `typed-${fw.name}`);
    mkdirSync(sub, { recursive: true });
    for (const [file, text] of Object.entries(fw.files)) writeFileSync(join(sub, file), `${text}\n`);
    const { name: casesFile, head, lines, tail } = fw.cases;
    writeFileSync(join(sub, casesFile), `${[...head, ...lines, ...tail].join('\n')}\n`);
    writeFileSync(join(sub, 'tsconfig.json'), JSON.stringify({ compilerOptions: fw.tsconfig, include: fw.include ?? ['*.ts', '*.tsx'] }, null, 2));
    const [cmd, args, parse] = fw.command(sub);
    const t0 = Date.now();
    const out = run(cmd, args, { cwd: sub });
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const diagnostics = parse(out.stdout + out.stderr);
    const onCase = (d, i) => d.file.endsWith(casesFile) && d.line === head.length + i + 1;
    const unexpected = diagnostics.filter((d) => !CASES.some((c, i) => c.fail && onCase(d, i)));
    check(
      `${fw.name}: the snippet and the documented lines type-check with skipLibCheck false (${fw.shown}, ${seconds} s)`,
      unexpected.length === 0 && (out.ok || diagnostics.length > 0),
      [...unexpected.map((d) => `${d.file}:${d.line} ${d.message}`), out.ok || diagnostics.length ? '' : (out.stdout + out.stderr).trim()].filter(Boolean).join(' | ').slice(0, 1200),
    );
    const results = CASES.map((c, i) => {
      const found = diagnostics.filter((d) => onCase(d, i));
      const ok = c.fail ? found.some((d) => c.fail.test(d.message)) : found.length === 0;
      check(`${fw.name}: ${c.what} ${c.fail ? 'fails the type check' : 'type-checks'}`, ok, `${lines[i].trim()} → ${found.map((d) => d.message).join(' ') || 'no error'}`.slice(0, 400));
      return ok;
    });
    summary.push(`${fw.label}: \`${fw.shown}\` — ${results.every(Boolean) && unexpected.length === 0 ? 'passes, the 4 wrong values fail (a misspelt detail field among them), a misspelt id and two typed handlers pass' : 'FAILED'} (${seconds} s)`);
  }
  // Completions: the language service that editors use offers the 54 bundled ids in `metric=""`.
  const ts = createRequire(join(dir, 'package.json'))('typescript');
  const probeDir = join(dir, 'typed-react');
  const probe = join(probeDir, 'probe.tsx');
  const probeText = "import 'tip-widgets/stat-card.js';\nexport const probe = <tip-stat-card metric=\"\">x</tip-stat-card>;\n";
  writeFileSync(probe, probeText);
  const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(probeDir, 'tsconfig.json'), 'utf8')), ts.sys, probeDir);
  const service = ts.createLanguageService({
    getCompilationSettings: () => config.options,
    getScriptFileNames: () => [...config.fileNames, probe],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file)) : undefined),
    getCurrentDirectory: () => probeDir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
  const completions = service.getCompletionsAtPosition(probe, probeText.indexOf('metric="') + 'metric="'.length, {})?.entries.map((e) => e.name) ?? [];
  const ids = Object.keys(JSON.parse(readFileSync(join(ROOT, 'data/serbia-2025.json'), 'utf8')).metrics);
  const missing = ids.filter((id) => !completions.includes(id));
  check(`react: the TypeScript language service offers the ${ids.length} metric ids inside metric="" (what editors show)`, missing.length === 0, `${completions.length} completions; missing: ${missing.slice(0, 5).join(', ') || 'none'}`);
  console.log(`\n  typed tags, per framework:\n${summary.map((s) => `    - ${s}`).join('\n')}`);
}

try {
  // ------------------------------------------------------------------------------------------
  section(`npm pack (${pkg.name}@${pkg.version})`);
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], { stdio: ['ignore', 'pipe', 'pipe'] });
  if (!check('npm pack', packed.ok, packed.ok ? '' : packed.stderr.slice(-500))) throw new Error('npm pack failed');
  const info = JSON.parse(packed.stdout)[0];
  const tarball = join(work, info.filename);
  const files = new Set(info.files.map((f) => f.path));
  console.log(`    ${info.filename}: ${(info.size / 1000).toFixed(0)} kB packed, ${(info.unpackedSize / 1000).toFixed(0)} kB unpacked, ${info.entryCount} files`);
  const strip = (p) => p.replace(/^\.\//, '');
  const targets = [];
  const walk = (value) => (typeof value === 'string' ? targets.push(strip(value)) : Object.values(value).forEach(walk));
  walk(pkg.exports);
  const missingTargets = targets.filter((t) => !t.includes('*') && !files.has(t));
  check('every exports target is in the tarball', missingTargets.length === 0, missingTargets.join(', '));
  // The one description of the widgets that delivery paths read (build-tools/widgets.mjs).
  {
    const described = existsSync('dist/widgets.json') ? JSON.parse(readFileSync('dist/widgets.json', 'utf8')) : { widgets: {} };
    const missing = TAGS.filter((tag) => !described.widgets[tag]?.attributes?.length || !described.widgets[tag]?.fallback);
    check(
      `tip-widgets/widgets.json describes the ${TAGS.length} tags of the registry (attributes, fallback sentences) and the ${Object.keys(described.metrics ?? {}).length} metrics`,
      files.has('dist/widgets.json') && missing.length === 0 && Object.keys(described.widgets).length === TAGS.length,
      missing.join(', '),
    );
  }
  // The framework and editor types generated from the manifest (generate/framework-types.mjs): every file
  // of types/ ships, package.json points JetBrains IDEs at web-types, and the editor data knows
  // every tag of the manifest and every metric id of the dataset.
  const generated = readdirSync('types').map((f) => `types/${f}`);
  const unshipped = generated.filter((f) => !files.has(f));
  check(`the tarball has every generated file of types/ (${generated.length}: ${generated.map((f) => f.slice(6)).join(', ')})`, generated.length >= 6 && unshipped.length === 0, unshipped.join(', '));
  check(`"web-types" (${pkg['web-types']}) is in the tarball`, files.has(strip(pkg['web-types'] ?? '')));
  {
    const manifestTags = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean));
    const ids = Object.keys(JSON.parse(readFileSync('data/serbia-2025.json', 'utf8')).metrics);
    const vscode = JSON.parse(readFileSync('types/vscode.html-custom-data.json', 'utf8'));
    const webTypes = JSON.parse(readFileSync('types/web-types.json', 'utf8'));
    const metricValues = vscode.tags.find((t) => t.name === 'tip-stat-card')?.attributes.find((a) => a.name === 'metric')?.values.map((v) => v.name) ?? [];
    const webTypesMetric = webTypes.contributions.html.elements.find((e) => e.name === 'tip-stat-card')?.attributes.find((a) => a.name === 'metric')?.value?.type ?? '';
    check(
      `VS Code data and web-types list the ${manifestTags.length} tags; both offer the ${ids.length} metric ids for metric`,
      manifestTags.every((t) => vscode.tags.some((v) => v.name === t) && webTypes.contributions.html.elements.some((e) => e.name === t)) &&
        metricValues.join() === ids.join() &&
        ids.every((id) => webTypesMetric.includes(`'${id}'`)),
      `VS Code metric values: ${metricValues.length}`,
    );
  }
  const sideEffects = (pkg.sideEffects ?? []).map(strip).filter((p) => !files.has(p));
  check('every sideEffects file is in the tarball', sideEffects.length === 0, sideEffects.join(', '));
  for (const field of ['main', 'module', 'types', 'customElements']) {
    check(`"${field}" (${pkg[field]}) is in the tarball`, files.has(strip(pkg[field] ?? '')));
  }
  const maps = [...files].filter((f) => f.startsWith('dist/') && f.endsWith('.js.map') && !f.startsWith('dist/cdn/'));
  const typesMaps = ELEMENTS.filter((name) => !files.has(`dist/components/${name}/${name}.d.ts`));
  check('dist/ has source maps and .d.ts for every element', maps.length > 0 && typesMaps.length === 0, typesMaps.join(', '));
  const untyped = [];
  for (const name of ELEMENTS) {
    const dts = join(ROOT, 'dist', 'components', name, `${name}.d.ts`);
    const text = existsSync(dts) ? readFileSync(dts, 'utf8') : '';
    if (!/interface HTMLElementTagNameMap\s*\{[^}]*'tip-/.test(text) || !text.includes(`'tip-${name}'`)) untyped.push(name);
  }
  check('each element\'s .d.ts adds its tag to HTMLElementTagNameMap', untyped.length === 0, untyped.join(', '));
  const stray = [...files].filter((f) => /^(src|test|stories|scripts|bench|demo|docs|\.storybook|node_modules|coverage|storybook-static)\//.test(f) || f.endsWith('.tgz'));
  check('ships only what users need (no src/, test/, stories/, scripts/…)', stray.length === 0, stray.slice(0, 5).join(', '));
  // The WordPress plugin (1.45 MB unpacked, 927 files) is a release artifact of its own, built into
  // dist/wordpress/ by `npm run build`: npm users and CDNs never need it.
  const plugin = [...files].filter((f) => f.startsWith('dist/wordpress/'));
  check('the WordPress plugin is not in the tarball (a release artifact of its own)', plugin.length === 0, plugin.slice(0, 3).join(', '));
  const cdnFiles = ['dist/cdn/tip-widgets.js', 'dist/cdn/tip-widgets.css', 'dist/cdn/integrity.json'];
  check('the CDN bundle, stylesheet and integrity.json are in the tarball', cdnFiles.every((f) => files.has(f)));
  // The bundle contains lit and chart.js code: their licences must travel with it.
  const bundled = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'chart.js', '@kurkle/color'];
  const licences = existsSync('dist/cdn/LICENSES.md') ? readFileSync('dist/cdn/LICENSES.md', 'utf8') : '';
  const missingLicences = bundled.filter((name) => !licences.includes(`## ${name} - `));
  const banner = readFileSync('dist/cdn/tip-widgets.js', 'utf8').split('\n', 1)[0];
  check(
    'the CDN bundle ships the licences of what it bundles (LICENSES.md), and its first line says so',
    files.has('dist/cdn/LICENSES.md') && missingLicences.length === 0 && banner.startsWith('/*!') && banner.includes('LICENSES.md'),
    `missing: ${missingLicences.join(', ') || 'none'}; first line: ${banner.slice(0, 80)}`,
  );

  // ------------------------------------------------------------------------------------------
  section('install the tarball into a fresh project');
  const app = join(work, 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'tip-consumer', private: true, type: 'module' }, null, 2)}\n`);
  const install = run('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'], { cwd: app });
  if (!check('npm install <tarball> (lit and chart.js come as dependencies)', install.ok, install.ok ? '' : install.stderr.slice(-800))) throw new Error('install failed');
  const installed = join(app, 'node_modules', 'tip-widgets');
  check('lit and chart.js resolve from the consumer project', existsSync(join(app, 'node_modules/lit/package.json')) && existsSync(join(app, 'node_modules/chart.js/package.json')));

  // ------------------------------------------------------------------------------------------
  section('types: tsc against the installed package');
  writeFileSync(
    join(app, 'check.ts'),
    `import 'tip-widgets/stat-card.js';
import { TipStatCard, TipYoyChart, type Dataset } from 'tip-widgets';
import 'tip-widgets/yoy-chart.js';
import data from 'tip-widgets/data/serbia-2025.json' with { type: 'json' };

const el = document.createElement('tip-stat-card');
el.metric = 'convictions';
el.showBreakdown = true;
const card: TipStatCard = el;
// @ts-expect-error metric is a string, so the tag map gives the real class, not HTMLElement or any
el.metric = 42;
const chart: TipYoyChart = document.createElement('tip-yoy-chart');
chart.preset = 'law-enforcement';
const year: number = data.reportYear;
const dataset: Dataset | undefined = undefined;
export { card, chart, year, dataset };
`,
  );
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  // Our .d.ts files are checked in full once (skipLibCheck false, the slow part: it checks lit's too).
  for (const [name, options] of [
    ['bundler', { module: 'ESNext', moduleResolution: 'bundler', skipLibCheck: false }],
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true }],
  ]) {
    const config = {
      compilerOptions: { target: 'ES2022', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, resolveJsonModule: true, types: [], ...options },
      files: ['check.ts'],
    };
    writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
    const typed = run(process.execPath, [tsc, '-p', `tsconfig.${name}.json`], { cwd: app });
    check(`tsc (moduleResolution ${name}, skipLibCheck ${options.skipLibCheck}): createElement('tip-stat-card') is a TipStatCard`, typed.ok, (typed.stdout + typed.stderr).trim().slice(0, 800));
  }

  // ------------------------------------------------------------------------------------------
  section('server rendering from the installed package (tip-widgets/ssr, the tip-widgets CLI)');
  {
    const cli = run('npx', ['--no-install', 'tip-widgets', 'render', '--tag', 'tip-stat-card', 'metric=convictions'], { cwd: app });
    const printed = cli.ok && /^<tip-stat-card metric="convictions"><template [^>]*shadowrootmode="open"/.test(cli.stdout) && cli.stdout.includes('Traffickers convicted');
    check('npx tip-widgets render --tag tip-stat-card metric=convictions prints the card in a declarative shadow root', printed, printed ? `${(cli.stdout.length / 1000).toFixed(1)} kB` : (cli.stderr || cli.stdout).slice(0, 300));
    writeFileSync(join(app, 'ssr.mjs'), "import { renderHtml } from 'tip-widgets/ssr';\nprocess.stdout.write(await renderHtml('<html lang=\"sr\"><body><tip-tier-badge></tip-tier-badge></body></html>'));\n");
    const node = run(process.execPath, ['ssr.mjs'], { cwd: app });
    const serbian = node.ok && node.stdout.includes('Ниво 2');
    check("import { renderHtml } from 'tip-widgets/ssr' in Node renders a Serbian page's badge", serbian, serbian ? '' : (node.stderr || node.stdout).slice(0, 300));
    // The figure images (issue 26): the fonts ship in dist/fonts/, resvg comes as a dependency.
    check('the figure font (DejaVu Sans, regular and bold, and its licence) is in the tarball', ['dist/fonts/DejaVuSans.ttf', 'dist/fonts/DejaVuSans-Bold.ttf', 'dist/fonts/LICENSE'].every((f) => files.has(f)));
    const image = spawnSync('npx', ['--no-install', 'tip-widgets', 'image', '--tag', 'tip-stat-card', 'metric=convictions', 'locale=sr', '--size', '1080x1080'], { cwd: app, timeout: 60_000 });
    const png = image.status === 0 && image.stdout.subarray(1, 4).toString() === 'PNG' && image.stdout.readUInt32BE(16) === 1080 && image.stdout.readUInt32BE(20) === 1080;
    check('npx tip-widgets image --tag tip-stat-card metric=convictions locale=sr --size 1080x1080 writes a 1080×1080 PNG', png, png ? `${(image.stdout.length / 1000).toFixed(1)} kB` : String(image.stderr).slice(0, 300));
    writeFileSync(join(app, 'image.mjs'), "import { renderImage } from 'tip-widgets/ssr';\nconst { data, alt, width } = await renderImage('tip-tier-badge', { locale: 'sr' }, { format: 'svg', size: '1200x630' });\nprocess.stdout.write(JSON.stringify({ svg: data.includes('Ниво 2'), alt, width }));\n");
    const svg = run(process.execPath, ['image.mjs'], { cwd: app });
    const made = svg.ok && /"svg":true/.test(svg.stdout) && /"width":1200/.test(svg.stdout) && svg.stdout.includes('Ниво 2');
    check("import { renderImage } from 'tip-widgets/ssr' draws a Serbian SVG with its alt text", made, made ? '' : (svg.stderr || svg.stdout).slice(0, 300));
  }

  // ------------------------------------------------------------------------------------------
  section('bundle every entry point with Vite, open in Chromium');
  const entryPages = [
    {
      id: 'all',
      title: 'every entry point',
      script: [
        "import * as all from 'tip-widgets';",
        ...ELEMENTS.map((name) => `import 'tip-widgets/${name}.js';`),
        "import data from 'tip-widgets/data/serbia-2025.json';",
        "import manifest from 'tip-widgets/custom-elements.json';",
        'window.__entry = { exports: Object.keys(all), reportYear: data.reportYear, manifestTags: manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)) };',
      ].join('\n'),
      body: BODY,
    },
    ...ELEMENTS.map((name) => ({
      id: `only-${name}`,
      title: `only ${name}`,
      imports: [`tip-widgets/${name}.js`],
      body: BODY.split('\n').find((line) => line.startsWith(`<tip-${name}`)),
    })),
  ];
  await buildNpmPages({ work: join(work, 'vite'), pages: entryPages, nodeModules: join(app, 'node_modules'), logLevel: 'error' });
  const npmServer = await serve({ root: join(work, 'vite', 'www') });
  servers.push(npmServer);
  browser = await puppeteer.launch({ executablePath: chrome, args: chromeArgs(), headless: true });
  {
    const { page, context, errors } = await open(`${npmServer.url}/npm/all/index.html`);
    await assertRendered('all entry points', page, errors);
    const entry = await page.evaluate(() => window.__entry);
    check(
      "'tip-widgets' exports every element class, define and the data loaders",
      ['TipTierBadge', 'TipStatCard', 'TipYoyChart', 'TipRecommendationList', 'TipHotlineCallout', 'define'].every((n) => entry.exports.includes(n)),
      entry.exports.join(', '),
    );
    check("'tip-widgets/data/serbia-2025.json' imports the dataset", entry.reportYear === 2025, `reportYear ${entry.reportYear}`);
    check("'tip-widgets/custom-elements.json' lists the five tags", TAGS.every((t) => entry.manifestTags.includes(t)), entry.manifestTags.join(', '));
    await context.close();
  }
  for (const name of ELEMENTS) {
    const tag = `tip-${name}`;
    const { page, context, errors } = await open(`${npmServer.url}/npm/only-${name}/index.html`);
    await assertRendered(`'tip-widgets/${name}.js' alone`, page, errors, [tag]);
    const defined = await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    check(`'tip-widgets/${name}.js' registers <${tag}> and nothing else`, defined.length === 1 && defined[0] === tag, `defined: ${defined.join(', ')}`);
    await context.close();
  }

  // ------------------------------------------------------------------------------------------
  section('CDN bundle: static checks');
  const cdnDir = join(installed, 'dist', 'cdn');
  const cdnJs = readdirSync(cdnDir, { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(cdnDir, f));
  const absolute = [];
  for (const file of cdnJs) {
    const code = readFileSync(file, 'utf8');
    const specifiers = [...code.matchAll(/(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s*)["']([^"']+)["']/g)].map((m) => m[1]);
    for (const spec of specifiers) if (!spec.startsWith('./') && !spec.startsWith('../')) absolute.push(`${relative(cdnDir, file)} imports “${spec}”`);
    if (/\/work\/|127\.0\.0\.1|localhost:|file:\/\//.test(code)) absolute.push(`${relative(cdnDir, file)} contains a machine path or local URL`);
  }
  check('every import in dist/cdn is relative (no bare or absolute specifier, no machine path)', absolute.length === 0, absolute.slice(0, 5).join('; '));
  const integrity = JSON.parse(readFileSync(join(cdnDir, 'integrity.json'), 'utf8'));
  const { createHash } = await import('node:crypto');
  const wrong = Object.entries(integrity).filter(([file, hash]) => `sha384-${createHash('sha384').update(readFileSync(join(cdnDir, file))).digest('base64')}` !== hash);
  const unhashed = cdnJs.map((f) => relative(cdnDir, f)).filter((f) => !integrity[f]);
  check('integrity.json has the right sha384 of every CDN file', wrong.length === 0 && unhashed.length === 0, [...wrong.map(([f]) => `wrong: ${f}`), ...unhashed.map((f) => `missing: ${f}`)].join(', '));

  // ------------------------------------------------------------------------------------------
  section('CDN bundle in a browser: another folder, two URLs, cross-origin with SRI');
  // "jsDelivr": another origin serving the installed package under the same path as the real CDN.
  const cdnRoot = join(work, 'cdnhost');
  mkdirSync(join(cdnRoot, 'npm'), { recursive: true });
  symlinkSync(installed, join(cdnRoot, 'npm', `${pkg.name}@${pkg.version}`), 'dir');
  const cdnServer = await serve({ root: cdnRoot, headers: () => ({ 'access-control-allow-origin': '*' }) });
  servers.push(cdnServer);
  const CDN = `${cdnServer.url}/npm/${pkg.name}@${pkg.version}/dist/cdn`;
  // The site: the bundle self-hosted in two folders, and pages in a third.
  const site = join(work, 'site');
  mkdirSync(join(site, 'elsewhere', 'deep'), { recursive: true });
  mkdirSync(join(site, 'vendor'), { recursive: true });
  symlinkSync(cdnDir, join(site, 'assets-a'), 'dir');
  symlinkSync(cdnDir, join(site, 'vendor', 'tip-widgets'), 'dir');
  const page = (head, body = BODY) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>t</title>${head}</head><body>${body}</body></html>`;
  const write = (path, text) => writeFileSync(join(site, path), text);
  write('elsewhere/deep/folder.html', page('<script type="module" src="../../assets-a/tip-widgets.js"></script>'));
  write(
    'elsewhere/deep/twice.html',
    page(`<script type="module" src="${CDN}/tip-widgets.js"></script>\n<script type="module" src="../../vendor/tip-widgets/tip-widgets.js"></script>`),
  );
  const sri = (file) => `integrity="${integrity[file]}" crossorigin="anonymous"`;
  write(
    'elsewhere/sri.html',
    page(`<link rel="stylesheet" href="${CDN}/tip-widgets.css" ${sri('tip-widgets.css')}>\n<script type="module" src="${CDN}/tip-widgets.js" ${sri('tip-widgets.js')}></script>`),
  );
  const badHash = `sha384-${Buffer.alloc(48).toString('base64')}`;
  write('elsewhere/sri-bad.html', page(`<script type="module" src="${CDN}/tip-widgets.js" integrity="${badHash}" crossorigin="anonymous"></script>`));
  const importMap = (hashes) =>
    `<script type="importmap">${JSON.stringify({ integrity: Object.fromEntries(Object.entries(hashes).filter(([f]) => f.endsWith('.js')).map(([f, h]) => [`${CDN}/${f}`, h])) })}</script>`;
  write('elsewhere/sri-all.html', page(`${importMap(integrity)}\n<script type="module" src="${CDN}/tip-widgets.js" ${sri('tip-widgets.js')}></script>`));
  const tampered = Object.fromEntries(Object.entries(integrity).map(([f, h]) => [f, f.startsWith('chunks/') ? badHash : h]));
  write('elsewhere/sri-all-bad.html', page(`${importMap(tampered)}\n<script type="module" src="${CDN}/tip-widgets.js" ${sri('tip-widgets.js')}></script>`));
  // A ?ver= query, as some CMSs add: the lazy chunks then import a second copy of the bundle.
  write('elsewhere/deep/broken.json', '{');
  write(
    'elsewhere/deep/query.html',
    page(
      '<script type="module" src="../../assets-a/tip-widgets.js?ver=6.4"></script>',
      '<tip-stat-card metric="convictions" locale="sr">Осуђени трговци људима у 2024: 21</tip-stat-card>\n<tip-stat-card metric="convictions" src="broken.json">Traffickers convicted in 2024: 21</tip-stat-card>',
    ),
  );
  const siteServer = await serve({ root: site });
  servers.push(siteServer);

  {
    const { page: p, context, errors, requests } = await open(`${siteServer.url}/elsewhere/deep/folder.html`);
    await assertRendered('page in /elsewhere/deep/ loading ../../assets-a/tip-widgets.js', p, errors);
    const chunks = requests.filter((u) => u.includes('/chunks/'));
    check('its chunks resolve next to the bundle (import.meta.url), not next to the page', chunks.length > 0 && chunks.every((u) => u.startsWith(`${siteServer.url}/assets-a/chunks/`)), chunks.slice(0, 3).join(', '));
    await context.close();
  }
  {
    const { page: p, context, errors } = await open(`${siteServer.url}/elsewhere/deep/query.html`, { init: countDefines });
    try {
      await widgetsSettled(p, 20_000);
    } catch (error) {
      errors.push(error.message);
    }
    const [serbian, broken] = await p.evaluate(() => [...document.querySelectorAll('tip-stat-card')].map((el) => el.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));
    const { defineErrors } = await p.evaluate(() => ({ defineErrors: window.__defineErrors }));
    check(
      'bundle loaded as tip-widgets.js?ver=6.4: Serbian (a lazy chunk) renders, a bad src names its reason, no errors',
      /Осуђени трговци људима/.test(serbian ?? '') && /not valid JSON/.test(broken ?? '') && errors.length === 0 && defineErrors.length === 0,
      [serbian?.slice(0, 60), broken?.slice(0, 120), ...errors, ...defineErrors].join(' | '),
    );
    await context.close();
  }
  {
    const { page: p, context, errors, requests } = await open(`${siteServer.url}/elsewhere/deep/twice.html`, { init: countDefines });
    await assertRendered('bundle loaded twice (CDN origin + self-hosted copy)', p, errors);
    const both = [`${CDN}/tip-widgets.js`, `${siteServer.url}/vendor/tip-widgets/tip-widgets.js`].every((u) => requests.includes(u));
    const { defines, defineErrors } = await p.evaluate(() => ({ defines: window.__defines, defineErrors: window.__defineErrors }));
    check('both copies were fetched and ran', both);
    check('each element is defined exactly once, and no define() threw', TAGS.every((t) => defines[t] === 1) && defineErrors.length === 0, JSON.stringify(defines) + defineErrors.join('; '));
    await context.close();
  }
  {
    const { page: p, context, errors } = await open(`${siteServer.url}/elsewhere/sri.html`);
    await assertRendered('cross-origin with integrity + crossorigin (hashes from integrity.json)', p, errors);
    await context.close();
  }
  {
    const { page: p, context, errors } = await open(`${siteServer.url}/elsewhere/sri-bad.html`);
    await new Promise((r) => setTimeout(r, 800));
    const defined = await p.evaluate((tags) => tags.filter((t) => customElements.get(t)), TAGS);
    check('a wrong integrity hash blocks the bundle (SRI is enforced, so the test above can fail)', defined.length === 0 && errors.some((e) => /integrity/i.test(e)), `defined: ${defined.join(', ') || 'none'}`);
    await context.close();
  }
  {
    const { page: p, context, errors } = await open(`${siteServer.url}/elsewhere/sri-all.html`);
    await assertRendered('import map "integrity" for every chunk (SRI for lazy chunks too)', p, errors);
    await context.close();
  }
  {
    const { context, errors } = await open(`${siteServer.url}/elsewhere/sri-all-bad.html`);
    await new Promise((r) => setTimeout(r, 1500));
    const blocked = errors.filter((e) => /integrity|chunks\//i.test(e));
    check('a wrong chunk hash in the import map blocks that chunk', blocked.length > 0, blocked[0] ?? 'nothing blocked');
    await context.close();
  }

  // ------------------------------------------------------------------------------------------
  section('docs/embed.md: every no-build snippet, in its CMS-like page');
  const doc = readFileSync('docs/embed.md', 'utf8');
  const snippets = [...doc.matchAll(/<!-- example: ([\w-]+) in ([\w-]+\.html) -->\s*\n```html\n([\s\S]*?)\n```/g)].map((m) => ({ id: m[1], wrapper: m[2], html: m[3] }));
  check('docs/embed.md has tried snippets (plain HTML, WordPress, Drupal, Ghost; with and without SRI)', snippets.length >= 6, snippets.map((s) => s.id).join(', '));
  const docsSite = join(site, 'docs');
  mkdirSync(docsSite, { recursive: true });
  const publishedBase = `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn`;
  for (const snippet of snippets) {
    let code = snippet.html;
    const wrongVersion = [...code.matchAll(/cdn\.jsdelivr\.net\/npm\/tip-widgets@([^/]+)\//g)].filter((m) => m[1] !== pkg.version);
    check(`${snippet.id}: CDN URLs name version ${pkg.version}`, wrongVersion.length === 0, wrongVersion.map((m) => m[1]).join(', '));
    // Fallback text inside each tag: what readers see before the upgrade and without JavaScript.
    const empty = [...code.matchAll(/<(tip-[\w-]+)([^>]*)>([\s\S]*?)<\/\1>/g)].filter((m) => !m[3].trim()).map((m) => m[1]);
    check(`${snippet.id}: every tag has fallback text inside`, empty.length === 0, empty.join(', '));
    for (const m of code.matchAll(new RegExp(`${publishedBase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/([\\w./-]+)"[^>]*?integrity="([^"]+)"`, 'g'))) {
      const [, file, hash] = m;
      if (hash !== integrity[file]) {
        const message = `${snippet.id}: the SRI hash of ${file} in docs/embed.md is not this build's (update it from dist/cdn/integrity.json when publishing)`;
        if (strictDocs) check(message, false);
        else console.log(`  ! ${message}; trying the snippet with this build's hash`);
        code = code.replace(hash, integrity[file]);
      }
    }
    code = code.replaceAll(publishedBase, CDN);
    const wrapper = readFileSync(join('docs/examples', snippet.wrapper), 'utf8');
    if (!check(`${snippet.id}: docs/examples/${snippet.wrapper} has a <!-- SNIPPET --> slot`, wrapper.includes('<!-- SNIPPET -->'))) continue;
    writeFileSync(join(docsSite, `${snippet.id}.html`), wrapper.replace('<!-- SNIPPET -->', code));
    const pageHtml = readFileSync(join(docsSite, `${snippet.id}.html`), 'utf8');
    const tags = [...new Set([...pageHtml.matchAll(/<(tip-[\w-]+)/g)].map((m) => m[1]))];
    {
      const { page: p, context, errors } = await open(`${siteServer.url}/docs/${snippet.id}.html`);
      // A figure (a digit) in every widget: the preset or metric a snippet uses is its own choice.
      await assertRendered(`${snippet.id} (${snippet.wrapper})`, p, errors, tags, {});
      await context.close();
    }
    {
      const { page: p, context } = await open(`${siteServer.url}/docs/${snippet.id}.html`, { javaScript: false });
      const shown = await p.evaluate((list) => list.map((t) => [t, document.querySelector(t)?.innerText.trim() ?? '']), tags);
      const blank = shown.filter(([, text]) => !text).map(([t]) => t);
      check(`${snippet.id}: without JavaScript the fallback text is visible`, blank.length === 0, blank.join(', '));
      await context.close();
    }
  }

  // ------------------------------------------------------------------------------------------
  if (skipFrameworks) {
    console.log('\nframework snippets: skipped (--no-frameworks)');
  } else {
    await frameworkSnippets({ doc: readFileSync('docs/embed.md', 'utf8'), tarball: join(work, `${pkg.name}-${pkg.version}.tgz`) });
  }
} catch (error) {
  check('test-package ran to the end', false, error?.stack ?? String(error));
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
  if (keep) console.log(`\nkept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

console.log(`\ne2e/package: ${((Date.now() - started) / 1000).toFixed(1)} s`);
finish();
