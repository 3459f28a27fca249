// `npm run gen:elements`: writes what the registry of elements (src/elements.mjs) decides into the
// files that must name each element: the entry files src/<name>.ts, marked regions of src/index.ts,
// src/ssr.ts, src/cdn.ts, src/cdn/elements.ts, src/i18n/messages.ts (the message key type), src/figure/messages.ts and
// bin/tip-widgets.mjs, and the "exports" and "sideEffects" of
// package.json. `--check` (run by `npm test`) writes nothing and fails when any of them is stale.
//
// A marked region is the lines between `// generated: elements (npm run gen:elements)` and
// `// end generated: elements`; the rest of each file is hand-written and left as it is. The
// generated code is what was hand-written before, so the built bytes do not change.
import { readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { ELEMENTS, TAGS } from '../src/elements.mjs';

const check = process.argv.includes('--check');
const START = '// generated: elements (npm run gen:elements)';
const END = '// end generated: elements';
const stale = [];

/** Writes `text` to `file`, or (--check) records the file when it differs. */
function put(file, text) {
  let current;
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) return;
  if (check) stale.push(file);
  else writeFileSync(file, text);
}

/** `file` with the lines of each of its marked regions, in order, replaced by one of `blocks`, at the region's indentation. */
function region(file, ...blocks) {
  const text = readFileSync(file, 'utf8');
  let out = '';
  let at = 0;
  for (const lines of blocks) {
    const start = text.indexOf(START, at);
    const end = text.indexOf(END, start);
    if (start < 0 || end < 0) throw new Error(`generate/element-lists: ${file} has fewer than ${blocks.length} regions between “${START}” and “${END}”.`);
    const indent = text.slice(text.lastIndexOf('\n', start) + 1, start);
    out += `${text.slice(at, start + START.length)}\n${lines.map((line) => `${indent}${line}\n`).join('')}${indent}`;
    at = end;
  }
  if (text.indexOf(START, at) >= 0) throw new Error(`generate/element-lists: ${file} has more regions than the ${blocks.length} it is given.`);
  put(file, out + text.slice(at));
}

// The entry files: `import 'tip-widgets/<name>.js'` registers one element.
for (const { name, entryNote } of ELEMENTS) {
  const head = `// Entry point: registers <tip-${name}> alone (\`import 'tip-widgets/${name}.js'\`)${entryNote ? `; ${entryNote}` : ''}.`;
  put(`src/${name}.ts`, `${head}\nexport * from './components/${name}/${name}.js';\n`);
}

region(
  'src/index.ts',
  ELEMENTS.map(({ name }) => `export * from './components/${name}/${name}.js';`),
);

region('src/ssr.ts', [
  `import { ${ELEMENTS.map((e) => e.className).sort().join(', ')} } from './index.js';`,
  '',
  '/** The tags this package renders; any other tag in a page is left as it is. */',
  `export const TAGS = [${TAGS.map((t) => `'${t}'`).join(', ')}] as const;`,
  'export type Tag = (typeof TAGS)[number];',
  '',
  "// Named, not a bare `import './index.js'`: the build drops an import it believes side-effect free.",
  'const CLASSES: Record<Tag, CustomElementConstructor> = {',
  ...ELEMENTS.map(({ name, className }) => `  'tip-${name}': ${className},`),
  '};',
]);

region(
  'src/cdn/elements.ts',
  ELEMENTS.map(({ name }) => `'tip-${name}': first(() => import('../components/${name}/${name}.js')),`),
);

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
region(
  'src/i18n/messages.ts',
  ELEMENTS.map(({ name }) => `import type { messages as ${camel(name)} } from '../components/${name}/${name}.messages.js';`),
  [
    "/** Every message key of every element: each locale pack's catalog must have them all. */",
    'export type MessageKey =',
    '  | keyof typeof shared',
    // The quick exit's catalog (hotline-callout/exit.messages.ts), imported beside this region.
    '  | keyof typeof quickExit',
    ...ELEMENTS.map(({ name }, i) => `  | keyof typeof ${camel(name)}${i === ELEMENTS.length - 1 ? ';' : ''}`),
  ],
);

region('src/figure/messages.ts', [
  ...ELEMENTS.map(({ name }) => `import { messages as ${camel(name)} } from '../components/${name}/${name}.messages.js';`),
  '',
  `const CATALOGS = [${ELEMENTS.map(({ name }) => camel(name)).join(', ')}];`,
]);

region('src/cdn.ts', [
  '/** The whole library: every element class (each registered), and what `./cdn/library.js` exports. */',
  "type Library = Omit<typeof import('./cdn/library.js'), 'assemble'> &",
  ...ELEMENTS.map(({ name }, i) => `  typeof import('./components/${name}/${name}.js')${i === ELEMENTS.length - 1 ? ';' : ' &'}`),
]);

region('bin/tip-widgets.mjs', [`const TAG_LIST = '${TAGS.join(', ')}';`]);

// package.json: one export and one side-effect file per element entry, in registry order, among
// the package's other entries (kept as they are).
const pkgText = readFileSync('package.json', 'utf8');
const pkg = JSON.parse(pkgText);
const entryKey = (name) => `./${name}.js`;
const isElementKey = (key) => /^\.\/[a-z-]+\.js$/.test(key) && !['./hydrate.js'].includes(key);
const rest = Object.entries(pkg.exports).filter(([key]) => key !== '.' && !isElementKey(key));
const exports = Object.fromEntries([
  ['.', pkg.exports['.']],
  ...ELEMENTS.map(({ name }) => [entryKey(name), { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` }]),
  ...rest,
]);
const elementEffect = (file) => /^\.\/dist\/[a-z-]+\.js$/.test(file) && !['./dist/index.js', './dist/hydrate.js', './dist/ssr.js'].includes(file);
const componentEffect = (file) => file.startsWith('./dist/components/');
const others = pkg.sideEffects.filter((file) => file !== './dist/index.js' && !elementEffect(file) && !componentEffect(file) && file !== './dist/cdn/tip-widgets.js');
const sideEffects = [
  './dist/index.js',
  ...ELEMENTS.map(({ name }) => `./dist/${name}.js`),
  ...others,
  ...ELEMENTS.map(({ name }) => `./dist/components/${name}/${name}.js`),
  './dist/cdn/tip-widgets.js',
];
if (!isDeepStrictEqual(pkg.exports, exports) || !isDeepStrictEqual(pkg.sideEffects, sideEffects) || JSON.stringify(Object.keys(pkg.exports)) !== JSON.stringify(Object.keys(exports))) {
  pkg.exports = exports;
  pkg.sideEffects = sideEffects;
  put('package.json', `${JSON.stringify(pkg, null, 2)}\n`);
}

if (stale.length) {
  console.error(`generate/element-lists: stale (run npm run gen:elements): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(check ? `generate/element-lists: ${ELEMENTS.length} elements, every derived file matches src/elements.mjs.` : `generate/element-lists: ${ELEMENTS.length} elements written.`);
