// Writes types/ from custom-elements.json and the dataset: JSX types (React 19, Preact, Solid), Vue and
// Svelte types, VS Code custom HTML/CSS data and JetBrains web-types. `--check` fails when they are stale.
//
// Run by `npm run analyze` right after the analyzer, so whoever regenerates the manifest regenerates
// these. Nothing here lists a tag or an attribute: they all come from the manifest. The generators
// are the field's own (pinned devDependencies); what this script adds is the view of the manifest
// they are given (see `forGenerators`) and the metric ids from the dataset.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const OUT = 'types';
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const dataset = JSON.parse(readFileSync('data/serbia-2025.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * Attributes whose value is one metric id of the dataset. Typed as the bundled ids or any string
 * (`'convictions' | … | (string & {})`): editors offer the 54 ids, while a page with its own
 * dataset (`src`, `data`) may use ids of its own, so a wrong id is a completion miss, not a type
 * error. `metrics` of the chart (a comma-separated list) stays a string. A renamed attribute fails
 * here instead of silently losing its completions.
 */
const METRIC_ID_ATTRIBUTES = [['tip-stat-card', 'metric']];
// `metrics` is keyed by id, in the report's order (the order editors list them in).
const metricIds = Object.keys(dataset.metrics);
if (metricIds.length === 0 || metricIds.some((id) => !/^[a-z0-9-]+$/.test(id))) {
  console.error('generate/framework-types: data/serbia-2025.json has no metrics, or an id that is not kebab-case.');
  process.exit(1);
}
const METRIC_IDS = metricIds.map((id) => `'${id}'`).join(' | ');
const METRIC_ID_TYPE = `${METRIC_IDS} | (string & {})`;

/**
 * The manifest as the generators should see it (a copy; the file is not changed):
 * - only tagged elements, in the order of their tags. The base class `TipElement` has no tag, and its attributes are already
 *   listed (as inherited) on each element; given to the generators, it would become an import of
 *   `TipElement` from an entry point that does not exist.
 * - public, writable members only: private and protected ones are not the API (the generators
 *   would list protected methods in the docs), and a template cannot set read-only ones
 *   (`loadComplete`, `resolvedLocale`), whose types name internal types a self-contained types
 *   file cannot import.
 * - metric-id attributes (above) typed with the dataset's ids; `closedIds` for VS Code, whose
 *   generator turns each member of the union into a suggested value (and would suggest
 *   `(string & {})`); its suggestions never reject another value anyway.
 * - event types with their detail: the manifest says `CustomEvent` (from `@fires`), which the JSX
 *   generator would type as a bare `Event` (no `detail`). It gets `CustomEvent<detail>`, and the
 *   Vue and Svelte generators, which write `CustomEvent<type>` themselves (`eventTypes: 'detail'`),
 *   get the detail alone; given `CustomEvent` they would import it from our modules as if it were
 *   ours. The detail is `unknown` until a `@fires {CustomEvent<…>}` in the JSDoc says more.
 * - `camelAttributes` for Vue: vue-tsc camel-cases a template's attribute names before it looks
 *   them up (`show-breakdown` → `showBreakdown`), so a `"show-breakdown"` key would never be
 *   checked: `:show-breakdown="1"` passed. The attribute's own name is camel-cased (`local-name` →
 *   `localName`, not its property `localOrg`), because that is what the template says.
 */
/**
 * The dataset's types, which the package's main entry exports (`export type * from
 * './data/types.js'`): read from that file, so a new type needs no change here.
 */
const DATA_TYPES = [...readFileSync('src/data/types.ts', 'utf8').matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);

/**
 * An event's detail type as the manifest has it (`{ dataset: Dataset }`: the analyzer drops the
 * JSDoc's `import('tip-widgets').`), with each dataset type named through the package, so the
 * generated files need no import of their own: `{ dataset: import("tip-widgets").Dataset }`.
 */
function qualify(type) {
  return type.replace(/\b[A-Z]\w*\b/g, (name) => (DATA_TYPES.includes(name) ? `import("tip-widgets").${name}` : name));
}

function forGenerators({ eventTypes, closedIds = false, camelAttributes = false }) {
  const copy = structuredClone(manifest);
  copy.modules = copy.modules
    .map((mod) => {
      const tagged = new Set((mod.declarations ?? []).filter((d) => d.tagName).map((d) => d.name));
      return {
        ...mod,
        declarations: (mod.declarations ?? []).filter((d) => tagged.has(d.name)),
        exports: (mod.exports ?? []).filter((e) => tagged.has(e.declaration?.name)),
      };
    })
    .filter((mod) => mod.declarations.length > 0)
    // By tag, so the files change when an element does, not when the analyzer's order does.
    .sort((a, b) => a.declarations[0].tagName.localeCompare(b.declarations[0].tagName));
  const elements = copy.modules.flatMap((mod) => mod.declarations);
  for (const element of elements) {
    element.members = (element.members ?? []).filter((m) => (m.privacy ?? 'public') === 'public' && !m.readonly);
    for (const event of element.events ?? []) {
      const detail = qualify(/^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1] ?? 'unknown');
      event.type = { text: eventTypes === 'detail' ? detail : `CustomEvent<${detail}>` };
    }
  }
  for (const [tag, name] of METRIC_ID_ATTRIBUTES) {
    const element = elements.find((e) => e.tagName === tag);
    const attribute = element?.attributes?.find((a) => a.name === name);
    if (!attribute) {
      console.error(`generate/framework-types: custom-elements.json has no attribute "${name}" on <${tag}>; update METRIC_ID_ATTRIBUTES.`);
      process.exit(1);
    }
    const type = { text: closedIds ? METRIC_IDS : METRIC_ID_TYPE };
    attribute.type = type;
    const member = element.members.find((m) => m.name === attribute.fieldName);
    if (member) member.type = type;
  }
  if (camelAttributes) {
    for (const element of elements) {
      for (const attribute of element.attributes ?? []) attribute.name = attribute.name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    }
  }
  return copy;
}

/**
 * Replaces each `[from, to, times = 1]` in `file`; throws unless `from` is there exactly `times`
 * times, so a generator that changes (or fixes) its output is noticed here.
 */
function replaceOnce(file, pairs) {
  let text = readFileSync(file, 'utf8');
  for (const [from, to, times = 1] of pairs) {
    const found = text.split(from).length - 1;
    if (found !== times) throw new Error(`generate/framework-types: expected "${from}" ${times} time(s) in ${file}, found ${found}; has the generator changed?`);
    text = text.replaceAll(from, to);
  }
  writeFileSync(file, text);
}

/** Each tag's own entry point (`tip-widgets/stat-card.js`), the one that registers it. */
const entryOf = (name, tag) => `${pkg.name}/${tag.replace(/^tip-/, '')}.js`;

function generate(outdir) {
  const quiet = { hideLogs: true };
  // React 19, Preact and Solid: `CustomElements` (and `CustomElementsSolidJs`) to extend each
  // framework's `JSX.IntrinsicElements`. Attribute types come from the manifest (`useCemTypes`), so
  // the metric ids reach them; the element classes are imported (types only) for refs and events.
  generateJsxTypes(forGenerators({}), {
    outdir,
    fileName: 'jsx.d.ts',
    componentTypePath: entryOf,
    useCemTypes: true,
    stronglyTypedEvents: true,
    ...quiet,
  });
  // Vue and Svelte: no `componentTypePath`, so the types are written out from the manifest and the
  // files import nothing (they stay global declaration files, which `svelteHTML` needs).
  const vue = forGenerators({ eventTypes: 'detail', camelAttributes: true });
  generateVuejsTypes(vue, { outdir, fileName: 'vue.d.ts', ...quiet });
  // The same camel-casing for events: vue-tsc looks `@tip-error` up as `onTipError`, and the
  // generator writes `"ontip-error"`, so handlers were untyped (`(e) => …` an implicit any).
  // Only the keys change; the docs in the file keep the events' real names.
  const events = vue.modules.flatMap((mod) => mod.declarations.flatMap((d) => (d.events ?? []).map((e) => e.name)));
  replaceOnce(
    join(outdir, 'vue.d.ts'),
    [...new Set(events)].map((name) => [`"on${name}"?:`, `on${name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}?:`, events.filter((e) => e === name).length]),
  );
  generateSvelteTypes(forGenerators({ eventTypes: 'detail' }), { outdir, fileName: 'svelte.d.ts', ...quiet });
  // The Svelte generator's shared props name a global `JSX` namespace, which a Svelte app does not
  // have: with `skipLibCheck: false`, svelte-check fails on it. No option changes that text, so it
  // is replaced with Svelte's own types (`children` is a Snippet, `style` a string in
  // svelte/elements). `replaceOnce` fails when the text is gone, so a fixed generator is noticed.
  replaceOnce(join(outdir, 'svelte.d.ts'), [
    ['children?: JSX.Element;', 'children?: import("svelte").Snippet;'],
    ['style?: JSX.CSSProperties;', 'style?: string;'],
  ]);
  if (/\bJSX\./.test(readFileSync(join(outdir, 'svelte.d.ts'), 'utf8'))) throw new Error('generate/framework-types: svelte.d.ts still names the JSX namespace.');
  generateVsCodeCustomElementData(forGenerators({ closedIds: true }), {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    ...quiet,
  });
  generateJetBrainsWebTypes(forGenerators({}), { outdir, webTypesFileName: 'web-types.json', packageJson: false, ...quiet });
}

const scratch = mkdtempSync(join(tmpdir(), 'tip-gen-types-'));
try {
  // The generators log through console even when asked not to; keep `npm test` output readable.
  const log = console.log;
  console.log = () => {};
  try {
    generate(scratch);
  } finally {
    console.log = log;
  }
  const written = readdirSync(scratch).sort();
  if (check) {
    const stale = written.filter((file) => {
      try {
        return readFileSync(join(OUT, file), 'utf8') !== readFileSync(join(scratch, file), 'utf8');
      } catch {
        return true;
      }
    });
    let extra = [];
    try {
      extra = readdirSync(OUT).filter((file) => !written.includes(file));
    } catch {
      // no types/ at all: every file is stale, said above
    }
    if (stale.length || extra.length) {
      console.error(`types/ is stale (${[...stale, ...extra.map((f) => `${f}, no longer generated`)].join(', ')}): run \`npm run analyze\` and commit it.`);
      process.exit(1);
    }
    console.log(`types/ matches custom-elements.json and the dataset (${written.length} files).`);
  } else {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const file of written) writeFileSync(join(OUT, file), readFileSync(join(scratch, file)));
    console.log(`generate/framework-types: wrote ${written.map((f) => `${OUT}/${f}`).join(', ')}.`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
