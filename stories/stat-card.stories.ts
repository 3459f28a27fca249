// Stories for <tip-stat-card>: counts, money, ranges, breakdowns, comparison, languages, themes, states and errors.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { HELD_SRC, holdFetch } from './docs/held-fetch.js';
import { argTypesFor } from './docs/manifest.js';
import { renderWidget } from './docs/render.js';

const TAG = 'tip-stat-card';
type Args = Record<string, unknown>;

function render(args: Args, context: StoryContext) {
  return renderWidget(TAG, args, context);
}

const meta = {
  title: 'Widgets/Stat card',
  component: TAG,
  tags: ['autodocs'],
  argTypes: argTypesFor(TAG),
  args: { metric: 'victims-identified' },
  render,
  parameters: {
    docs: {
      description: {
        component:
          'Pick the figure with `metric`: every id, its value and the report sentence it comes from are listed in ' +
          '[The data](?path=/docs/the-data--docs). **Show code** on any story gives its copy-paste snippet; ' +
          '[Embed in your site](?path=/docs/embed-in-your-site--docs) builds one from scratch.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default figure, victims identified: value, period, change from 2023, and the source sentence under "Source and notes". */
export const Default: Story = {};

/** Another count: traffickers convicted, with the report's warning about how courts count. */
export const Convictions: Story = {
  args: { metric: 'convictions' },
};

/** Money: written the way the report writes it (50.5 million dinars), with the report's own dollar conversion. */
export const MoneyMetric: Story = {
  name: 'Money (dinars)',
  args: { metric: 'cptv-funding' },
};

/** A range the report states (restitution between 150,000 and 1,000,000 dinars per trafficker). */
export const RangeMetric: Story = {
  name: 'Range',
  args: { metric: 'restitution-amounts' },
};

/** A figure the report dates to another period (the action plan's 2024–2026 budget, in euros). */
export const OtherPeriod: Story = {
  name: 'Another period (2024–2026, euros)',
  args: { metric: 'npap-funding' },
};

/** `show-breakdown`: the report's breakdown, and the report's own inconsistency flagged beside it. */
export const ShowBreakdown: Story = {
  name: 'With breakdown',
  args: { metric: 'victims-identified', 'show-breakdown': true },
};

/** `compare="off"`: the figure alone, without the change from 2023. */
export const CompareOff: Story = {
  name: 'Comparison off',
  args: { metric: 'convictions', compare: 'off' },
};

/** `hide-source`: no report link under the card (the "Source and notes" disclosure with the quote stays). */
export const HideSource: Story = {
  name: 'Source line hidden',
  args: { metric: 'prosecutions', 'hide-source': true },
};

const SEVERAL = ['victims-identified', 'convictions', 'prosecutions', 'cptv-funding'];

/** Several cards side by side, the way an article shows a row of figures. */
export const SeveralMetrics: Story = {
  name: 'Several metrics',
  parameters: { embedSnippet: false },
  render: (args, context) =>
    html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));">
      ${SEVERAL.map((metric) => render({ ...args, metric }, context))}
    </div>`,
};

/** Serbian, Latin script. Numbers and money follow Serbian conventions through `Intl`. */
export const SerbianLatin: Story = {
  name: 'Serbian (Latin)',
  args: { metric: 'cptv-funding', locale: 'sr-Latn' },
};

/**
 * Serbian, Cyrillic script (`locale="sr"`). "Source and notes": the report's sentence in English as
 * published, then its unofficial translation, marked as one; our notes in Serbian.
 */
export const SerbianCyrillic: Story = {
  name: 'Serbian (Cyrillic)',
  args: { metric: 'victims-identified', locale: 'sr', 'show-breakdown': true },
};

/** `original`: the interface and our notes in Serbian, the report's sentence in English only. */
export const SerbianOriginal: Story = {
  name: 'Serbian, original only',
  args: { metric: 'convictions', locale: 'sr-Latn', original: true },
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { metric: 'convictions', theme: 'dark', 'show-breakdown': true },
};

/** A 280px sidebar column, breakdown open: nothing overflows. */
export const NarrowColumn: Story = {
  name: '280px column',
  args: { metric: 'cptv-funding', 'show-breakdown': true },
  globals: { width: '280px' },
};

/**
 * What readers see while the dataset loads: a box of the final height, "Loading…" and the
 * fallback text. This story holds its (made-up) `src` request open so the state stays on
 * screen; on a real page it lasts as long as the file takes to arrive, and after 10 s the
 * widget gives up with a "timed out" message.
 */
export const Loading: Story = {
  tags: ['loading-state'],
  args: { src: HELD_SRC, fallback: 'Victims identified in 2024: 64 (58 in 2023).' },
  beforeEach: () => holdFetch(),
};

/** A dataset of your own through `src` (here the fictional test file Storybook serves at `fixtures/`). */
export const CustomDataset: Story = {
  name: 'Custom dataset (src)',
  args: { src: 'fixtures/fictional-2025.json', metric: 'victims-identified', 'show-breakdown': true },
};

/** A metric id the dataset does not have: a readable message, the fallback text, one `console.warn` listing the valid ids. */
export const ErrorUnknownMetric: Story = {
  name: 'Error: unknown metric',
  tags: ['error-state'],
  args: { metric: 'victims-rescued', fallback: 'Victims identified in 2024: 64.' },
};

/** A value an attribute does not accept (`compare="maybe"`). */
export const ErrorBadAttribute: Story = {
  name: 'Error: invalid attribute value',
  tags: ['error-state'],
  args: { metric: 'convictions', compare: 'maybe' },
};

/** A `src` that loads but is not a valid dataset: the widget names the file and the first problem. */
export const ErrorInvalidDataset: Story = {
  name: 'Error: invalid dataset',
  tags: ['error-state'],
  args: { src: 'story-data/invalid-dataset.json', metric: 'convictions' },
};

/** A `src` that is not an http(s) address is never fetched. */
export const ErrorUnsafeSrc: Story = {
  name: 'Error: src that is not http(s)',
  tags: ['error-state'],
  args: { src: 'javascript:alert(1)', metric: 'convictions' },
};
