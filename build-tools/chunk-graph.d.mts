// Types for build-tools/chunk-graph.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';
export declare function chunkGraph(elements: readonly string[]): Plugin;
