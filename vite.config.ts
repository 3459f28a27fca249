// Two builds from one source: `--mode npm` (unbundled ES modules, lit and chart.js external) and
// `--mode cdn` (a small loader for a <script type="module"> tag that imports each element's chunk when its tag is on the page).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { Features } from 'lightningcss';
import { TERSER_OPTIONS } from './build-tools/terser-options.mjs';
import { chunkGraph } from './build-tools/chunk-graph.mjs';
import { dropAnnotations } from './build-tools/drop-annotations.mjs';
import { ELEMENTS as REGISTRY } from './src/elements.mjs';

// One entry per element of the registry (src/elements.mjs): `tip-widgets/<name>.js`.
const ELEMENTS = REGISTRY.map((element) => element.name);

/**
 * Lit's own minifier for the css`` templates in the shipped files: comments and indentation are
 * otherwise kept verbatim in every user's bundle (a JS minifier never touches template strings).
 * html`` templates are left as written: whitespace between inline elements and bindings is
 * meaningful there, and the tests run on the source, so the shipped markup stays the tested one.
 */
function minifyCss(): PluginOption {
  return minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      shouldMinify: () => false,
      // The oldest browsers with container queries, which every widget needs: lightningcss then
      // keeps `min-width` media queries rather than the range syntax Safari 16.0–16.3 ignores.
      // No light-dark() in our styles, so no polyfill for it: lightningcss would otherwise add two
      // unused custom properties (--lightningcss-light/-dark) to every `color-scheme` rule.
      minifyOptions: { minifyCSS: { targets: { chrome: 105 << 16, firefox: 110 << 16, safari: 16 << 16 }, exclude: Features.LightDark } },
    },
  }) as PluginOption;
}

const npm: UserConfig = {
  plugins: [minifyCss()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    minify: false,
    lib: {
      // ssr: the Node entry (tip-widgets/ssr); hydrate: the browser entry for server-rendered pages.
      entry: Object.fromEntries([['index', 'src/index.ts'], ['ssr', 'src/ssr.ts'], ['hydrate', 'src/hydrate.ts'], ...ELEMENTS.map((name) => [name, `src/${name}.ts`])]),
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) =>
        id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'chart.js' || id.startsWith('chart.js/') ||
        // The server entry's own dependencies, and lit's hydrate support.
        id.startsWith('@lit-labs/ssr') || ['parse5', 'parse5-sax-parser', 'request-filtering-agent', 'ipaddr.js', '@resvg/resvg-js'].includes(id) || id.startsWith('node:'),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

/** The element modules' `define` in the CDN build: src/cdn/define.ts, which defines each in a turn of its own. */
function deferredDefine(): PluginOption {
  return {
    name: 'tip-cdn-define',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !/[\\/]src[\\/]components[\\/]/.test(importer) || !/(^|\/)define\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && /[\\/]src[\\/]define\.ts$/.test(resolved.id) ? resolve('src/cdn/define.ts') : null;
    },
  };
}

/**
 * CDN only: data/change.ts is built as part of data/format.ts, where change() lived until it got a
 * module of its own (so that an npm chart page leaves it to the Share menu's lazy code). Here the
 * stat card and the Share menu, its only users, would otherwise share it as a chunk of its own,
 * which every stat-card page would fetch (measured: +0.15 kB gzip); inside format.ts it stays in
 * the shared chunk, as before. Imports of change.js resolve to format.ts, which gets change.ts's
 * code (its imports dropped: they name format.ts's own functions and types esbuild erases).
 */
function changeInFormat(): PluginOption {
  const format = resolve('src/data/format.ts');
  const change = resolve('src/data/change.ts');
  return {
    name: 'tip-change-in-format',
    enforce: 'pre',
    resolveId(source, importer) {
      return importer && /^(?:\.\.\/)+data\/change\.js$/.test(source) ? format : undefined;
    },
    transform(code, id) {
      if (id !== format) return undefined;
      const own = readFileSync(change, 'utf8').replace(/^import [^;]*;\n/gm, '');
      return { code: `${code}\n${own}`, map: null };
    },
  };
}

const cdn: UserConfig = {
  // In this order: the files of several elements are made from the final element chunks.
  plugins: [changeInFormat(), minifyCss(), deferredDefine(), dropAnnotations(), chunkGraph(ELEMENTS)],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // terser, not Vite's default (oxc): it leaves chart.js's chunk 5.9 kB gzip smaller (51.2 ->
    // 45.2 kB, measured); our own code comes out the same either way.
    minify: 'terser',
    terserOptions: TERSER_OPTIONS,
    // The bundle carries lit and chart.js code: their licences (BSD-3-Clause, MIT) ship beside it,
    // and the banner below (kept by terser as a /*! comment) says where.
    license: { fileName: 'LICENSES.md' },
    lib: {
      entry: { 'tip-widgets': 'src/cdn.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      // The entry is the loader alone (src/cdn.ts): it shares no module with the element chunks,
      // so no chunk imports tip-widgets.js back (build-tools/chunk-graph.mjs fails the build if one
      // does), and the bundle also works under a ?ver= address. Everything else is chunks: one per
      // element, and shared ones (lit, the base class, the data loader) that element chunks import.
      preserveEntrySignatures: 'allow-extension',
      // terser takes most of the build's 6 s; that is expected, not worth a warning on every build.
      checks: { bundlerTimings: false },
      output: {
        banner: (chunk) =>
          chunk.isEntry
            ? '/*! tip-widgets (MIT). Its chunks/ bundle lit (BSD-3-Clause) and chart.js (MIT): licences in LICENSES.md beside this file. */'
            : '',
        entryFileNames: '[name].js',
        // Data parts (one per metric, language and part) by their hash alone: the shared chunk lists
        // all of them, and their names twice over (key and file) cost every page 0.2 kB gzip, measured.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.length > 0 && chunk.moduleIds.every((id) => /[\\/]src[\\/]data[\\/]bundled[\\/].*\.json$/.test(id))
            ? 'chunks/data-[hash].js'
            : 'chunks/[name]-[hash].js',
        // One shared chunk for what every element imports (lit, the base class, formatting, the
        // data loader): left to itself, rolldown splits off the part the take-over code of
        // server-rendered pages does not import, and every page pays a second request and gzip
        // window for it. `library()` imports the element chunks as the loader does (cdn.ts), so no
        // chunk needs a runtime namespace helper either. Together 0.4 kB off the one-card page, measured.
        codeSplitting: { groups: [{ name: 'tip-element', minShareCount: 5 }] },
      },
    },
  },
  define: { 'process.env.NODE_ENV': '"production"' },
};

export default defineConfig(({ mode }) => {
  if (mode === 'npm') return npm;
  if (mode === 'cdn') return cdn;
  // `npm run dev`: the demo article on the live source. The article embeds the built CDN files
  // exactly as a CMS page would; here those two addresses are answered from src/ instead.
  return {
    server: { host: '127.0.0.1', open: false },
    build: { outDir: 'dist/site' },
    plugins: [
      {
        name: 'tip-demo-live-source',
        configureServer(server) {
          server.middlewares.use((req, _res, next) => {
            if (req.url?.startsWith('/dist/cdn/tip-widgets.js')) req.url = '/src/cdn.ts';
            else if (req.url?.startsWith('/dist/cdn/tip-widgets.css')) req.url = '/src/cdn/tip-widgets.css';
            next();
          });
        },
      },
    ],
  };
});
