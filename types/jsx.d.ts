import type { TipHotlineCallout } from "tip-widgets/hotline-callout.js";
import type { TipRecommendationList } from "tip-widgets/recommendation-list.js";
import type { TipStatCard } from "tip-widgets/stat-card.js";
import type { TipTierBadge } from "tip-widgets/tier-badge.js";
import type { TipYoyChart } from "tip-widgets/yoy-chart.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

/** `TipHotlineCallout` component event */
export type TipHotlineCalloutElementEvent<E = Event> = TypedEvent<
  TipHotlineCallout,
  E
>;
/** `tip-load` event type */
export type TipHotlineCalloutTipLoadElementEvent =
  TipHotlineCalloutElementEvent<
    CustomEvent<{ dataset: import("tip-widgets").Dataset }>
  >;
/** `tip-error` event type */
export type TipHotlineCalloutTipErrorElementEvent =
  TipHotlineCalloutElementEvent<CustomEvent<{ message: string }>>;

export type TipHotlineCalloutProps = {
  /** Comma-separated hotline ids to show, or `none`. */
  hotlines?: string | undefined;
  /** A number the site itself vouches for, shown first (digits, spaces and a leading + only). */
  "local-number"?: string | undefined;
  /** A number the site itself vouches for, shown first (digits, spaces and a leading + only). */
  localNumber?: string | undefined;
  /** Whose the local number is. */
  "local-name"?: string | undefined;
  /** Whose the local number is. */
  localOrg?: string | undefined;
  /** When the local number answers. */
  "local-hours"?: string | undefined;
  /** When the local number answers. */
  localHours?: string | undefined;
  /** Heading level, 1–6. */
  "heading-level"?: string | undefined;
  /** Heading level, 1–6. */
  headingLevel?: string | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line. */
  "hide-source"?: boolean | undefined;
  /** Hide the source line. */
  hideSource?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translation a Serbian callout shows under it. */
  original?: boolean | undefined;
  /** Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it. */
  "quick-exit"?: boolean | undefined;
  /** Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it. */
  quickExit?: boolean | undefined;
  /** Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning. */
  "exit-url"?: string | undefined;
  /** Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning. */
  exitUrl?: string | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;

  /** The dataset is loaded and the content is rendered. */
  "ontip-load"?:
    ((e: TipHotlineCalloutTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "ontip-error"?:
    ((e: TipHotlineCalloutTipErrorElementEvent) => void) | undefined;
};

export type TipHotlineCalloutSolidJsProps = {
  /** Comma-separated hotline ids to show, or `none`. */
  "prop:hotlines"?: string | undefined;
  /** A number the site itself vouches for, shown first (digits, spaces and a leading + only). */
  "attr:local-number"?: string | undefined;
  /** A number the site itself vouches for, shown first (digits, spaces and a leading + only). */
  "prop:localNumber"?: string | undefined;
  /** Whose the local number is. */
  "attr:local-name"?: string | undefined;
  /** Whose the local number is. */
  "prop:localOrg"?: string | undefined;
  /** When the local number answers. */
  "attr:local-hours"?: string | undefined;
  /** When the local number answers. */
  "prop:localHours"?: string | undefined;
  /** Heading level, 1–6. */
  "attr:heading-level"?: string | undefined;
  /** Heading level, 1–6. */
  "prop:headingLevel"?: string | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  "prop:locale"?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  "prop:theme"?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  "prop:src"?: string | undefined;
  /** Hide the source line. */
  "bool:hide-source"?: boolean | undefined;
  /** Hide the source line. */
  "prop:hideSource"?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translation a Serbian callout shows under it. */
  "prop:original"?: boolean | undefined;
  /** Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it. */
  "bool:quick-exit"?: boolean | undefined;
  /** Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it. */
  "prop:quickExit"?: boolean | undefined;
  /** Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning. */
  "attr:exit-url"?: string | undefined;
  /** Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning. */
  "prop:exitUrl"?: string | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  "prop:share"?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  "prop:data"?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  "on:tip-load"?:
    ((e: TipHotlineCalloutTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "on:tip-error"?:
    ((e: TipHotlineCalloutTipErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TipRecommendationList` component event */
export type TipRecommendationListElementEvent<E = Event> = TypedEvent<
  TipRecommendationList,
  E
>;
/** `tip-load` event type */
export type TipRecommendationListTipLoadElementEvent =
  TipRecommendationListElementEvent<
    CustomEvent<{ dataset: import("tip-widgets").Dataset }>
  >;
/** `tip-error` event type */
export type TipRecommendationListTipErrorElementEvent =
  TipRecommendationListElementEvent<CustomEvent<{ message: string }>>;

export type TipRecommendationListProps = {
  /** Show only the first N recommendations, with a "Show all" button. */
  limit?: string | undefined;
  /** Only the recommendations on `prosecution`, `protection` or `prevention`. */
  section?: "prosecution" | "protection" | "prevention" | undefined;
  /** Heading level, 1–6. */
  "heading-level"?: string | undefined;
  /** Heading level, 1–6. */
  headingLevel?: string | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line. */
  "hide-source"?: boolean | undefined;
  /** Hide the source line. */
  hideSource?: boolean | undefined;
  /** Quote the recommendations in the English original only, without the unofficial translation a Serbian list shows. */
  original?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;

  /** The dataset is loaded and the content is rendered. */
  "ontip-load"?:
    ((e: TipRecommendationListTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "ontip-error"?:
    ((e: TipRecommendationListTipErrorElementEvent) => void) | undefined;
};

export type TipRecommendationListSolidJsProps = {
  /** Show only the first N recommendations, with a "Show all" button. */
  "prop:limit"?: string | undefined;
  /** Only the recommendations on `prosecution`, `protection` or `prevention`. */
  "prop:section"?: "prosecution" | "protection" | "prevention" | undefined;
  /** Heading level, 1–6. */
  "attr:heading-level"?: string | undefined;
  /** Heading level, 1–6. */
  "prop:headingLevel"?: string | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  "prop:locale"?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  "prop:theme"?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  "prop:src"?: string | undefined;
  /** Hide the source line. */
  "bool:hide-source"?: boolean | undefined;
  /** Hide the source line. */
  "prop:hideSource"?: boolean | undefined;
  /** Quote the recommendations in the English original only, without the unofficial translation a Serbian list shows. */
  "prop:original"?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  "prop:share"?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  "prop:data"?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  "on:tip-load"?:
    ((e: TipRecommendationListTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "on:tip-error"?:
    ((e: TipRecommendationListTipErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TipStatCard` component event */
export type TipStatCardElementEvent<E = Event> = TypedEvent<TipStatCard, E>;
/** `tip-load` event type */
export type TipStatCardTipLoadElementEvent = TipStatCardElementEvent<
  CustomEvent<{ dataset: import("tip-widgets").Dataset }>
>;
/** `tip-error` event type */
export type TipStatCardTipErrorElementEvent = TipStatCardElementEvent<
  CustomEvent<{ message: string }>
>;

export type TipStatCardProps = {
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
    | (string & {})
    | undefined;
  /** `on` (default) or `off`. */
  compare?: "on" | "off" | undefined;
  /** Show the breakdown the report gives. */
  "show-breakdown"?: boolean | undefined;
  /** Show the breakdown the report gives. */
  showBreakdown?: boolean | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line under the card. */
  "hide-source"?: boolean | undefined;
  /** Hide the source line under the card. */
  hideSource?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translation a Serbian card shows under it. */
  original?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;

  /** The dataset is loaded and the content is rendered. */
  "ontip-load"?: ((e: TipStatCardTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "ontip-error"?: ((e: TipStatCardTipErrorElementEvent) => void) | undefined;
};

export type TipStatCardSolidJsProps = {
  /** Metric id from the dataset. */
  "prop:metric"?:
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
    | (string & {})
    | undefined;
  /** `on` (default) or `off`. */
  "prop:compare"?: "on" | "off" | undefined;
  /** Show the breakdown the report gives. */
  "bool:show-breakdown"?: boolean | undefined;
  /** Show the breakdown the report gives. */
  "prop:showBreakdown"?: boolean | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  "prop:locale"?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  "prop:theme"?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  "prop:src"?: string | undefined;
  /** Hide the source line under the card. */
  "bool:hide-source"?: boolean | undefined;
  /** Hide the source line under the card. */
  "prop:hideSource"?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translation a Serbian card shows under it. */
  "prop:original"?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  "prop:share"?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  "prop:data"?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  "on:tip-load"?: ((e: TipStatCardTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "on:tip-error"?: ((e: TipStatCardTipErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TipTierBadge` component event */
export type TipTierBadgeElementEvent<E = Event> = TypedEvent<TipTierBadge, E>;
/** `tip-load` event type */
export type TipTierBadgeTipLoadElementEvent = TipTierBadgeElementEvent<
  CustomEvent<{ dataset: import("tip-widgets").Dataset }>
>;
/** `tip-error` event type */
export type TipTierBadgeTipErrorElementEvent = TipTierBadgeElementEvent<
  CustomEvent<{ message: string }>
>;

export type TipTierBadgeProps = {
  /** `full` (default) or `compact`. */
  variant?: "full" | "compact" | undefined;
  /** Show the tier in earlier reports. */
  "show-history"?: boolean | undefined;
  /** Show the tier in earlier reports. */
  showHistory?: boolean | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  locale?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  theme?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  src?: string | undefined;
  /** Hide the source line. */
  "hide-source"?: boolean | undefined;
  /** Hide the source line. */
  hideSource?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translation a Serbian badge shows under it. */
  original?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. Not on the compact variant. */
  share?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;

  /** The dataset is loaded and the content is rendered. */
  "ontip-load"?: ((e: TipTierBadgeTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "ontip-error"?: ((e: TipTierBadgeTipErrorElementEvent) => void) | undefined;
};

export type TipTierBadgeSolidJsProps = {
  /** `full` (default) or `compact`. */
  "prop:variant"?: "full" | "compact" | undefined;
  /** Show the tier in earlier reports. */
  "bool:show-history"?: boolean | undefined;
  /** Show the tier in earlier reports. */
  "prop:showHistory"?: boolean | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  "prop:locale"?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. */
  "prop:theme"?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  "prop:src"?: string | undefined;
  /** Hide the source line. */
  "bool:hide-source"?: boolean | undefined;
  /** Hide the source line. */
  "prop:hideSource"?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translation a Serbian badge shows under it. */
  "prop:original"?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. Not on the compact variant. */
  "prop:share"?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  "prop:data"?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  "on:tip-load"?: ((e: TipTierBadgeTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "on:tip-error"?: ((e: TipTierBadgeTipErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `TipYoyChart` component event */
export type TipYoyChartElementEvent<E = Event> = TypedEvent<TipYoyChart, E>;
/** `tip-load` event type */
export type TipYoyChartTipLoadElementEvent = TipYoyChartElementEvent<
  CustomEvent<{ dataset: import("tip-widgets").Dataset }>
>;
/** `tip-error` event type */
export type TipYoyChartTipErrorElementEvent = TipYoyChartElementEvent<
  CustomEvent<{ message: string }>
>;

export type TipYoyChartProps = {
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
  "hide-source"?: boolean | undefined;
  /** Hide the source line under the chart. */
  hideSource?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translations a Serbian chart shows under its quotes. */
  original?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  share?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown | undefined;

  /** The dataset is loaded and the content is rendered. */
  "ontip-load"?: ((e: TipYoyChartTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "ontip-error"?: ((e: TipYoyChartTipErrorElementEvent) => void) | undefined;
};

export type TipYoyChartSolidJsProps = {
  /** Comma-separated metric ids; wins over `preset`. */
  "prop:metrics"?: string | undefined;
  /** `law-enforcement` (default), `victim-protection` or `funding`. */
  "prop:preset"?:
    "law-enforcement" | "victim-protection" | "funding" | undefined;
  /** `bar` (default) or `line`. */
  "prop:type"?: "bar" | "line" | undefined;
  /** `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`. */
  "prop:locale"?: string | undefined;
  /** Colour theme; `auto` inherits the page's colours. The chart recolours when it changes. */
  "prop:theme"?: "light" | "dark" | "auto" | undefined;
  /** Address of a dataset that follows `data/schema.json`. */
  "prop:src"?: string | undefined;
  /** Hide the source line under the chart. */
  "bool:hide-source"?: boolean | undefined;
  /** Hide the source line under the chart. */
  "prop:hideSource"?: boolean | undefined;
  /** Quote the report in the English original only, without the unofficial translations a Serbian chart shows under its quotes. */
  "prop:original"?: boolean | undefined;
  /** Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. */
  "prop:share"?: boolean | undefined;
  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  "prop:data"?: unknown | undefined;
  /** The dataset is loaded and the content is rendered. */
  "on:tip-load"?: ((e: TipYoyChartTipLoadElementEvent) => void) | undefined;
  /** The widget shows an error message instead of its content. */
  "on:tip-error"?: ((e: TipYoyChartTipErrorElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * A calm, prominent callout with phone lines for people affected by trafficking. Every number
   * shown says whose it is and where it was listed; the report's facts on the state's 24-hour
   * hotline are quoted, and because the report gives no number for it, none is shown. A site
   * can put its own local number first with the `local-*` attributes or the `local` slot, and
   * choose which dataset lines to show with `hotlines`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `hotlines`: Comma-separated hotline ids to show, or `none`.
   * - `local-number`/`localNumber`: A number the site itself vouches for, shown first (digits, spaces and a leading + only).
   * - `local-name`/`localOrg`: Whose the local number is.
   * - `local-hours`/`localHours`: When the local number answers.
   * - `heading-level`/`headingLevel`: Heading level, 1–6.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line.
   * - `original`: Quote the report in the English original only, without the unofficial translation a Serbian callout shows under it.
   * - `quick-exit`/`quickExit`: Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it.
   * - `exit-url`/`exitUrl`: Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before upgrade, without JavaScript, and beside an error.
   * - `local`: The site's own help content (e.g. a list of local numbers), shown above the listed numbers.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-color-accent`: Colour of the callout's edge. (default: `undefined`)
   * - `--tip-quick-exit-background`: Colour of the quick exit button (default #a4262c, a dark red). (default: `undefined`)
   * - `--tip-quick-exit-color`: Text colour of the quick exit button (default #fff). (default: `undefined`)
   * - `--tip-hotline-callout-min-height`: Height kept while loading (default 60rem in a phone column, 38rem from 48rem wide; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The callout.
   * - `heading`: The heading.
   * - `numbers`: The list of numbers.
   * - `number`: Each phone link.
   * - `report-facts`: What the report says about the state hotline.
   * - `source-line`: The report link.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   * - `exit`: The quick exit (`quick-exit`): its button and the lines under it.
   * - `exit-button`: The "Quick exit" button.
   * - `exit-status`: The (visually hidden) line that tells screen readers how many presses of Shift are left.
   */
  "tip-hotline-callout": Partial<
    TipHotlineCalloutProps & BaseProps<TipHotlineCallout> & BaseEvents
  >;

  /**
   * The report's prioritized recommendations as an ordered list, quoted in English as published
   * and numbered in the report's order of priority (a filtered list keeps the report's numbers).
   * `limit` shows the first few with a "Show all" disclosure button. A Serbian list shows the
   * dataset's unofficial translation, says so above the list, and has a button that shows the
   * English original under each recommendation; `original` shows the English only.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `limit`: Show only the first N recommendations, with a "Show all" button.
   * - `section`: Only the recommendations on `prosecution`, `protection` or `prevention`.
   * - `heading-level`/`headingLevel`: Heading level, 1–6.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line.
   * - `original`: Quote the recommendations in the English original only, without the unofficial translation a Serbian list shows.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before upgrade, without JavaScript, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-recommendation-list-min-height`: Height kept while loading (default 37.25rem in a phone column, 26rem from 48rem wide; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole list box.
   * - `heading`: The heading.
   * - `list`: The ordered list.
   * - `toggle`: The "Show all" / "Show fewer" button.
   * - `original-toggle`: The button that shows the English original under each translated recommendation.
   * - `source-line`: The report link.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-recommendation-list": Partial<
    TipRecommendationListProps & BaseProps<TipRecommendationList> & BaseEvents
  >;

  /**
   * One figure from the report: the reporting-period value in the reader's locale, its label,
   * the change from the comparison year in words and numbers, an optional breakdown, and a
   * "Source" disclosure with the report's own sentence.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `metric`: Metric id from the dataset.
   * - `compare`: `on` (default) or `off`.
   * - `show-breakdown`/`showBreakdown`: Show the breakdown the report gives.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line under the card.
   * - `original`: Quote the report in the English original only, without the unofficial translation a Serbian card shows under it.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-stat-card-value-size`: Font size of the figure. (default: `undefined`)
   * - `--tip-stat-card-min-height`: Height kept while loading (default 17rem; 40rem with show-breakdown; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   * - `--tip-color-text`: Text colour (default: inherited). (default: `undefined`)
   * - `--tip-color-surface`: Background (default: transparent; light/dark themes set one). (default: `undefined`)
   * - `--tip-color-accent`: Colour of the change icon. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `label`: The figure's label.
   * - `value`: The figure and its period.
   * - `delta`: The comparison with the previous year.
   * - `breakdown`: The breakdown lists.
   * - `source`: The "Source" disclosure.
   * - `source-line`: The report link at the bottom.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-stat-card": Partial<
    TipStatCardProps & BaseProps<TipStatCard> & BaseEvents
  >;

  /**
   * The country's tier in the report, in words (never colour alone), with the report year and
   * the movement from the previous year ("Upgraded from Tier 2 Watch List", derived from the
   * tier history). `show-history` adds earlier years, each linking the page that states it.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `variant`: `full` (default) or `compact`.
   * - `show-history`/`showHistory`: Show the tier in earlier reports.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line.
   * - `original`: Quote the report in the English original only, without the unofficial translation a Serbian badge shows under it.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. Not on the compact variant.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text ("Serbia: Tier 2 in 2025"), shown before upgrade, without JavaScript, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-tier-badge-value-size`: Font size of the tier. (default: `undefined`)
   * - `--tip-tier-badge-min-height`: Height kept while loading (default 13rem; with show-history 24rem in a phone column, 18rem from 48rem wide; 0 in compact; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   * - `--tip-color-accent`: Colour of the tier marker. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The badge.
   * - `label`: Country and report.
   * - `value`: The tier.
   * - `movement`: The movement from the previous report.
   * - `history`: The tier history strip.
   * - `source`: The "Source" disclosure with the report's sentence on the tier.
   * - `source-line`: The report link.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-tier-badge": Partial<
    TipTierBadgeProps & BaseProps<TipTierBadge> & BaseEvents
  >;

  /**
   * The report's comparisons of the reporting year with the year before (2024 with 2023) as a
   * grouped bar or line chart. chart.js (tree-shaken, about 51 KB gzip) is imported only when the
   * chart comes within one viewport of being seen; until then a placeholder of the final size
   * holds the space. The canvas has `role="img"` and a generated summary, the same numbers are in
   * a real table (always available to screen readers, shown with "Show table"), and "Download CSV"
   * saves them with the source. Colours come from the `--tip-*` tokens and follow the theme.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `metrics`: Comma-separated metric ids; wins over `preset`.
   * - `preset`: `law-enforcement` (default), `victim-protection` or `funding`.
   * - `type`: `bar` (default) or `line`.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours. The chart recolours when it changes.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line under the chart.
   * - `original`: Quote the report in the English original only, without the unofficial translations a Serbian chart shows under its quotes.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-yoy-chart-height`: Height of the chart, kept from the first paint (default 18rem). (default: `undefined`)
   * - `--tip-yoy-chart-min-height`: Height kept while loading (default 44.75rem in a phone column, 39.25rem from 48rem wide; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   * - `--tip-color-accent`: Colour of the reporting year's bars or line. (default: `undefined`)
   * - `--tip-color-accent-2`: Colour of the comparison year's bars or line. (default: `undefined`)
   * - `--tip-color-text`: Text colour, also of the axis labels (default: inherited). (default: `undefined`)
   * - `--tip-color-border`: Colour of the grid lines and the table rules. (default: `undefined`)
   * - `--tip-color-surface`: Background (default: transparent; light/dark themes set one). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The figure around everything.
   * - `legend`: The years and their colours, as text.
   * - `chart`: The box of the final height that holds the placeholder, then the canvas.
   * - `summary`: The generated sentence summary of the numbers.
   * - `table`: The table of the plotted numbers.
   * - `source`: The "Source and notes" disclosure: each figure's sentence in the report, its notes, the contradictions they cite.
   * - `source-line`: The report link at the bottom.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-yoy-chart": Partial<
    TipYoyChartProps & BaseProps<TipYoyChart> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * A calm, prominent callout with phone lines for people affected by trafficking. Every number
   * shown says whose it is and where it was listed; the report's facts on the state's 24-hour
   * hotline are quoted, and because the report gives no number for it, none is shown. A site
   * can put its own local number first with the `local-*` attributes or the `local` slot, and
   * choose which dataset lines to show with `hotlines`.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `hotlines`: Comma-separated hotline ids to show, or `none`.
   * - `local-number`/`localNumber`: A number the site itself vouches for, shown first (digits, spaces and a leading + only).
   * - `local-name`/`localOrg`: Whose the local number is.
   * - `local-hours`/`localHours`: When the local number answers.
   * - `heading-level`/`headingLevel`: Heading level, 1–6.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line.
   * - `original`: Quote the report in the English original only, without the unofficial translation a Serbian callout shows under it.
   * - `quick-exit`/`quickExit`: Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it.
   * - `exit-url`/`exitUrl`: Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before upgrade, without JavaScript, and beside an error.
   * - `local`: The site's own help content (e.g. a list of local numbers), shown above the listed numbers.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-color-accent`: Colour of the callout's edge. (default: `undefined`)
   * - `--tip-quick-exit-background`: Colour of the quick exit button (default #a4262c, a dark red). (default: `undefined`)
   * - `--tip-quick-exit-color`: Text colour of the quick exit button (default #fff). (default: `undefined`)
   * - `--tip-hotline-callout-min-height`: Height kept while loading (default 60rem in a phone column, 38rem from 48rem wide; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The callout.
   * - `heading`: The heading.
   * - `numbers`: The list of numbers.
   * - `number`: Each phone link.
   * - `report-facts`: What the report says about the state hotline.
   * - `source-line`: The report link.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   * - `exit`: The quick exit (`quick-exit`): its button and the lines under it.
   * - `exit-button`: The "Quick exit" button.
   * - `exit-status`: The (visually hidden) line that tells screen readers how many presses of Shift are left.
   */
  "tip-hotline-callout": Partial<
    TipHotlineCalloutProps &
      TipHotlineCalloutSolidJsProps &
      BaseProps<TipHotlineCallout> &
      BaseEvents
  >;

  /**
   * The report's prioritized recommendations as an ordered list, quoted in English as published
   * and numbered in the report's order of priority (a filtered list keeps the report's numbers).
   * `limit` shows the first few with a "Show all" disclosure button. A Serbian list shows the
   * dataset's unofficial translation, says so above the list, and has a button that shows the
   * English original under each recommendation; `original` shows the English only.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `limit`: Show only the first N recommendations, with a "Show all" button.
   * - `section`: Only the recommendations on `prosecution`, `protection` or `prevention`.
   * - `heading-level`/`headingLevel`: Heading level, 1–6.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line.
   * - `original`: Quote the recommendations in the English original only, without the unofficial translation a Serbian list shows.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before upgrade, without JavaScript, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-recommendation-list-min-height`: Height kept while loading (default 37.25rem in a phone column, 26rem from 48rem wide; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The whole list box.
   * - `heading`: The heading.
   * - `list`: The ordered list.
   * - `toggle`: The "Show all" / "Show fewer" button.
   * - `original-toggle`: The button that shows the English original under each translated recommendation.
   * - `source-line`: The report link.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-recommendation-list": Partial<
    TipRecommendationListProps &
      TipRecommendationListSolidJsProps &
      BaseProps<TipRecommendationList> &
      BaseEvents
  >;

  /**
   * One figure from the report: the reporting-period value in the reader's locale, its label,
   * the change from the comparison year in words and numbers, an optional breakdown, and a
   * "Source" disclosure with the report's own sentence.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `metric`: Metric id from the dataset.
   * - `compare`: `on` (default) or `off`.
   * - `show-breakdown`/`showBreakdown`: Show the breakdown the report gives.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line under the card.
   * - `original`: Quote the report in the English original only, without the unofficial translation a Serbian card shows under it.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-stat-card-value-size`: Font size of the figure. (default: `undefined`)
   * - `--tip-stat-card-min-height`: Height kept while loading (default 17rem; 40rem with show-breakdown; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   * - `--tip-color-text`: Text colour (default: inherited). (default: `undefined`)
   * - `--tip-color-surface`: Background (default: transparent; light/dark themes set one). (default: `undefined`)
   * - `--tip-color-accent`: Colour of the change icon. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The card.
   * - `label`: The figure's label.
   * - `value`: The figure and its period.
   * - `delta`: The comparison with the previous year.
   * - `breakdown`: The breakdown lists.
   * - `source`: The "Source" disclosure.
   * - `source-line`: The report link at the bottom.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-stat-card": Partial<
    TipStatCardProps &
      TipStatCardSolidJsProps &
      BaseProps<TipStatCard> &
      BaseEvents
  >;

  /**
   * The country's tier in the report, in words (never colour alone), with the report year and
   * the movement from the previous year ("Upgraded from Tier 2 Watch List", derived from the
   * tier history). `show-history` adds earlier years, each linking the page that states it.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `variant`: `full` (default) or `compact`.
   * - `show-history`/`showHistory`: Show the tier in earlier reports.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line.
   * - `original`: Quote the report in the English original only, without the unofficial translation a Serbian badge shows under it.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. Not on the compact variant.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text ("Serbia: Tier 2 in 2025"), shown before upgrade, without JavaScript, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-tier-badge-value-size`: Font size of the tier. (default: `undefined`)
   * - `--tip-tier-badge-min-height`: Height kept while loading (default 13rem; with show-history 24rem in a phone column, 18rem from 48rem wide; 0 in compact; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   * - `--tip-color-accent`: Colour of the tier marker. (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The badge.
   * - `label`: Country and report.
   * - `value`: The tier.
   * - `movement`: The movement from the previous report.
   * - `history`: The tier history strip.
   * - `source`: The "Source" disclosure with the report's sentence on the tier.
   * - `source-line`: The report link.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-tier-badge": Partial<
    TipTierBadgeProps &
      TipTierBadgeSolidJsProps &
      BaseProps<TipTierBadge> &
      BaseEvents
  >;

  /**
   * The report's comparisons of the reporting year with the year before (2024 with 2023) as a
   * grouped bar or line chart. chart.js (tree-shaken, about 51 KB gzip) is imported only when the
   * chart comes within one viewport of being seen; until then a placeholder of the final size
   * holds the space. The canvas has `role="img"` and a generated summary, the same numbers are in
   * a real table (always available to screen readers, shown with "Show table"), and "Download CSV"
   * saves them with the source. Colours come from the `--tip-*` tokens and follow the theme.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `metrics`: Comma-separated metric ids; wins over `preset`.
   * - `preset`: `law-enforcement` (default), `victim-protection` or `funding`.
   * - `type`: `bar` (default) or `line`.
   * - `locale`: `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
   * - `theme`: Colour theme; `auto` inherits the page's colours. The chart recolours when it changes.
   * - `src`: Address of a dataset that follows `data/schema.json`.
   * - `hide-source`/`hideSource`: Hide the source line under the chart.
   * - `original`: Quote the report in the English original only, without the unofficial translations a Serbian chart shows under its quotes.
   * - `share`: Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
   * - `data`: A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `tip-load`: The dataset is loaded and the content is rendered.
   * - `tip-error`: The widget shows an error message instead of its content.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--tip-yoy-chart-height`: Height of the chart, kept from the first paint (default 18rem). (default: `undefined`)
   * - `--tip-yoy-chart-min-height`: Height kept while loading (default 44.75rem in a phone column, 39.25rem from 48rem wide; the same as dist/cdn/tip-widgets.css). (default: `undefined`)
   * - `--tip-color-accent`: Colour of the reporting year's bars or line. (default: `undefined`)
   * - `--tip-color-accent-2`: Colour of the comparison year's bars or line. (default: `undefined`)
   * - `--tip-color-text`: Text colour, also of the axis labels (default: inherited). (default: `undefined`)
   * - `--tip-color-border`: Colour of the grid lines and the table rules. (default: `undefined`)
   * - `--tip-color-surface`: Background (default: transparent; light/dark themes set one). (default: `undefined`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `base`: The figure around everything.
   * - `legend`: The years and their colours, as text.
   * - `chart`: The box of the final height that holds the placeholder, then the canvas.
   * - `summary`: The generated sentence summary of the numbers.
   * - `table`: The table of the plotted numbers.
   * - `source`: The "Source and notes" disclosure: each figure's sentence in the report, its notes, the contradictions they cite.
   * - `source-line`: The report link at the bottom.
   * - `share`: The "Share" button (with `share`); its menu opens after it.
   * - `message`: The error message box.
   */
  "tip-yoy-chart": Partial<
    TipYoyChartProps &
      TipYoyChartSolidJsProps &
      BaseProps<TipYoyChart> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Colour of the callout's edge. */
  "--tip-color-accent"?: string | undefined;
  /** Colour of the quick exit button (default #a4262c, a dark red). */
  "--tip-quick-exit-background"?: string | undefined;
  /** Text colour of the quick exit button (default #fff). */
  "--tip-quick-exit-color"?: string | undefined;
  /** Height kept while loading (default 60rem in a phone column, 38rem from 48rem wide; the same as dist/cdn/tip-widgets.css). */
  "--tip-hotline-callout-min-height"?: string | undefined;
  /** Height kept while loading (default 37.25rem in a phone column, 26rem from 48rem wide; the same as dist/cdn/tip-widgets.css). */
  "--tip-recommendation-list-min-height"?: string | undefined;
  /** Font size of the figure. */
  "--tip-stat-card-value-size"?: string | undefined;
  /** Height kept while loading (default 17rem; 40rem with show-breakdown; the same as dist/cdn/tip-widgets.css). */
  "--tip-stat-card-min-height"?: string | undefined;
  /** Text colour (default: inherited). */
  "--tip-color-text"?: string | undefined;
  /** Background (default: transparent; light/dark themes set one). */
  "--tip-color-surface"?: string | undefined;
  /** Font size of the tier. */
  "--tip-tier-badge-value-size"?: string | undefined;
  /** Height kept while loading (default 13rem; with show-history 24rem in a phone column, 18rem from 48rem wide; 0 in compact; the same as dist/cdn/tip-widgets.css). */
  "--tip-tier-badge-min-height"?: string | undefined;
  /** Height of the chart, kept from the first paint (default 18rem). */
  "--tip-yoy-chart-height"?: string | undefined;
  /** Height kept while loading (default 44.75rem in a phone column, 39.25rem from 48rem wide; the same as dist/cdn/tip-widgets.css). */
  "--tip-yoy-chart-min-height"?: string | undefined;
  /** Colour of the comparison year's bars or line. */
  "--tip-color-accent-2"?: string | undefined;
  /** Colour of the grid lines and the table rules. */
  "--tip-color-border"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
