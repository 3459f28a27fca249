// The static snippets of "Embed in your site", per platform, pinned to the package's current version.
import { loaderLines, tagSnippet, VERSION } from './snippet.js';

const loader = loaderLines().join('\n');
const card = tagSnippet('tip-stat-card', [['metric', 'convictions']], 'Traffickers convicted in 2024: 21 (18 in 2023). Source: 2025 Trafficking in Persons Report: Serbia.');
const badge = tagSnippet('tip-tier-badge', [['show-history', true]], 'Serbia: Tier 2 in the 2025 Trafficking in Persons Report.');

export const quickStart = `${loader}\n\n${card}`;

export const plainHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>My page</title>
    ${loaderLines().join('\n    ')}
  </head>
  <body>
    ${badge.replace(/\n/g, '\n    ')}
    ${card.replace(/\n/g, '\n    ')}
  </body>
</html>`;

export const wordpress = `<!-- WordPress: add a "Custom HTML" block and paste this. -->
${loader}

${card}`;

export const drupal = `<!-- Drupal: edit in a text format that keeps <script>, such as "Full HTML" (Source mode). -->
${loader}

${card}`;

export const ghost = `<!-- Ghost: add an "HTML" card and paste this. -->
${loader}

${card}`;

export const install = `npm install tip-widgets@${VERSION}`;

export const react = `// React 19 passes attributes and properties to custom elements natively.
import 'tip-widgets/stat-card.js'; // registers <tip-stat-card>

export function Convictions() {
  return <tip-stat-card metric="convictions">Traffickers convicted in 2024: 21 (18 in 2023)</tip-stat-card>;
}

// Next.js and other server rendering: register in the browser only, e.g.
// 'use client';  useEffect(() => { import('tip-widgets/stat-card.js'); }, []);`;

export const vueConfig = `// vite.config.js: tell Vue that tip-* tags are custom elements, not Vue components.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('tip-') },
      },
    }),
  ],
});`;

export const vueComponent = `<script setup>
import 'tip-widgets/stat-card.js';
</script>

<template>
  <tip-stat-card metric="convictions">Traffickers convicted in 2024: 21 (18 in 2023)</tip-stat-card>
</template>`;

export const svelte = `<script>
  import 'tip-widgets/stat-card.js';
  // SvelteKit with server rendering: import in the browser only instead, e.g.
  // import { onMount } from 'svelte';  onMount(() => import('tip-widgets/stat-card.js'));
</script>

<tip-stat-card metric="convictions">Traffickers convicted in 2024: 21 (18 in 2023)</tip-stat-card>`;

export const twoWidgets = `${loader}

${badge}

<p>… your article …</p>

<!-- The second widget on the same page: the tag alone. -->
${card}`;
