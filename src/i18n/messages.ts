// The UI text of every widget in English and Serbian (Latin); Cyrillic is transliterated from the Latin.
import type { Locale } from './locale.js';

/**
 * English catalog: the source of truth for message keys. `{name}` is a placeholder filled after
 * translation and transliteration, so numbers, names and addresses are never transliterated.
 * Keys ending in `.one` / `.few` / `.other` are plural forms chosen with `Intl.PluralRules`.
 */
const en = {
  'state.loading': 'Loading…',
  'error.prefix': 'This widget cannot show its content:',
  'error.attribute': 'the value “{value}” is not valid for {attribute}. Valid: {valid}.',
  'error.metric': 'there is no metric “{value}” in this dataset.',
  'error.load': 'the data at {file} could not be loaded ({reason}).',
  'error.invalid': 'the data at {file} is not valid: {reason}.',
  'error.render': 'an unexpected problem occurred.',
  'source.line': 'Source:',
  'source.reportLink': '{title}, {publisher}',
  'source.disclosure': 'Source',
  'source.disclosureNotes': 'Source and notes',
  'source.quoteNote': 'Quoted from the report, in English as published.',
  'source.external': 'source',
  'tier.context': '{country} · {year} Trafficking in Persons Report',
  'tier.upgraded': 'Upgraded from {from}',
  'tier.downgraded': 'Downgraded from {from}',
  'tier.unchanged': 'Unchanged from {from}',
  'tier.compact': '{country}: {tier} in {year}',
  'tier.historyHeading': 'Tier in earlier reports',
  'tier.historyItem': '{year}: {tier}',
  'tier.thisReport': 'this report',
  'tier.name.Tier 1': 'Tier 1',
  'tier.name.Tier 2': 'Tier 2',
  'tier.name.Tier 2 Watch List': 'Tier 2 Watch List',
  'tier.name.Tier 3': 'Tier 3',
  'tier.name.Special Case': 'Special Case',
  'stat.in': 'in {year}',
  'stat.up': 'Up {diff} from {previous} in {year}',
  'stat.down': 'Down {diff} from {previous} in {year}',
  'stat.same': 'Unchanged from {year} ({previous})',
  'stat.noCompare': 'The report gives no {year} figure to compare.',
  'stat.usd': '{usd}, the report’s conversion',
  'stat.breakdown': 'Breakdown',
  'stat.ofWhich': 'of which',
  'stat.sumsTo': 'These add up to {sum}, not {total}.',
  'stat.discrepancy': 'The report is inconsistent here:',
  'stat.flag': 'The report’s figures do not agree here; see “Source and notes”.',
  'stat.caveat': 'The report notes a caveat on this figure; see “Source and notes”.',
  'stat.note': 'Note:',
  'section.prosecution': 'Prosecution',
  'section.protection': 'Protection',
  'section.prevention': 'Prevention',
  'section.profile': 'Trafficking profile',
  'recs.heading': 'Prioritized recommendations',
  'recs.headingSection': 'Prioritized recommendations: {section}',
  'recs.note': 'Quoted from the report, in English as published; numbered in the report’s order of priority.',
  'recs.showAll': 'Show all {count} recommendations',
  'recs.showFewer': 'Show fewer recommendations',
  'recs.empty': 'The report makes no recommendation in this section.',
  'hotline.heading': 'Help for people affected by trafficking',
  'hotline.intro': 'If you or someone you know is being forced to work, beg, commit crimes or sell sex, you can ask for help.',
  'hotline.local': 'Listed by this site',
  'hotline.listed': 'Listed by {org} at',
  'hotline.domestic': 'within Serbia: {number}',
  'hotline.hours': 'Hours: {hours}',
  'hotline.hoursLabel': 'Hours:',
  'hotline.call': 'Call {org}: {number}',
  'hotline.cptvHeading': 'What the report says about the state hotline',
  'hotline.noNumber': 'The report gives no number for this line, so none is shown.',
  'hotline.none': 'No sourced number is available in this dataset.',
  'hotline.check': 'Numbers come from the listed pages and may have changed; check them there.',
  'chart.heading': 'Compared with {previousYear}',
  'chart.summaryUp': '{label} rose from {previous} in {previousYear} to {value} in {year}',
  'chart.summaryDown': '{label} fell from {previous} in {previousYear} to {value} in {year}',
  'chart.summarySame': '{label} stayed at {value} in {previousYear} and {year}',
  'chart.summaryNoPrevious': '{label}: {value} in {year}, with no {previousYear} figure',
  'chart.showTable': 'Show table',
  'chart.hideTable': 'Hide table',
  'chart.download': 'Download CSV',
  'chart.metric': 'Figure',
  'chart.placeholder': 'Chart loads when scrolled into view.',
  'chart.failed': 'The chart could not be drawn; the table below has the same numbers.',
  'chart.mixedUnits': 'these figures have different units ({units}) and are not drawn on one axis.',
  'chart.tableCaption': '{title}: {previousYear} and {year}',
  'chart.preset.law-enforcement': 'Law enforcement, {previousYear} and {year}',
  'chart.preset.victim-protection': 'Victim protection, {previousYear} and {year}',
  'chart.preset.funding': 'Funding, {previousYear} and {year}',
  'chart.custom': 'Selected figures, {previousYear} and {year}',
  'chart.unit': 'Unit',
  'chart.unit.count': 'number',
  'chart.noPrevious': 'the figure “{value}” has no {previousYear} value to compare with {year}.',
  'chart.empty': 'this dataset has no figure with both a {previousYear} and a {year} value for this chart.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalog = Record<MessageKey, string>;

/** Every message key, for tests that check no locale misses one. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

type Serbian = typeof import('./sr.js');
let serbian: Serbian | undefined;
let serbianFailed = false;
let loadingSerbian: Promise<void> | undefined;

/**
 * Loads what `locale` needs beyond English. Serbian (both scripts: catalog, breakdown terms and
 * transliteration) is its own chunk, so English readers never download it. If the chunk cannot
 * load, widgets fall back to English rather than wait forever.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || serbian || serbianFailed) return Promise.resolve();
  loadingSerbian ??= import('./sr.js').then(
    (module) => {
      serbian = module;
    },
    () => {
      serbianFailed = true;
    },
  );
  return loadingSerbian;
}

/** Whether `locale` can render now (its chunk is loaded, or it has failed and English stands in). */
export function localeReady(locale: Locale): boolean {
  return locale === 'en' || serbian !== undefined || serbianFailed;
}

/** The Serbian chunk, once loaded. */
export function serbianModule(): Serbian | undefined {
  return serbian;
}

/** The Serbian Latin message as written, ⟦keep-marks⟧ included, for tests of the Cyrillic output. */
export function latinSource(key: MessageKey): string {
  if (!serbian) throw new Error('latinSource: call loadLocale("sr-Latn") first');
  return serbian.srLatn[key];
}

const cyrillicCache = new Map<MessageKey, string>();

/**
 * The untranslated template for `key` in `locale` (Cyrillic derived from Latin, keep-marks
 * removed). English stands in until the Serbian chunk has loaded.
 */
export function template(locale: Locale, key: MessageKey): string {
  if (locale === 'en' || !serbian) return en[key];
  if (locale === 'sr-Cyrl') {
    let cyr = cyrillicCache.get(key);
    if (cyr === undefined) {
      cyr = serbian.toCyrillic(serbian.srLatn[key]);
      cyrillicCache.set(key, cyr);
    }
    return cyr;
  }
  return serbian.stripKeepMarks(serbian.srLatn[key]);
}

/** Parameters for a message: strings are inserted as they are, numbers should be formatted first. */
export type Params = Record<string, string>;

/** Translates `key` into `locale`, filling `{name}` placeholders with `params`. */
export function msg(locale: Locale, key: MessageKey, params: Params = {}): string {
  return template(locale, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? params[name]! : whole,
  );
}

/**
 * A text from the data in `locale`: English as given, Serbian from the `sr-Latn` translation
 * when the data has one (Cyrillic transliterated), else the English text.
 * `lang` says which language the returned text is in, so the caller can mark it.
 */
export function dataText(
  locale: Locale,
  english: string,
  translations?: Record<string, string>,
): { text: string; lang: 'en' | 'sr-Latn' | 'sr-Cyrl' } {
  if (locale === 'en' || !serbian) return { text: english, lang: 'en' };
  const latin = translations && Object.hasOwn(translations, 'sr-Latn') ? translations['sr-Latn'] : undefined;
  if (typeof latin !== 'string') return { text: english, lang: 'en' };
  return locale === 'sr-Cyrl'
    ? { text: serbian.toCyrillic(latin), lang: 'sr-Cyrl' }
    : { text: serbian.stripKeepMarks(latin), lang: 'sr-Latn' };
}

/**
 * `text` continued mid-sentence ("of which forced begging", "(upgraded from …)"): an English
 * label or message loses its capital; Serbian keeps its text as written.
 */
export function midSentence(lang: string, text: string): string {
  return lang === 'en' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
