// Storybook for tip-widgets: the catalog, the docs and the embed-code builder (`npm run storybook`, `npm run build-storybook`).
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Plugin } from 'vite';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** Our own source, which registers elements when imported. */
const OWN = [`${ROOT}${sep}src${sep}`, `${ROOT}${sep}stories${sep}`, `${ROOT}${sep}.storybook${sep}`];

/**
 * package.json's `sideEffects` lists only `dist/` files, which is right for the published
 * package but tells the bundler that every source file here is free of side effects, so a
 * bare `import '../src/index.js'` (which only registers the elements) would be dropped from the
 * static build. Storybook bundles the source, so it says otherwise for our own files.
 */
const sourceHasSideEffects: Plugin = {
  name: 'tip-widgets:source-has-side-effects',
  transform(_code, id) {
    const file = id.split('?')[0]!;
    return OWN.some((dir) => file.startsWith(dir)) ? { moduleSideEffects: true } : null;
  },
};

// No telemetry: CI has no internet, and the npm scripts pass --disable-telemetry as well.
process.env.STORYBOOK_DISABLE_TELEMETRY ??= '1';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  staticDirs: [
    // The fictional dataset the tests use, so stories can show `src` with a real file (that file
    // only: the rest of test/fixtures is hostile input for the hardening tests).
    { from: '../test/fixtures/fictional-2025.json', to: '/fixtures/fictional-2025.json' },
    // Files only the stories need (a dataset that fails validation, for the error state).
    { from: '../stories/assets', to: '/story-data' },
  ],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      plugins: [sourceHasSideEffects],
      // One copy of Lit: without these, dev pre-bundles lit for Storybook's renderer and serves
      // our elements a second copy ("Multiple versions of Lit loaded").
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directives/if-defined.js',
          'lit/directives/class-map.js',
          'lit/directives/style-map.js',
          'lit/directives/live.js',
          'chart.js',
        ],
      },
      // The tsconfig's legacy decorators and assignment semantics for class fields, stated
      // here rather than trusted to tsconfig discovery. Vite 8 compiles TypeScript with Oxc (it no
      // longer reads `esbuild.tsconfigRaw`); standard decorators left untransformed do not parse in Chromium.
      oxc: {
        decorator: { legacy: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
        assumptions: { setPublicClassFields: true },
      },
      server: { host: '127.0.0.1' },
      build: {
        // Storybook's own manager and docs renderer are large by nature; say so only past that.
        chunkSizeWarningLimit: 1600,
        // The timing report names Storybook's CSF plugin, which is not ours to tune.
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
  },
};

export default config;
