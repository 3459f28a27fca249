import type { DefineComponent } from "vue";

type TipHotlineCalloutProps = {
  /** Comma-separated hotline ids to show, or `none`. */
  hotlines?: string | undefined;
  /** A number the site itself vouches for, shown first (digits, spaces and a leading + only). */
  localNumber?: string | undefined;
  /** Whose the local number is. */
  localName?: string | undefined;
  /** When the local number answers. */
  localHours?: string | undefined;
  /** Heading level, 1–6. */
  headingLevel?: string | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line. */
  hideSource?: boolean;
  /** Quote the report in the English original only, without the unofficial translation a Serbian callout shows under it. */
  original?: boolean;
  /** Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it. */
  quickExit?: boolean | undefined;
  /** Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning. */
  exitUrl?: string | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  onTipLoad?: (e: CustomEvent<{ dataset: import("tip-widgets").Dataset }>) => void;
  /** The widget shows an error message instead of its content. */
  onTipError?: (e: CustomEvent<{ message: string }>) => void;
};

type TipRecommendationListProps = {
  /** Show only the first N recommendations, with a "Show all" button. */
  limit?: string | undefined;
  /** Only the recommendations on `prosecution`, `protection` or `prevention`. */
  section?: "prosecution" | "protection" | "prevention" | undefined;
  /** Heading level, 1–6. */
  headingLevel?: string | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line. */
  hideSource?: boolean;
  /** Quote the recommendations in the English original only, without the unofficial translation a Serbian list shows. */
  original?: boolean;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  onTipLoad?: (e: CustomEvent<{ dataset: import("tip-widgets").Dataset }>) => void;
  /** The widget shows an error message instead of its content. */
  onTipError?: (e: CustomEvent<{ message: string }>) => void;
};

type TipStatCardProps = {
  /** Metric id from the dataset. */
  metric?:
    | "police-suspects"
    | "investigations"
    | "investigations-continued"
    | "prosecutions"
    | "prosecutions-continued"
    | "convictions"
    | "armed-forces-investigated"
    | "armed-forces-investigated-services"
    | "csw-employees-investigated"
    | "indian-workers-screened"
    | "specialized-labor-inspectors"
    | "extraditions"
    | "potential-victims-referred"
    | "victims-identified"
    | "foreign-victims-identified"
    | "cptv-funding"
    | "ngo-funding"
    | "shelter-capacity"
    | "shelter-accommodated"
    | "child-victims-non-specialized-institutions"
    | "victims-foster-families"
    | "temporary-residence-permits"
    | "victims-repatriated"
    | "victims-penalized"
    | "especially-vulnerable-witness-status"
    | "protective-witness-status"
    | "video-interviews"
    | "interviews-with-social-workers"
    | "witnesses-not-facing-traffickers"
    | "closed-trials"
    | "restitution-orders"
    | "restitution-amounts"
    | "atc-members"
    | "atc-meetings"
    | "npap-funding"
    | "npap-funding-2024"
    | "local-action-plan-funding"
    | "local-action-plan-municipalities"
    | "municipal-anti-trafficking-teams"
    | "law-working-group-meetings"
    | "hotline-calls"
    | "hotline-victims-identified"
    | "awareness-campaign-grants"
    | "awareness-grants-2023-media"
    | "awareness-grants-2023-ngo"
    | "labor-inspections"
    | "misdemeanor-proceedings"
    | "recruitment-bans"
    | "vietnamese-workers"
    | "vietnamese-recruitment-fee"
    | "vietnamese-promised-wage"
    | "indian-workers-forced-labor"
    | "indian-recruitment-fee"
    | "indian-monthly-salary"
    | (string & {});
  /** `on` (default) or `off`. */
  compare?: "on" | "off" | undefined;
  /** Show the breakdown the report gives. */
  showBreakdown?: boolean;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line under the card. */
  hideSource?: boolean;
  /** Quote the report in the English original only, without the unofficial translation a Serbian card shows under it. */
  original?: boolean;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  onTipLoad?: (e: CustomEvent<{ dataset: import("tip-widgets").Dataset }>) => void;
  /** The widget shows an error message instead of its content. */
  onTipError?: (e: CustomEvent<{ message: string }>) => void;
};

type TipTierBadgeProps = {
  /** `full` (default) or `compact`. */
  variant?: "full" | "compact" | undefined;
  /** Show the tier in earlier reports. */
  showHistory?: boolean;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line. */
  hideSource?: boolean;
  /** Quote the report in the English original only, without the unofficial translation a Serbian badge shows under it. */
  original?: boolean;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. Not on the compact variant. */
  share?: boolean;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  onTipLoad?: (e: CustomEvent<{ dataset: import("tip-widgets").Dataset }>) => void;
  /** The widget shows an error message instead of its content. */
  onTipError?: (e: CustomEvent<{ message: string }>) => void;
};

type TipYoyChartProps = {
  /** Comma-separated metric ids; wins over `preset`. */
  metrics?: string | undefined;
  /** `law-enforcement` (default), `victim-protection` or `funding`. */
  preset?: "law-enforcement" | "victim-protection" | "funding" | undefined;
  /** `bar` (default) or `line`. */
  type?: "bar" | "line" | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. The chart recolours when it changes. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line under the chart. */
  hideSource?: boolean;
  /** Quote the report in the English original only, without the unofficial translations a Serbian chart shows under its quotes. */
  original?: boolean;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  onTipLoad?: (e: CustomEvent<{ dataset: import("tip-widgets").Dataset }>) => void;
  /** The widget shows an error message instead of its content. */
  onTipError?: (e: CustomEvent<{ message: string }>) => void;
};

export type CustomElements = {
  /**
   * Sourced hotline numbers and the report's facts about the state hotline.
   * ---
   *
   *
   * ### **Events:**
   *  - **tip-load** - The dataset is loaded and the content is rendered.
   * - **tip-error** - The widget shows an error message instead of its content.
   *
   * ### **Slots:**
   *  - _default_ - Fallback text, shown before upgrade, without JavaScript, and beside an error.
   * - **local** - The site's own help content (e.g. a list of local numbers), shown above the listed numbers.
   *
   * ### **CSS Properties:**
   *  - **--tip-color-accent** - Colour of the callout's edge. _(default: undefined)_
   * - **--tip-quick-exit-background** - Colour of the quick exit button (default #a4262c, a dark red). _(default: undefined)_
   * - **--tip-quick-exit-color** - Text colour of the quick exit button (default #fff). _(default: undefined)_
   * - **--tip-hotline-callout-min-height** - Height kept while loading (default 60rem in a phone column, 38rem from 48rem wide; the same as dist/cdn/tip-widgets.css). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The callout.
   * - **heading** - The heading.
   * - **numbers** - The list of numbers.
   * - **number** - Each phone link.
   * - **report-facts** - What the report says about the state hotline.
   * - **source-line** - The report link.
   * - **share** - The "Share" button (with `share`); its menu opens after it.
   * - **message** - The error message box.
   * - **exit** - The quick exit (`quick-exit`): its button and the lines under it.
   * - **exit-button** - The "Quick exit" button.
   * - **exit-status** - The (visually hidden) line that tells screen readers how many presses of Shift are left.
   */
  "tip-hotline-callout": DefineComponent<TipHotlineCalloutProps>;

  /**
   * The report's prioritized recommendations, verbatim.
   * ---
   *
   *
   * ### **Events:**
   *  - **tip-load** - The dataset is loaded and the content is rendered.
   * - **tip-error** - The widget shows an error message instead of its content.
   *
   * ### **Slots:**
   *  - _default_ - Fallback text, shown before upgrade, without JavaScript, and beside an error.
   *
   * ### **CSS Properties:**
   *  - **--tip-recommendation-list-min-height** - Height kept while loading (default 37.25rem in a phone column, 26rem from 48rem wide; the same as dist/cdn/tip-widgets.css). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole list box.
   * - **heading** - The heading.
   * - **list** - The ordered list.
   * - **toggle** - The "Show all" / "Show fewer" button.
   * - **original-toggle** - The button that shows the English original under each translated recommendation.
   * - **source-line** - The report link.
   * - **share** - The "Share" button (with `share`); its menu opens after it.
   * - **message** - The error message box.
   */
  "tip-recommendation-list": DefineComponent<TipRecommendationListProps>;

  /**
   * A single report figure with its comparison and its verbatim source.
   * ---
   *
   *
   * ### **Events:**
   *  - **tip-load** - The dataset is loaded and the content is rendered.
   * - **tip-error** - The widget shows an error message instead of its content.
   *
   * ### **Slots:**
   *  - _default_ - Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
   *
   * ### **CSS Properties:**
   *  - **--tip-stat-card-value-size** - Font size of the figure. _(default: undefined)_
   * - **--tip-stat-card-min-height** - Height kept while loading (default 17rem; 40rem with show-breakdown; the same as dist/cdn/tip-widgets.css). _(default: undefined)_
   * - **--tip-color-text** - Text colour (default: inherited). _(default: undefined)_
   * - **--tip-color-surface** - Background (default: transparent; light/dark themes set one). _(default: undefined)_
   * - **--tip-color-accent** - Colour of the change icon. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The card.
   * - **label** - The figure's label.
   * - **value** - The figure and its period.
   * - **delta** - The comparison with the previous year.
   * - **breakdown** - The breakdown lists.
   * - **source** - The "Source" disclosure.
   * - **source-line** - The report link at the bottom.
   * - **share** - The "Share" button (with `share`); its menu opens after it.
   * - **message** - The error message box.
   */
  "tip-stat-card": DefineComponent<TipStatCardProps>;

  /**
   * The country's tier, its movement, and its history.
   * ---
   *
   *
   * ### **Events:**
   *  - **tip-load** - The dataset is loaded and the content is rendered.
   * - **tip-error** - The widget shows an error message instead of its content.
   *
   * ### **Slots:**
   *  - _default_ - Fallback text ("Serbia: Tier 2 in 2025"), shown before upgrade, without JavaScript, and beside an error.
   *
   * ### **CSS Properties:**
   *  - **--tip-tier-badge-value-size** - Font size of the tier. _(default: undefined)_
   * - **--tip-tier-badge-min-height** - Height kept while loading (default 13rem; with show-history 24rem in a phone column, 18rem from 48rem wide; 0 in compact; the same as dist/cdn/tip-widgets.css). _(default: undefined)_
   * - **--tip-color-accent** - Colour of the tier marker. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The badge.
   * - **label** - Country and report.
   * - **value** - The tier.
   * - **movement** - The movement from the previous report.
   * - **history** - The tier history strip.
   * - **source** - The "Source" disclosure with the report's sentence on the tier.
   * - **source-line** - The report link.
   * - **share** - The "Share" button (with `share`); its menu opens after it.
   * - **message** - The error message box.
   */
  "tip-tier-badge": DefineComponent<TipTierBadgeProps>;

  /**
   * A lazy, accessible year-on-year chart of report figures, with a table and a CSV.
   * ---
   *
   *
   * ### **Events:**
   *  - **tip-load** - The dataset is loaded and the content is rendered.
   * - **tip-error** - The widget shows an error message instead of its content.
   *
   * ### **Slots:**
   *  - _default_ - Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
   *
   * ### **CSS Properties:**
   *  - **--tip-yoy-chart-height** - Height of the chart, kept from the first paint (default 18rem). _(default: undefined)_
   * - **--tip-yoy-chart-min-height** - Height kept while loading (default 44.75rem in a phone column, 39.25rem from 48rem wide; the same as dist/cdn/tip-widgets.css). _(default: undefined)_
   * - **--tip-color-accent** - Colour of the reporting year's bars or line. _(default: undefined)_
   * - **--tip-color-accent-2** - Colour of the comparison year's bars or line. _(default: undefined)_
   * - **--tip-color-text** - Text colour, also of the axis labels (default: inherited). _(default: undefined)_
   * - **--tip-color-border** - Colour of the grid lines and the table rules. _(default: undefined)_
   * - **--tip-color-surface** - Background (default: transparent; light/dark themes set one). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The figure around everything.
   * - **legend** - The years and their colours, as text.
   * - **chart** - The box of the final height that holds the placeholder, then the canvas.
   * - **summary** - The generated sentence summary of the numbers.
   * - **table** - The table of the plotted numbers.
   * - **source** - The "Source and notes" disclosure: each figure's sentence in the report, its notes, the contradictions they cite.
   * - **source-line** - The report link at the bottom.
   * - **share** - The "Share" button (with `share`); its menu opens after it.
   * - **message** - The error message box.
   */
  "tip-yoy-chart": DefineComponent<TipYoyChartProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
