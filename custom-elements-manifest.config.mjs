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

export default {
  globs: ['src/components/**/*.ts', 'src/base/tip-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.messages.ts', 'src/components/yoy-chart/chart-loader.ts', 'src/components/yoy-chart/series.ts', 'src/components/yoy-chart/csv.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [noStateAttributes],
};
