// Every story and docs page: the elements registered, docs from custom-elements.json, toolbar globals and the frame.
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/index.js';
import { manifest } from '../stories/docs/manifest.js';
import { effectiveLang, effectiveTheme, LOCALE_ITEMS, THEME_ITEMS, WIDTH_ITEMS } from '../stories/docs/globals.js';
import { attributesFromArgs, defaultFallback, embedSnippet } from '../stories/docs/snippet.js';
import { A11Y_RULES } from '../stories/docs/a11y.js';
import './preview.css';

setCustomElementsManifest(manifest);

/**
 * Wraps each story in a "page": a background for the theme, the toolbar's width, and a `lang`
 * that the widgets inherit, the way they inherit an article's language on a real site.
 */
const withPage: Decorator = (story, context) => {
  const theme = effectiveTheme(context.args, context.globals);
  const lang = effectiveLang(context.args, context.globals);
  const width = String(context.globals.width ?? 'full');
  const column = width === 'full' ? {} : { 'inline-size': width };
  return html`<div class="tip-page" data-theme=${theme} data-view=${context.viewMode}>
    <div class="tip-column" lang=${lang} style=${styleMap(column)}>${story()}</div>
  </div>`;
};

const preview: Preview = {
  decorators: [withPage],
  globalTypes: {
    theme: {
      description: 'Colour theme of every widget (a story that sets `theme` keeps its own)',
      toolbar: { title: 'Theme', icon: 'contrast', items: THEME_ITEMS, dynamicTitle: true },
    },
    locale: {
      description: 'Language of the page around the widgets (a story that sets `locale` keeps its own)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALE_ITEMS, dynamicTitle: true },
    },
    width: {
      description: 'Width of the column the widgets sit in',
      toolbar: { title: 'Width', icon: 'ruler', items: WIDTH_ITEMS, dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'en', width: 'full' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'none' },
    a11y: {
      // Any axe violation fails the story's accessibility check, as it fails `npm run test:storybook`.
      test: 'error',
      config: { rules: A11Y_RULES },
    },
    docs: {
      source: {
        type: 'dynamic',
        language: 'html',
        // "Show code" is the copy-paste embed snippet for the story's current args. Stories that
        // compose several tags (a sentence, a grid) keep the rendered markup.
        transform: (code: string, context: { component?: unknown; args: Record<string, unknown>; parameters: Record<string, unknown> }) => {
          const tag = typeof context.component === 'string' ? context.component : undefined;
          if (!tag || context.parameters.embedSnippet === false) return code;
          const attributes = attributesFromArgs(tag, context.args);
          const fallback = typeof context.args.fallback === 'string' ? context.args.fallback : defaultFallback(tag, attributes);
          return embedSnippet({ tag, attributes, fallback });
        },
      },
    },
    options: {
      storySort: {
        order: ['Introduction', 'Embed in your site', 'Theming', 'The data', 'Widgets', ['Tier badge', 'Stat card', 'Year-on-year chart', 'Recommendation list', 'Hotline callout']],
      },
    },
  },
};

export default preview;
