// Types for build-tools/drop-annotations.mjs, which vite.config.ts imports.
import type { Plugin } from 'vite';
export declare function dropAnnotations(): Plugin;
