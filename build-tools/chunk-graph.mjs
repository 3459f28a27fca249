// A plugin of the CDN build (vite.config.ts): writes into the loader which chunks each element needs,
// and adds one file per set of elements a page may show together.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { minify } from 'terser';
import { TERSER_OPTIONS } from './terser-options.mjs';

/** rolldown's JS API, from Vite's own dependencies: the bundler Vite 8 builds with, so no second copy. */
async function rolldownOfVite() {
  const require = createRequire(fileURLToPath(import.meta.resolve('vite')));
  return (await import(pathToFileURL(require.resolve('rolldown')).href)).rolldown;
}

/** The masks of every set of two or more of `count` elements: bit i is the i-th element. */
function setMasks(count) {
  const masks = [];
  for (let mask = 1; mask < 1 << count; mask++) if (mask & (mask - 1)) masks.push(mask);
  return masks;
}

/**
 * One file holding the element chunks `files` (fileName → { code, map }), re-bundled by rolldown
 * with every other chunk (the shared one, data, take-over, chart.js) left external under its own
 * relative address, then minified by terser with the build's options. Source maps chain through
 * both steps to the original sources (without their content). Imports the chunks for what they do
 * (each element defines its tag); exports nothing.
 */
async function combine(rolldown, dir, files) {
  const path = (fileName) => resolve(dir, fileName);
  const inputs = new Map([...files].map(([fileName, chunk]) => [path(fileName), chunk]));
  const entry = '\0tip-element-set';
  const bundle = await rolldown({
    input: entry,
    logLevel: 'warn',
    onLog(level, log) {
      throw new Error(`tip-chunk-graph: rolldown ${level} while combining ${[...files.keys()].join(', ')}: ${log.message}`);
    },
    plugins: [
      {
        name: 'tip-element-chunks',
        resolveId(source, importer) {
          if (source === entry) return entry;
          const id = resolve(importer === entry ? resolve(dir, 'chunks') : dirname(importer ?? ''), source);
          return inputs.has(id) ? id : { id: source, external: true };
        },
        load(id) {
          if (id === entry) return [...files.keys()].map((fileName) => `import ${JSON.stringify(`./${basename(fileName)}`)};`).join('\n');
          const chunk = inputs.get(id);
          return chunk && { code: chunk.code, map: chunk.map };
        },
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es', sourcemap: true, dir: resolve(dir, 'chunks'), entryFileNames: 'set.js' });
    const made = output.filter((file) => file.type === 'chunk');
    if (made.length !== 1) throw new Error(`tip-chunk-graph: combining ${[...files.keys()].join(', ')} gave ${made.length} chunks, not one`);
    const [chunk] = made;
    // The map has no sourcesContent: the sources are in the element chunks' own maps, and 26
    // copies of them would add 1.9 MB to the package (0.5 MB gzip). Without content it costs 0.1 MB
    // gzip, and still lets the bench and checks/size.mjs attribute every byte to its source.
    const minified = await minify(chunk.code, { ...TERSER_OPTIONS, sourceMap: { content: chunk.map.toString() } });
    return { code: minified.code, map: JSON.parse(minified.map) };
  } finally {
    await bundle.close();
  }
}

/**
 * Replaces the placeholder object `{ __TIP_CHUNK_GRAPH__: 0 }` in tip-widgets.js (src/cdn/autoload.ts)
 * with, for each tag (and for `library`, the whole library), the chunks its element chunk imports
 * statically (lit, the base class, the data loader…), as paths relative to tip-widgets.js. The
 * loader fetches them beside the element chunk instead of after it: Vite's lib mode has no preload
 * helper, and without this a card would wait one more round trip (the element chunk, then what it
 * imports). Runs on the final, minified code, where only that object literal changes.
 *
 * Adds, for every set of two or more elements (26 of five), one file holding exactly their
 * chunks, `chunks/elements-<hash>-<mask>.js`: the loader imports it for a page that shows those
 * elements together (one gzip window instead of one per element: 8.6 kB of code as four files
 * was 6.4 kB as one). The hash is one for all of them (of all their code), and the mask has bit i
 * for the i-th tag of the loader's table, so the loader computes a name from a set with no list
 * of names; the graph's `sets` is the address up to the mask. Each file is its element chunks
 * re-bundled with every other chunk kept external, so the shared chunk, the data and chart.js
 * are still fetched once, and minified as the build minifies (build-tools/terser-options.mjs).
 *
 * Also fails the build when a chunk imports tip-widgets.js back: the loader must share no module
 * with the chunks, or a bundle loaded under a `?ver=` address would make them load a second copy.
 *
 * @param {readonly string[]} elements element folder names (`stat-card`…), in the order of the
 *   loader's table (src/cdn/elements.ts, checked here); the tag is `tip-<name>`
 */
export function chunkGraph(elements) {
  let outDir = 'dist/cdn';
  return {
    name: 'tip-chunk-graph',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (fileName, seen = new Set()) => {
        for (const dep of byFile.get(fileName)?.imports ?? []) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          closure(dep, seen);
        }
        return seen;
      };
      const entry = chunks.find((c) => c.isEntry && c.name === 'tip-widgets');
      const placeholder = /\{\s*(["'`]?)__TIP_CHUNK_GRAPH__\1\s*:\s*0\s*\}/;
      if (!entry || !placeholder.test(entry.code)) this.error('tip-chunk-graph: the loader\'s placeholder is not in tip-widgets.js');
      const holding = (suffix) => chunks.find((c) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(suffix)));
      // The masks name tags by their place in the loader's table: the same order as `elements`.
      const table = entry.moduleIds.find((id) => id.replace(/\\/g, '/').endsWith('/src/cdn/elements.ts'));
      const order = table ? [...readFileSync(table, 'utf8').matchAll(/^\s*'(tip-[a-z-]+)':/gm)].map((m) => m[1]) : [];
      if (order.join() !== elements.map((name) => `tip-${name}`).join()) {
        this.error(`tip-chunk-graph: the loader's tags (${order.join(', ')}) are not in the order of the elements given (${elements.join(', ')})`);
      }
      const graph = {};
      const elementChunks = [];
      for (const name of elements) {
        // By module, not by facade: rolldown does not mark an element's chunk as a dynamic entry
        // when library.ts (the whole library, also lazy) imports the same module.
        const module = `/src/components/${name}/${name}.ts`;
        const chunk = holding(module);
        if (!chunk) this.error(`tip-chunk-graph: no chunk holds src${module}`);
        graph[`tip-${name}`] = [...closure(chunk.fileName)].filter((file) => file !== entry.fileName).sort();
        elementChunks.push(chunk);
      }
      // library() too: it imports every element chunk and what they share.
      const library = holding('/src/cdn/library.ts');
      if (library) graph.library = [library.fileName, ...closure(library.fileName)].filter((file) => file !== entry.fileName).sort();
      const back = chunks.filter((c) => c.imports.includes(entry.fileName) || c.dynamicImports.includes(entry.fileName));
      if (back.length) this.error(`tip-chunk-graph: ${back.map((c) => c.fileName).join(', ')} import tip-widgets.js; the loader must share no module with the chunks`);

      const rolldown = await rolldownOfVite();
      // Each chunk with its map as written beside it (an earlier plugin may have printed it again).
      const mapOf = (c) => (bundle[`${c.fileName}.map`]?.type === 'asset' ? String(bundle[`${c.fileName}.map`].source) : (c.map?.toString() ?? null));
      const inputs = elementChunks.map((c) => [c.fileName, { code: c.code, map: mapOf(c) }]);
      const masks = setMasks(elementChunks.length);
      const sets = await Promise.all(masks.map((mask) => combine(rolldown, outDir, new Map(inputs.filter((_, i) => mask & (1 << i))))));
      const hash = createHash('sha256');
      for (const { code } of sets) hash.update(code);
      const prefix = `chunks/elements-${hash.digest('base64url').slice(0, 8)}-`;
      masks.forEach((mask, i) => {
        const fileName = `${prefix}${mask}.js`;
        const { code, map } = sets[i];
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: JSON.stringify({ ...map, file: basename(fileName) }) });
        this.emitFile({ type: 'asset', fileName, source: `${code}\n//# sourceMappingURL=${basename(fileName)}.map\n` });
      });
      graph.sets = prefix;
      entry.code = entry.code.replace(placeholder, JSON.stringify(graph));
    },
  };
}
