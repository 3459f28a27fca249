// Turns dataset figures into text in the reader's locale, always through Intl, never by hand.
import { intlTag, type Locale } from '../i18n/locale.js';
import type { Figure, Unit } from './types.js';

const formatters = new Map<string, Intl.NumberFormat>();

function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), options);
    formatters.set(key, f);
  }
  return f;
}

function isRange(figure: Figure | undefined): figure is { min: number; max: number } {
  return typeof figure === 'object' && figure !== null;
}

/**
 * Options for one amount. Money of a million or more is written the way the report and the
 * press write it ("50.5 million", "50,5 miliona") when that loses nothing; any other amount
 * is written in full. Nothing is ever rounded.
 */
function optionsFor(value: number, unit: Unit): Intl.NumberFormatOptions {
  const base: Intl.NumberFormatOptions =
    unit === 'count'
      ? { maximumFractionDigits: 20 }
      : { style: 'currency', currency: unit, currencyDisplay: 'name', maximumFractionDigits: 20, minimumFractionDigits: 0 };
  // Once: the minifier cannot tell that three calls of Math.abs give one value.
  const size = Math.abs(value);
  const million = size >= 1e9 ? 1e9 : 1e6;
  const lossless = Number.isInteger((size / million) * 1000);
  if (unit !== 'count' && size >= 1e6 && lossless) {
    return { ...base, notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 3 };
  }
  return base;
}

/** A number or money amount in `locale`, e.g. "64", "50.5 million Serbian dinars", "€500,000". */
export function formatAmount(value: number, unit: Unit, locale: Locale): string {
  return nf(locale, optionsFor(value, unit)).format(value);
}

/** A figure, which may be a range ("150,000–1,000,000 Serbian dinars"). */
export function formatFigure(figure: Figure, unit: Unit, locale: Locale): string {
  if (!isRange(figure)) return formatAmount(figure, unit, locale);
  // Both ends in the same style: compact only when the smaller end would be compact too.
  const options = optionsFor(Math.min(figure.min, figure.max), unit);
  return nf(locale, options).formatRange(figure.min, figure.max);
}

/** A plain number in `locale` (years are not grouped: 2024, not 2,024). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return nf(locale, { maximumFractionDigits: 20, ...options }).format(value);
}

export function formatYear(year: number, locale: Locale): string {
  return formatNumber(year, locale, { useGrouping: false });
}

/** A USD conversion as the report gives it, e.g. "$449,610". */
export function formatUsd(figure: Figure, locale: Locale): string {
  // Serbian CLDR writes the dollar as "US$"; the name ("америчких долара") reads naturally in both scripts.
  const options: Intl.NumberFormatOptions = {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: locale === 'en' ? 'symbol' : 'name',
    maximumFractionDigits: 20,
    minimumFractionDigits: 0,
  };
  return isRange(figure) ? nf(locale, options).formatRange(figure.min, figure.max) : nf(locale, options).format(figure);
}
