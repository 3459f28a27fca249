// `npm run build`, after the npm and CDN builds: dist/widgets.json, the one description of the widgets
// that every delivery path reads (the WordPress plugin's allow-list, shortcodes and block controls;
// a future Drupal or CKEditor integration): each tag with its label, summary, attributes (name,
// description and how to check a value: text, boolean, an enumeration with its values, a metric
// id, a url) and its fallback sentences, and the dataset's metric ids and labels.
//
// Derived at build time from custom-elements.json (tags, attributes, enumerated values), the
// registry (src/elements.mjs: the build fails when the manifest and the registry disagree) and the
// bundled dataset (fallback sentences, through src/data/fallback.ts compiled for Node): never a hand
// copy that could drift. Shipped in the npm package as `tip-widgets/widgets.json`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { TAGS } from '../src/elements.mjs';

/** The fallback sentence function from src/, compiled for Node (the one Storybook's builder uses). */
async function loadFallbackText() {
  const outDir = '.tmp/widgets-gen';
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ssr: 'src/data/fallback.ts', outDir, emptyOutDir: true, minify: false, rolldownOptions: { output: { entryFileNames: 'fallback.mjs' } } },
  });
  const { fallbackText } = await import(pathToFileURL(join(outDir, 'fallback.mjs')).href);
  return fallbackText;
}

/** How an integration checks a value of `attribute`, from its type in the manifest. */
function kindOf(attribute, dataset) {
  if (attribute.name === 'src') return { kind: 'url' };
  if (attribute.name === 'metric') return { kind: 'metric', values: Object.keys(dataset.metrics) };
  const type = attribute.type?.text ?? 'string';
  const literals = type.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined');
  // `boolean`, or an optional one (`quickExit?: boolean`: absent until set, so "never set" can be told apart).
  if (literals.length === 1 && literals[0] === 'boolean') return { kind: 'boolean' };
  if (literals.length && literals.every((t) => /^'[^']*'$/.test(t))) return { kind: 'enum', values: literals.map((t) => t.slice(1, -1)) };
  return { kind: 'text' };
}

/** The description: `{ version, widgets: { [tag]: … }, metrics: { [id]: label } }`. Throws when the manifest and the registry disagree. */
export async function describeWidgets() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const dataset = JSON.parse(readFileSync('data/serbia-2025.json', 'utf8'));
  const fallbackText = await loadFallbackText();
  const widgets = {};
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName?.startsWith('tip-')) continue;
      const tag = decl.tagName;
      const words = tag.replace(/^tip-/, '').replace(/-/g, ' ');
      const metricAttribute = decl.attributes?.find((a) => a.name === 'metric');
      widgets[tag] = {
        label: words.charAt(0).toUpperCase() + words.slice(1),
        summary: decl.summary ?? '',
        attributes: (decl.attributes ?? []).map((a) => ({ name: a.name, description: a.description ?? '', ...kindOf(a, dataset) })),
        fallback: fallbackText(dataset, tag, []),
        ...(metricAttribute
          ? {
              defaultMetric: 'victims-identified',
              fallbacks: Object.fromEntries(Object.keys(dataset.metrics).map((id) => [id, fallbackText(dataset, tag, [['metric', id]])])),
            }
          : {}),
      };
    }
  }
  if (JSON.stringify(Object.keys(widgets).sort()) !== JSON.stringify([...TAGS].sort())) {
    throw new Error(`custom-elements.json has ${Object.keys(widgets).join(', ')}; the registry (src/elements.mjs) ${TAGS.join(', ')}. Run npm run analyze.`);
  }
  return {
    version: pkg.version,
    widgets,
    metrics: Object.fromEntries(Object.entries(dataset.metrics).map(([id, m]) => [id, m.label])),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    writeFileSync('dist/widgets.json', `${JSON.stringify(await describeWidgets(), null, 1)}\n`);
    console.log('build: dist/widgets.json (the widgets described for every delivery path)');
  } catch (error) {
    console.error(`build-tools/widgets: ${error.message}`);
    process.exit(1);
  }
}
