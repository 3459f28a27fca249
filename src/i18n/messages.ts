// The UI text of every widget in English and Serbian (Latin); Cyrillic is transliterated from the Latin.
import type { Locale } from './locale.js';
import { stripKeepMarks, toCyrillic } from './translit.js';

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
type Catalog = Record<MessageKey, string>;

/**
 * Serbian, Latin script, as a Belgrade newsroom writes it; Cyrillic is generated from it (translit.ts).
 *
 * Kept-Latin rule (⟦ ⟧): mark only what Serbian Cyrillic text itself leaves in Latin: foreign
 * technical abbreviations with no Serbian form (⟦CSV⟧), and an English-only acronym such as the
 * report's ⟦CPTV⟧ if one is ever used. Names of organisations and institutions are NOT marked:
 * the Cyrillic press transliterates them (АСТРА, Атина, Центар за заштиту жртава, НВО, Стејт
 * департмент). Addresses, e-mails and {placeholders} need no mark: toCyrillic keeps them as written.
 *
 * Style: years are ordinals with a period ("u 2024.", "za 2025. godinu"); tiers are "Nivo 1/2/3" and
 * "Lista posmatranja nivoa 2"; quotation marks „…”; case-free phrasing around placeholders
 * ("Pad od {diff}", "{org}: pozovite …") because a placeholder cannot be declined.
 */
const srLatn: Catalog = {
  'state.loading': 'Učitavanje…',
  'error.prefix': 'Sadržaj nije moguće prikazati:',
  'error.attribute': 'vrednost „{value}” nije dozvoljena za atribut {attribute}. Dozvoljene vrednosti: {valid}.',
  'error.metric': 'u ovim podacima nema pokazatelja „{value}”.',
  'error.load': 'podaci sa adrese {file} nisu mogli da se učitaju ({reason}).',
  'error.invalid': 'podaci sa adrese {file} nisu ispravni: {reason}.',
  'error.render': 'došlo je do neočekivane greške.',
  'source.line': 'Izvor:',
  'source.reportLink': '{title}, {publisher}',
  'source.disclosure': 'Izvor',
  'source.disclosureNotes': 'Izvor i napomene',
  'source.quoteNote': 'Citat iz izveštaja, u originalu na engleskom jeziku.',
  'source.external': 'izvor',
  'tier.context': '{country} · Izveštaj o trgovini ljudima za {year}. godinu',
  'tier.upgraded': 'Napredak u odnosu na prethodnu ocenu: {from}',
  'tier.downgraded': 'Pad u odnosu na prethodnu ocenu: {from}',
  'tier.unchanged': 'Bez promene u odnosu na prethodnu ocenu: {from}',
  'tier.compact': '{country}: {tier} u {year}. godini',
  'tier.historyHeading': 'Ocena u ranijim izveštajima',
  'tier.historyItem': '{year}: {tier}',
  'tier.thisReport': 'ovaj izveštaj',
  'tier.name.Tier 1': 'Nivo 1',
  'tier.name.Tier 2': 'Nivo 2',
  'tier.name.Tier 2 Watch List': 'Lista posmatranja nivoa 2',
  'tier.name.Tier 3': 'Nivo 3',
  'tier.name.Special Case': 'Poseban slučaj',
  'stat.in': 'u {year}.',
  'stat.up': 'Porast od {diff} u odnosu na {year}. ({previous})',
  'stat.down': 'Pad od {diff} u odnosu na {year}. ({previous})',
  'stat.same': 'Bez promene u odnosu na {year}. ({previous})',
  'stat.noCompare': 'Izveštaj ne navodi podatak za {year}. godinu, pa poređenje nije moguće.',
  'stat.usd': '{usd} prema preračunu iz izveštaja',
  'stat.breakdown': 'Struktura',
  'stat.ofWhich': 'od toga',
  'stat.sumsTo': 'Zbir ovih brojeva je {sum}, a ne {total}.',
  'stat.discrepancy': 'Podaci u izveštaju se ovde ne slažu:',
  'stat.flag': 'Podaci u izveštaju se ovde ne slažu; pogledajte „Izvor i napomene”.',
  'stat.caveat': 'Izveštaj uz ovaj podatak navodi ogradu; pogledajte „Izvor i napomene”.',
  'stat.note': 'Napomena:',
  'section.prosecution': 'Krivično gonjenje',
  'section.protection': 'Zaštita',
  'section.prevention': 'Prevencija',
  'section.profile': 'Profil trgovine ljudima',
  'recs.heading': 'Prioritetne preporuke',
  'recs.headingSection': 'Prioritetne preporuke: {section}',
  'recs.note': 'Preporuke su citirane iz izveštaja, u originalu na engleskom jeziku, i numerisane po prioritetu koji im daje izveštaj.',
  'recs.showAll': 'Prikaži sve preporuke ({count})',
  'recs.showFewer': 'Prikaži manje preporuka',
  'recs.empty': 'Izveštaj ne daje preporuke za ovu oblast.',
  'hotline.heading': 'Pomoć za osobe pogođene trgovinom ljudima',
  'hotline.intro': 'Ako vas ili nekoga koga poznajete neko tera da radi, prosi, vrši krivična dela ili pruža seksualne usluge, možete potražiti pomoć.',
  'hotline.local': 'Broj koji navodi ovaj sajt',
  'hotline.listed': 'Broj navodi {org} na stranici',
  'hotline.domestic': 'iz Srbije: {number}',
  'hotline.hours': 'Radno vreme: {hours}',
  'hotline.hoursLabel': 'Radno vreme:',
  'hotline.call': '{org}: pozovite {number}',
  'hotline.cptvHeading': 'Šta izveštaj kaže o državnoj SOS liniji',
  'hotline.noNumber': 'Izveštaj ne navodi broj ove linije, pa ga ne prikazujemo.',
  'hotline.none': 'U ovim podacima nema nijednog broja sa navedenim izvorom.',
  'hotline.check': 'Brojevi su preuzeti sa navedenih stranica i možda su se promenili; proverite ih tamo.',
  'chart.heading': 'Poređenje sa {previousYear}.',
  'chart.summaryUp': '{label}: porast sa {previous} u {previousYear}. na {value} u {year}.',
  'chart.summaryDown': '{label}: pad sa {previous} u {previousYear}. na {value} u {year}.',
  'chart.summarySame': '{label}: {value} i u {previousYear}. i u {year}.',
  'chart.summaryNoPrevious': '{label}: {value} u {year}., bez podatka za {previousYear}.',
  'chart.showTable': 'Prikaži tabelu',
  'chart.hideTable': 'Sakrij tabelu',
  'chart.download': 'Preuzmi ⟦CSV⟧',
  'chart.metric': 'Podatak',
  'chart.placeholder': 'Grafikon će se učitati kada se pomerite do njega.',
  'chart.failed': 'Grafikon nije mogao da se iscrta; tabela ispod sadrži iste brojeve.',
  'chart.mixedUnits': 'ovi podaci imaju različite jedinice ({units}) i ne crtaju se na istoj osi.',
  'chart.tableCaption': '{title}: {previousYear}. i {year}.',
  'chart.preset.law-enforcement': 'Krivično gonjenje, {previousYear}. i {year}.',
  'chart.preset.victim-protection': 'Zaštita žrtava, {previousYear}. i {year}.',
  'chart.preset.funding': 'Finansiranje, {previousYear}. i {year}.',
  'chart.custom': 'Izabrani podaci, {previousYear}. i {year}.',
  'chart.unit': 'Jedinica',
  'chart.unit.count': 'broj',
  'chart.noPrevious': 'za podatak „{value}” nema vrednosti iz {previousYear}. za poređenje sa {year}.',
  'chart.empty': 'u ovim podacima za ovaj grafikon nema nijednog podatka sa vrednostima i iz {previousYear}. i iz {year}.',
};

const CATALOGS: Record<Exclude<Locale, 'sr-Cyrl'>, Catalog> = { en, 'sr-Latn': srLatn };

/** Every message key, for tests that check no locale misses one. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** The Serbian Latin message as written, ⟦keep-marks⟧ included, for tests of the Cyrillic output. */
export function latinSource(key: MessageKey): string {
  return srLatn[key];
}

const cyrillicCache = new Map<MessageKey, string>();

/** The untranslated template for `key` in `locale` (Cyrillic derived from Latin, keep-marks removed). */
export function template(locale: Locale, key: MessageKey): string {
  if (locale === 'sr-Cyrl') {
    let cyr = cyrillicCache.get(key);
    if (cyr === undefined) {
      cyr = toCyrillic(srLatn[key]);
      cyrillicCache.set(key, cyr);
    }
    return cyr;
  }
  return stripKeepMarks(CATALOGS[locale][key]);
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
  if (locale === 'en') return { text: english, lang: 'en' };
  const latin = translations && Object.hasOwn(translations, 'sr-Latn') ? translations['sr-Latn'] : undefined;
  if (typeof latin !== 'string') return { text: english, lang: 'en' };
  return locale === 'sr-Cyrl' ? { text: toCyrillic(latin), lang: 'sr-Cyrl' } : { text: stripKeepMarks(latin), lang: 'sr-Latn' };
}
