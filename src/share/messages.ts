// The Share menu's texts, loaded with it on the first click (./control.ts): no page pays for them
// before. Serbian is written in Latin, as src/locales/sr/messages.ts is; a Cyrillic widget shows it
// through its pack's transform (⟦…⟧ stays Latin), which is loaded whenever such a widget renders.
// A language without texts here (a page's own registerLocale()) shows English.
import { localePack } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';

const en = {
  menu: 'Share this figure',
  png: 'Download image (PNG)',
  svg: 'Download image (SVG)',
  cite: 'Copy citation',
  bibtex: 'Copy citation (BibTeX)',
  csl: 'Copy citation (CSL-JSON)',
  embed: 'Copy embed code',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy to the clipboard. Select the text below and copy it.',
  copyLabel: 'Text to copy',
  downloaded: 'Downloading {file}. Its alt text: {alt}',
  pngFailed: 'A PNG cannot be made on this page (its security policy may block it). The SVG download still works.',
  failed: 'This could not be done: {reason}.',
  size: 'Image size',
  'size.widget': 'As on this page',
  'size.landscape': '1200 × 675 (social media, landscape)',
  'size.square': '1080 × 1080 (square)',
  'size.preview': '1200 × 630 (link preview)',
  // Citations (./citation.ts). {publisher}, {title} and {url} are the report's, kept as published.
  'cite.figure': '{label}: {value} in {year}',
  'cite.previous': ' ({previous} in {previousYear})',
  'cite.atLeast': 'at least {value}',
  'cite.approximately': 'about {value}',
  'cite.tier': '{country}: {tier} in the {reportYear} report',
  'cite.report': 'Source: {publisher}, “{title},” {reportYear}, {url}.',
};

export type ShareKey = keyof typeof en;

/** Serbian, Latin script (Cyrillic is derived). Years are ordinals with a period, as in the catalog. */
const srLatn: Record<ShareKey, string> = {
  menu: 'Podeli ovaj podatak',
  png: 'Preuzmi sliku (⟦PNG⟧)',
  svg: 'Preuzmi sliku (⟦SVG⟧)',
  cite: 'Kopiraj navod izvora',
  bibtex: 'Kopiraj navod izvora (⟦BibTeX⟧)',
  csl: 'Kopiraj navod izvora (⟦CSL-JSON⟧)',
  embed: 'Kopiraj kod za ugradnju',
  copied: 'Kopirano u privremenu memoriju.',
  copyFailed: 'Kopiranje nije uspelo. Označite tekst ispod i kopirajte ga.',
  copyLabel: 'Tekst za kopiranje',
  downloaded: 'Preuzima se {file}. Alternativni tekst slike: {alt}',
  pngFailed: 'Na ovoj stranici ne može da se napravi slika ⟦PNG⟧ (verovatno to sprečavaju njena bezbednosna pravila). Preuzimanje slike ⟦SVG⟧ i dalje radi.',
  failed: 'To nije uspelo: {reason}.',
  size: 'Veličina slike',
  'size.widget': 'Kao na ovoj stranici',
  'size.landscape': '1200 × 675 (društvene mreže, položeno)',
  'size.square': '1080 × 1080 (kvadrat)',
  'size.preview': '1200 × 630 (pregled linka)',
  'cite.figure': '{label}: {value} u {year}.',
  'cite.previous': ' ({previous} u {previousYear}.)',
  'cite.atLeast': 'najmanje {value}',
  'cite.approximately': 'oko {value}',
  'cite.tier': '{country}: {tier} u izveštaju za {reportYear}. godinu',
  'cite.report': 'Izvor: {publisher}, „{title}”, {reportYear}, {url}.',
};

const catalogs: Record<string, Record<ShareKey, string>> = { en, 'sr-Latn': srLatn, 'sr-Cyrl': srLatn };

/** Every key of the English texts, for the test that each language has them all. */
export const shareKeys = Object.keys(en) as ShareKey[];
export const shareCatalogs = catalogs;

/**
 * `key` in `locale`, `{name}` filled with `params` after the script transform (names, numbers and
 * addresses are never transliterated).
 */
export function shareText(locale: Locale, key: ShareKey, params: Record<string, string> = {}): string {
  const catalog = Object.hasOwn(catalogs, locale) ? catalogs[locale]! : en;
  const show = catalog === en ? (text: string) => text : (localePack(locale)?.show ?? ((text: string) => text.replace(/[⟦⟧]/g, '')));
  return show(catalog[key]).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? params[name]! : whole));
}
