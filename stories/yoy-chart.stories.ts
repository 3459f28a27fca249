// Stories for <tip-yoy-chart>: bar and line, each preset, chosen metrics, languages, themes, widths and errors.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { PRESET_NAMES } from '../src/components/yoy-chart/series.js';
import { argTypesFor } from './docs/manifest.js';
import { renderWidget } from './docs/render.js';

const TAG = 'tip-yoy-chart';
type Args = Record<string, unknown>;

function render(args: Args, context: StoryContext) {
  return renderWidget(TAG, args, context);
}

const meta = {
  title: 'Widgets/Year-on-year chart',
  component: TAG,
  tags: ['autodocs'],
  // The options are the element's own lists, so they are right even before custom-elements.json is regenerated.
  argTypes: argTypesFor(TAG, {
    metrics: { control: { type: 'text' }, table: { category: 'attributes' } },
    preset: { control: { type: 'radio' }, options: PRESET_NAMES, table: { category: 'attributes' } },
    type: { control: { type: 'radio' }, options: ['bar', 'line'], table: { category: 'attributes' } },
  }),
  render,
  parameters: {
    docs: {
      description: {
        component:
          'chart.js loads only when the chart nears the viewport; the same numbers are always in a table and a ' +
          'generated summary, and "Source and notes" holds each figure\'s sentence from the report, its notes and the ' +
          'contradictions the report contains. `metrics` takes ids from [The data](?path=/docs/the-data--docs) that have a 2023 figure.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: the law-enforcement preset as grouped bars, 2023 beside 2024. */
export const Default: Story = {};

/** `type="line"`. */
export const Line: Story = {
  args: { type: 'line' },
};

/** `preset="law-enforcement"`: suspects, investigations, prosecutions, convictions. */
export const LawEnforcement: Story = {
  name: 'Preset: law enforcement',
  args: { preset: 'law-enforcement', type: 'bar' },
};

/** `preset="victim-protection"`: referrals, identifications, shelter, witness protection, video interviews, foster care. */
export const VictimProtection: Story = {
  name: 'Preset: victim protection',
  args: { preset: 'victim-protection' },
};

/** `preset="funding"`: the state's funding for victim assistance, in dinars. */
export const Funding: Story = {
  name: 'Preset: funding',
  args: { preset: 'funding' },
};

/** `metrics`: your own list of ids (all with a 2023 figure, all in one unit). */
export const CustomMetrics: Story = {
  name: 'Custom metrics',
  args: { metrics: 'potential-victims-referred,victims-identified,convictions' },
};

/** Serbian, Latin script: each figure's sentence in English, then its unofficial translation; our notes in Serbian. */
export const SerbianLatin: Story = {
  name: 'Serbian (Latin)',
  args: { locale: 'sr-Latn', preset: 'victim-protection' },
};

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = {
  name: 'Serbian (Cyrillic)',
  args: { locale: 'sr', type: 'line' },
};

/** `theme="dark"`: the bars take the dark theme's accents. */
export const Dark: Story = {
  args: { theme: 'dark' },
};

/** A 280px column: the chart turns on its side so every label stays readable. */
export const NarrowColumn: Story = {
  name: '280px column',
  globals: { width: '280px' },
};

/** Another dataset through `src` (the fictional test file Storybook serves at `fixtures/`). */
export const CustomDataset: Story = {
  name: 'Custom dataset (src)',
  args: { src: 'fixtures/fictional-2025.json', metrics: 'victims-identified,convictions' },
};

/** An unknown `preset`: a readable message naming the valid ones, and one `console.warn`. */
export const ErrorUnknownPreset: Story = {
  name: 'Error: unknown preset',
  tags: ['error-state'],
  args: { preset: 'everything' },
};

/** People and dinars on one axis would mislead, so mixed units are refused. */
export const ErrorMixedUnits: Story = {
  name: 'Error: mixed units',
  tags: ['error-state'],
  args: { metrics: 'victims-identified,cptv-funding' },
};
