// Builds the iframe embed into dist/cdn/ beside the CDN bundle: embed.html, embed.css, embed.js (the
// page's script) and embed-host.js (the optional resizer for the page around the frames). Run by
// build-tools/build.mjs after the CDN build and before it hashes dist/cdn/ for integrity.json.
//
// Separate small builds, not entries of the CDN build: embed.js loads ./tip-widgets.js by its
// address at run time, so the bundle and its chunks come out exactly as they do for the script
// embed, and neither build needs to know about the other.
import { copyFileSync, existsSync } from 'node:fs';
import { build } from 'vite';

if (!existsSync('dist/cdn/tip-widgets.js')) {
  console.error('integrations/iframe/build: dist/cdn/tip-widgets.js is missing; run the CDN build first (node build-tools/build.mjs).');
  process.exit(1);
}

/** One self-contained ES module (no imports of its own) written to dist/cdn/<name>.js. */
async function bundle(name, entry) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'dist/cdn',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      copyPublicDir: false,
      lib: { entry: { [name]: entry }, formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
    },
  });
}

await bundle('embed', 'src/embed/embed.ts');
// No imports and no exports: as an ES module it is also a classic script, so `<script src>` works
// and `document.currentScript` tells it where it was loaded from.
await bundle('embed-host', 'src/embed/host.ts');
copyFileSync('src/embed/embed.html', 'dist/cdn/embed.html');
copyFileSync('src/embed/embed.css', 'dist/cdn/embed.css');
