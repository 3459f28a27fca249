// @custom-elements-manifest/analyzer: documents every element from its JSDoc (attributes, parts, CSS properties, events).
export default {
  globs: ['src/components/**/*.ts', 'src/base/tip-element.ts'],
  exclude: ['src/**/*.styles.ts', 'src/components/yoy-chart/chart-loader.ts', 'src/components/yoy-chart/series.ts', 'src/components/yoy-chart/csv.ts'],
  outdir: '.',
  litelement: true,
  dev: false,
};
