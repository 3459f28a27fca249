// An Eleventy site whose pages carry the widgets fully rendered (tip-widgets/ssr), run from this
// folder: `npx @11ty/eleventy`. In your own site, the same two steps, with the package from npm.
import { fileURLToPath } from 'node:url';
import { renderHtml } from 'tip-widgets/ssr';

// In your site: 'node_modules/tip-widgets/dist/cdn'. Here, this repository's own build.
const CDN = fileURLToPath(new URL('../../dist/cdn', import.meta.url));

export default function (eleventyConfig) {
  // After each page is written out as HTML, render its tip-* tags in place. An async transform:
  // the widgets' data and the Serbian texts are loaded before they render (why not
  // @lit-labs/eleventy-plugin-lit: see README.md beside this file).
  eleventyConfig.addTransform('tip-widgets', async function (content) {
    return this.page.outputPath?.endsWith('.html') ? renderHtml(content) : content;
  });
  // The script that takes the widgets over in the browser (buttons, live language, the chart).
  eleventyConfig.addPassthroughCopy({ [CDN]: 'tip-widgets' });
}

export const config = {
  dir: { input: 'src', output: '_site' },
  markdownTemplateEngine: 'njk',
};
