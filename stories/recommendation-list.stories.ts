// Stories for <tip-recommendation-list>: all, the first few, one section, heading level, languages, themes and errors.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { argTypesFor } from './docs/manifest.js';
import { renderWidget } from './docs/render.js';

const TAG = 'tip-recommendation-list';
type Args = Record<string, unknown>;

function render(args: Args, context: StoryContext) {
  return renderWidget(TAG, args, context);
}

const meta = {
  title: 'Widgets/Recommendation list',
  component: TAG,
  tags: ['autodocs'],
  argTypes: argTypesFor(TAG),
  render,
  parameters: {
    docs: {
      description: {
        component:
          'The recommendations are quoted in English as published, in the report’s order of priority; a filtered ' +
          'list keeps the report’s numbers. A Serbian list shows the dataset’s unofficial translation, says so, and ' +
          'a button reveals each English original; `original` keeps the English only. ' +
          '**Show code** gives the snippet for the story’s settings.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** All twelve recommendations, numbered in the report's order of priority. */
export const Default: Story = {};

/** `limit="3"`: the first three, and a "Show all" button that expands the list in place. */
export const Limit: Story = {
  name: 'Limit: first 3',
  args: { limit: '3' },
};

/** `section="prosecution"`: only the law-enforcement recommendations, with their report numbers. */
export const SectionProsecution: Story = {
  name: 'Section: prosecution',
  args: { section: 'prosecution' },
};

/** `section="protection"`, limited to four. */
export const SectionProtection: Story = {
  name: 'Section: protection, limit 4',
  args: { section: 'protection', limit: '4' },
};

/** `section="prevention"`. */
export const SectionPrevention: Story = {
  name: 'Section: prevention',
  args: { section: 'prevention' },
};

/**
 * `heading-level="3"` under an article's own `<h2>`, so the page outline stays in order.
 * The heading is an ARIA heading inside the shadow root; the level is all a page needs to set.
 */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': '3', limit: '4' },
  render: (args, context) => html`<h2 style="margin: 0">What Washington asks of Belgrade</h2>
    ${render(args, context)}`,
};

/**
 * Serbian, Latin script: the recommendations in the dataset's unofficial Serbian translation, said so
 * above the list; "Prikaži original na engleskom" shows each English original under it (`lang="en"`).
 */
export const SerbianLatin: Story = {
  name: 'Serbian (Latin)',
  args: { locale: 'sr-Latn', limit: '3' },
};

/** Serbian, Cyrillic script: the translation transliterated, the English originals one click away. */
export const SerbianCyrillic: Story = {
  name: 'Serbian (Cyrillic)',
  args: { locale: 'sr', section: 'prevention' },
};

/** `original`: a Serbian list that quotes the report only in English, as published, for sites that must quote it exactly. */
export const SerbianOriginal: Story = {
  name: 'Serbian, original only',
  args: { locale: 'sr-Latn', original: true, limit: '3' },
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark', limit: '5' },
};

/** A 280px column. */
export const NarrowColumn: Story = {
  name: '280px column',
  args: { limit: '3' },
  globals: { width: '280px' },
};

/** Another dataset through `src` (the fictional test file). */
export const CustomDataset: Story = {
  name: 'Custom dataset (src)',
  args: { src: 'fixtures/fictional-2025.json' },
};

/** `limit="0"` is not a whole number from 1: a readable message and one `console.warn`. */
export const ErrorBadLimit: Story = {
  name: 'Error: invalid limit',
  tags: ['error-state'],
  args: { limit: '0' },
};

/** An unknown `section`. */
export const ErrorUnknownSection: Story = {
  name: 'Error: unknown section',
  tags: ['error-state'],
  args: { section: 'punishment' },
};
