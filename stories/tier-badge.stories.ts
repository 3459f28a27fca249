// Stories for <tip-tier-badge>: the card, the phrase inside a sentence, the history, languages, themes and errors.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { toCyrillic } from '../src/locales/sr/translit.js';
import { effectiveLang } from './docs/globals.js';
import { argTypesFor } from './docs/manifest.js';
import { renderWidget } from './docs/render.js';

const TAG = 'tip-tier-badge';
type Args = Record<string, unknown>;

function render(args: Args, context: StoryContext) {
  return renderWidget(TAG, args, context);
}

const meta = {
  title: 'Widgets/Tier badge',
  component: TAG,
  tags: ['autodocs'],
  argTypes: argTypesFor(TAG),
  render,
  parameters: {
    docs: {
      description: {
        component:
          'Use it at the top of an article as a card, or inside a sentence with `variant="compact"`. ' +
          'Every control below writes an attribute; **Show code** gives the copy-paste snippet, and ' +
          '[Embed in your site](?path=/docs/embed-in-your-site--docs) builds one for any widget.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The card: tier in words, the report year, and the movement from the previous report. */
export const Default: Story = {};

/** `show-history`: the tier in earlier reports, each year linking the page that states it. */
export const WithHistory: Story = {
  name: 'With history',
  args: { 'show-history': true },
};

const SENTENCE: Record<string, [string, string]> = {
  en: [
    'In its annual report on human trafficking, the U.S. State Department placed',
    ', finding that the government does not fully meet the minimum standards but is making significant efforts to do so.',
  ],
  'sr-Latn': [
    'U svom godišnjem izveštaju o trgovini ljudima Stejt department svrstao je',
    ', uz ocenu da vlada ne ispunjava u potpunosti minimalne standarde, ali da ulaže značajne napore da ih ispuni.',
  ],
};

/**
 * `variant="compact"` is a phrase that sits inside a sentence: it keeps the line, shows its
 * fallback text while loading, and links its source in brackets. The sentence here follows
 * the Language toolbar, as an article's text would.
 */
export const CompactInASentence: Story = {
  name: 'Compact, inside a sentence',
  args: { variant: 'compact' },
  parameters: { embedSnippet: false },
  render: (args, context) => {
    const lang = effectiveLang(args, context.globals);
    const [before, after] = lang === 'en' ? SENTENCE.en! : lang === 'sr-Latn' ? SENTENCE['sr-Latn']! : SENTENCE['sr-Latn']!.map(toCyrillic);
    return html`<p>${before} ${render(args, context)}${after}</p>`;
  },
};

/** Compact without the bracketed source link, for a page that credits the report elsewhere. */
export const CompactWithoutSource: Story = {
  name: 'Compact, source hidden',
  args: { variant: 'compact', 'hide-source': true },
};

/** Serbian in Latin script (`locale="sr-Latn"`); "Izvor" quotes the report in English, then its unofficial translation. */
export const SerbianLatin: Story = {
  name: 'Serbian (Latin)',
  args: { locale: 'sr-Latn', 'show-history': true },
};

/** Serbian in Cyrillic (`locale="sr"`), Serbian's default script. */
export const SerbianCyrillic: Story = {
  name: 'Serbian (Cyrillic)',
  args: { locale: 'sr', 'show-history': true },
};

/** `theme="dark"` paints its own dark surface with AA contrast. */
export const Dark: Story = {
  args: { theme: 'dark', 'show-history': true },
};

/** `theme="light"` on a tinted page: a white card with its own colours. */
export const Light: Story = {
  args: { theme: 'light' },
};

/** A 280px sidebar column: the history strip wraps. */
export const NarrowColumn: Story = {
  name: '280px column',
  args: { 'show-history': true },
  globals: { width: '280px' },
};

/** Another dataset through `src`: the fictional test file served by Storybook at `fixtures/`. */
export const CustomDataset: Story = {
  name: 'Custom dataset (src)',
  args: { src: 'fixtures/fictional-2025.json', 'show-history': true },
};

/**
 * An invalid `variant`: the widget says what is wrong and what would be valid, keeps the
 * fallback text visible, and logs one `console.warn`.
 */
export const ErrorBadVariant: Story = {
  name: 'Error: invalid variant',
  tags: ['error-state'],
  args: { variant: 'huge' },
};
