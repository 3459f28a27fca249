// The TypeScript model of a TIP country/year dataset; data/schema.json is its twin and a test keeps them in step.

/** A tier as the TIP report names it. */
export type TierName = 'Tier 1' | 'Tier 2' | 'Tier 2 Watch List' | 'Tier 3' | 'Special Case';

/** The report's three sections of government effort, plus its closing trafficking profile. */
export type SectionId = 'prosecution' | 'protection' | 'prevention' | 'profile';

/** How the report judges a section against the previous period. */
export type Verdict = 'increased' | 'maintained' | 'decreased';

/** The unit of a metric: a count of people/cases/things, or a currency (ISO 4217). */
export type Unit = 'count' | 'RSD' | 'EUR' | 'USD';

/** A closed range the report states ("between 150,000 dinars … to 1,000,000 dinars"). */
export interface Range {
  min: number;
  max: number;
}

/** A figure is either one number or a range. */
export type Figure = number | Range;

/** Where a fact from outside the report comes from. */
export interface ExternalSource {
  /** https: address of the page that states the fact. */
  url: string;
  /** The page's words, copied. */
  quote: string;
}

export interface TierHistoryEntry {
  /** Report year (the report published in that year). */
  year: number;
  tier: TierName;
  /** Omitted only for the dataset's own report year, whose source is the report itself. */
  source?: ExternalSource;
}

export interface BreakdownItem {
  /** kebab-case id, stable; UI translations key on it (e.g. `sex-trafficking`, `women`). */
  id: string;
  /** English label. */
  label: string;
  value: number;
  /** Id of another item in the same group that this one is part of (forced begging is part of labor trafficking). */
  partOf?: string;
}

export interface BreakdownGroup {
  /** kebab-case id, e.g. `form`, `sex-age`, `sentence`. */
  id: string;
  /** English label of the group, e.g. "By form of exploitation". */
  label: string;
  items: BreakdownItem[];
  /**
   * True when the top-level items (those without `partOf`) should add up to the metric's value.
   * A group that should but does not must name a discrepancy.
   */
  sumsToTotal: boolean;
  /** Id of a dataset discrepancy that explains why this group does not add up. */
  discrepancy?: string;
}

export interface Metric {
  /** English label, short, as a heading for the figure. */
  label: string;
  /** Labels in other locales, keyed by BCP 47 tag (`sr-Latn`); Cyrillic is derived from `sr-Latn`. */
  labels?: Record<string, string>;
  section: SectionId;
  unit: Unit;
  /** The figure for the reporting period (or `year`, when the report dates it otherwise). */
  value: Figure;
  /** How the report qualifies `value`, when it does: "approximately 500", "at least two". */
  qualifier?: 'approximately' | 'at-least';
  /** The comparison period's figure, where the report gives one. */
  previous?: Figure;
  /** The report's own USD conversion of `value` (money only). */
  valueUsd?: Figure;
  /** The report's own USD conversion of `previous` (money only). */
  previousUsd?: Figure;
  /** The year the value belongs to when it is not the reporting period (e.g. 2021). */
  year?: number;
  /** Free-text period when a figure spans years ("2024–2026"). */
  period?: string;
  breakdown?: BreakdownGroup[];
  /** The report's words that state the figure, copied verbatim from the source text. */
  quote: string;
  /** Caveats a reader must see beside the figure (e.g. how police and courts count). */
  notes?: string[];
  /** Ids of dataset discrepancies that touch this metric. */
  discrepancies?: string[];
  /** The quote (report's words) and the notes (ours) in other languages, keyed by BCP 47 tag (`sr-Latn`). */
  translations?: Record<string, MetricTranslation>;
}

/** A metric's texts in one other language. `notes` follow the order of the English notes. */
export interface MetricTranslation {
  quote?: string;
  notes?: string[];
}

export interface SectionVerdict {
  verdict: Verdict;
  /** The section's one-line verdict, verbatim. */
  quote: string;
}

export interface Recommendation {
  /** The recommendation, verbatim. */
  text: string;
  section: Exclude<SectionId, 'profile'>;
  /** The recommendation in other languages, keyed by BCP 47 tag: an unofficial translation. */
  translations?: Record<string, { text: string; note?: string }>;
}

export interface Hotline {
  /** kebab-case id. */
  id: string;
  /** Whose line it is. */
  organisation: string;
  /** Displayed number, international form ("+381 11 785 0000"). Absent when no number is sourced. */
  number?: string;
  /** Same number in the domestic form, if the source gives one. */
  domestic?: string;
  /** Opening hours as stated ("24 hours"). */
  hours?: string;
  /** One sentence on what the line is for, or what the report says of it. */
  description?: string;
  /** Metric ids with facts about this line (calls received, victims identified). */
  metrics?: string[];
  /** Where the number was listed. Absent only for lines described by the report itself. */
  source?: ExternalSource;
  /** Verbatim report text about this line, when the report describes it. */
  quote?: string;
  /** `organisation`, `hours` and `description` in other locales, keyed by BCP 47 tag (`sr-Latn`). */
  translations?: Record<string, { organisation?: string; hours?: string; description?: string; quote?: string }>;
}

export interface Discrepancy {
  /** kebab-case id. */
  id: string;
  /** Plain-English statement of what does not agree. */
  description: string;
  /** The report's words on each side, verbatim. */
  quotes: string[];
  /** The description in other languages, keyed by BCP 47 tag. */
  translations?: Record<string, { description: string }>;
}

/**
 * One language's translation of the dataset's own texts. Only unofficial translations exist:
 * the widgets label every translated report text as one, with the English a click away.
 */
export interface DatasetTranslation {
  status: 'unofficial';
  /** Who translated and how it was reviewed. */
  translator?: string;
  /** Translator's notes: what could not be rendered exactly. */
  notes?: string[];
  summary?: string;
  movementQuote?: string;
  sections?: Partial<Record<'prosecution' | 'protection' | 'prevention', string>>;
}

export interface Dataset {
  /** Version of this data model; 1 today. */
  schemaVersion: 1;
  country: {
    name: string;
    /** ISO 3166-1 alpha-2. */
    code: string;
    /** Country name in other locales, keyed by BCP 47 tag. */
    names?: Record<string, string>;
  };
  /** Year the report was published. */
  reportYear: number;
  /** Calendar year the figures describe. */
  reportingPeriod: number;
  /** Year of every `previous` figure. */
  comparisonPeriod: number;
  source: {
    title: string;
    publisher: string;
    /** https: address of the report. */
    url: string;
  };
  tier: TierName;
  movement: 'upgraded' | 'downgraded' | 'unchanged';
  /** The report's words on the movement, verbatim. */
  movementQuote: string;
  tierHistory: TierHistoryEntry[];
  /** The key sentence of the summary paragraph, verbatim. */
  summary: string;
  sections: Record<'prosecution' | 'protection' | 'prevention', SectionVerdict>;
  recommendations: Recommendation[];
  metrics: Record<string, Metric>;
  hotlines: Hotline[];
  discrepancies: Discrepancy[];
  /** Translations of the dataset-level texts and each language's status, keyed by BCP 47 tag. */
  translations?: Record<string, DatasetTranslation>;
}
