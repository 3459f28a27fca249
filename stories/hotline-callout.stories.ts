// Stories for <tip-hotline-callout>: the listed numbers, a site's own number or content, choosing lines, languages, themes, errors.
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components';
import { html, nothing, type TemplateResult } from 'lit';
import { argTypesFor } from './docs/manifest.js';
import { renderWidget } from './docs/render.js';

const TAG = 'tip-hotline-callout';
type Args = Record<string, unknown>;

function render(args: Args, context: StoryContext, local: TemplateResult | typeof nothing = nothing) {
  return renderWidget(TAG, args, context, local);
}

const meta = {
  title: 'Widgets/Hotline callout',
  component: TAG,
  tags: ['autodocs'],
  argTypes: argTypesFor(TAG, {
    hotlines: {
      control: { type: 'text' },
      table: { category: 'attributes' },
      description: 'Comma-separated hotline ids from the dataset (`astra`, `atina` in the bundled report), or `none`.',
    },
    local: { control: false, table: { category: 'slots' } },
  }),
  render: (args, context) => render(args, context),
  parameters: {
    docs: {
      description: {
        component:
          'Every number shown says whose it is and where it was listed. The report gives no number for the state ' +
          'hotline, so the callout quotes what the report says about it instead of inventing one.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Every line with a sourced number, then what the report says about the state's 24-hour hotline. */
export const Default: Story = {};

/** `local-number`, `local-name`, `local-hours`: a number your site vouches for, shown first (the number here is a placeholder). */
export const LocalNumber: Story = {
  name: 'With a local number',
  args: { 'local-number': '+381 00 000 000', 'local-name': 'Example City Social Work Centre (not a real number)', 'local-hours': 'Mon–Fri, 8:00–16:00' },
};

/** The `local` slot: your own help content (any markup) above the listed numbers. */
export const LocalSlot: Story = {
  name: 'With slotted local content',
  parameters: { embedSnippet: false },
  render: (args, context) =>
    render(
      args,
      context,
      html`<div slot="local">
        <p><strong>In Example City?</strong> Our newsroom’s partner answers on weekdays: <a href="tel:+38100000000">+381 00 000 000</a> (an example, not a real number).</p>
      </div>`,
    ),
};

/**
 * `quick-exit`: a "Quick exit" button above the heading, and Shift pressed three times, hide the page
 * at once and replace it with `exit-url` (default https://www.google.com/), so Back does not return.
 * Pressing it here leaves Storybook too: that is what it is for.
 */
export const QuickExit: Story = {
  name: 'With a quick exit',
  args: { 'quick-exit': true },
};

/** `hotlines="astra"`: only the lines you choose, by id. */
export const ChosenLines: Story = {
  name: 'Only chosen lines',
  args: { hotlines: 'astra' },
};

/** `hotlines="none"` with a local number: only your number, plus the report's facts. */
export const HotlinesNone: Story = {
  name: 'hotlines="none"',
  args: { hotlines: 'none', 'local-number': '+381 00 000 000', 'local-name': 'Example helpline (not a real number)' },
};

/** `hotlines="none"` and no local number: the callout says so plainly rather than show nothing. */
export const NoNumbers: Story = {
  name: 'hotlines="none", no local number',
  args: { hotlines: 'none' },
};

/** `heading-level="3"`. */
export const HeadingLevel: Story = {
  name: 'Heading level 3',
  args: { 'heading-level': '3' },
  render: (args, context) => html`<h2 style="margin: 0">Where to get help</h2>
    ${render(args, context)}`,
};

/** Serbian, Latin script: the report's words on the state hotline in English, then their unofficial translation. */
export const SerbianLatin: Story = {
  name: 'Serbian (Latin)',
  args: { locale: 'sr-Latn' },
};

/** Serbian, Cyrillic script. */
export const SerbianCyrillic: Story = {
  name: 'Serbian (Cyrillic)',
  args: { locale: 'sr' },
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
};

/** A 280px column: numbers stay on one line and large enough to tap. */
export const NarrowColumn: Story = {
  name: '280px column',
  globals: { width: '280px' },
};

/** Another dataset through `src`: its only line has no number, so the callout says none is available. */
export const CustomDataset: Story = {
  name: 'Custom dataset (src)',
  args: { src: 'fixtures/fictional-2025.json' },
};

/** A `local-number` that is not a phone number is never turned into a link. */
export const ErrorBadLocalNumber: Story = {
  name: 'Error: invalid local number',
  tags: ['error-state'],
  args: { 'local-number': 'call us!' },
};

/** A hotline id the dataset does not have. */
export const ErrorUnknownHotline: Story = {
  name: 'Error: unknown hotline id',
  tags: ['error-state'],
  args: { hotlines: 'astra,unicef' },
};
