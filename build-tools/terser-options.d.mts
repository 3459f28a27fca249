// Types for build-tools/terser-options.mjs, which vite.config.ts imports.
export declare const TERSER_OPTIONS: { module: boolean; compress: { passes: number } };
