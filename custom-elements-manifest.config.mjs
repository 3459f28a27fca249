// @custom-elements-manifest/analyzer: documents every element from its JSDoc (attributes, parts, CSS properties, events).

/**
 * Reactive state is declared in `static properties` with `{ state: true }`, which the analyzer
 * reads as attributes. A private or protected field is never part of the public API: drop its
 * attribute, keep its member entry (privacy is recorded there) without one.
 */
const noStateAttributes = {
  name: 'tip-no-state-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        if (!decl.attributes) continue;
        const internal = (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected');
        for (const member of internal) delete member.attribute;
        const hidden = new Set(internal.map((m) => m.name));
        decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    }
  },
};

/**
 * The manifest describes what a user can use: the element classes and the base class they
 * share. Helpers that our modules export to each other (`safeText`, `checkEnum`, `THEMES`,
 * `telHref`…) are not the package's API: `dist/base/tip-element.js` is no entry point at all.
 * Listed as module exports, they end up imported by the types generated from this file
 * (`generate/framework-types.mjs`), which then fail in an app with `skipLibCheck: false`. So only
 * classes stay, as declarations and as exports.
 */
const classesOnly = {
  name: 'tip-classes-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      const classes = new Set((mod.declarations ?? []).filter((d) => d.kind === 'class').map((d) => d.name));
      if (mod.declarations) mod.declarations = mod.declarations.filter((d) => classes.has(d.name));
      if (mod.exports) mod.exports = mod.exports.filter((e) => e.kind === 'custom-element-definition' || classes.has(e.declaration?.name));
    }
  },
};

/**
 * The analyzer lists modules in the order its file reads finish, which varies from run to run on a
 * busy machine: `npm test`'s freshness check then saw a "stale" manifest with nothing changed.
 * Sorting by path makes the file a function of the source alone.
 */
const modulesInPathOrder = {
  name: 'tip-modules-in-path-order',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/components/**/*.ts', 'src/base/tip-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/components/yoy-chart/chart-drawing.ts', 'src/components/yoy-chart/chart-loader.ts', 'src/components/yoy-chart/series.ts', 'src/components/yoy-chart/csv.ts', 'src/components/hotline-callout/exit.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [noStateAttributes, classesOnly, modulesInPathOrder],
};
