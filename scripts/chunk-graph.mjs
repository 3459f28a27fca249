// A plugin of the CDN build (vite.config.ts): writes into the loader which chunks each element needs.

/**
 * Replaces the placeholder `'__TIP_CHUNK_GRAPH__'` in tip-widgets.js (src/cdn/autoload.ts) with,
 * for each tag (and for `library`, the whole library), the chunks its element chunk imports statically (lit, the base class, the data
 * loader…), as paths relative to tip-widgets.js. The loader fetches them beside the element chunk
 * instead of after it: Vite's lib mode has no preload helper, and without this a card would wait
 * one more round trip (the element chunk, then what it imports). Runs on the final, minified
 * code, where only that string literal changes.
 *
 * Also fails the build when a chunk imports tip-widgets.js back: the loader must share no module
 * with the chunks, or a bundle loaded under a `?ver=` address would make them load a second copy.
 *
 * @param {readonly string[]} elements element folder names (`stat-card`…); the tag is `tip-<name>`
 */
export function chunkGraph(elements) {
  return {
    name: 'tip-chunk-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (fileName, seen = new Set()) => {
        for (const dep of byFile.get(fileName)?.imports ?? []) {
          if (seen.has(dep)) continue;
          seen.add(dep);
          closure(dep, seen);
        }
        return seen;
      };
      const entry = chunks.find((c) => c.isEntry && c.name === 'tip-widgets');
      const placeholder = /(["'`])__TIP_CHUNK_GRAPH__\1/;
      if (!entry || !placeholder.test(entry.code)) this.error('tip-chunk-graph: the loader\'s placeholder is not in tip-widgets.js');
      const graph = {};
      for (const name of elements) {
        // By module, not by facade: rolldown does not mark an element's chunk as a dynamic entry
        // when library.ts (the whole library, also lazy) imports the same module.
        const module = `/src/components/${name}/${name}.ts`;
        const chunk = chunks.find((c) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(module)));
        if (!chunk) this.error(`tip-chunk-graph: no chunk holds src${module}`);
        graph[`tip-${name}`] = [...closure(chunk.fileName)].filter((file) => file !== entry.fileName).sort();
      }
      // library() too: it imports every element chunk and what they share.
      const library = chunks.find((c) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith('/src/cdn/library.ts')));
      if (library) graph.library = [library.fileName, ...closure(library.fileName)].filter((file) => file !== entry.fileName).sort();
      const back = chunks.filter((c) => c.imports.includes(entry.fileName) || c.dynamicImports.includes(entry.fileName));
      if (back.length) this.error(`tip-chunk-graph: ${back.map((c) => c.fileName).join(', ')} import tip-widgets.js; the loader must share no module with the chunks`);
      entry.code = entry.code.replace(placeholder, JSON.stringify(JSON.stringify(graph)));
    },
  };
}
