// Citations of what a widget shows, in the widget's language: the figure and its year, then the
// report as the U.S. Department of State publishes it (publisher, title, year, address). Plain
// text for readers, BibTeX and CSL-JSON for researchers. Pure functions of the dataset: the Share
// menu (./control.ts) copies them, tests check them word for word.
import type { Dataset, Metric } from '../data/types.js';
import { formatFigure, formatYear } from '../data/format.js';
import { dataText, msg } from '../i18n/messages.js';
import type { Locale } from '../i18n/locale.js';
import { metricById } from '../data/load.js';
import { shareText } from './messages.js';
import { idList } from '../data/clip.js';

/** What a widget shows, as much as its citation needs: its tag and its attributes as written. */
export interface CitationRequest {
  tag: string;
  attributes: Record<string, string>;
  dataset: Dataset;
  locale: Locale;
}

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields used here. */
export interface CslItem {
  id: string;
  type: 'report';
  title: string;
  author: { literal: string }[];
  publisher: string;
  issued: { 'date-parts': [[number]] };
  URL: string;
  language: string;
  note?: string;
}

export interface Citation {
  /** One paragraph: the figure and its year, then the report. */
  text: string;
  bibtex: string;
  csl: CslItem;
}

/** One figure as the citation gives it: "Traffickers convicted: 21 in 2024 (18 in 2023)". */
function figureText(metric: Metric, dataset: Dataset, locale: Locale): string {
  let value = formatFigure(metric.value, metric.unit, locale);
  if (metric.qualifier) value = shareText(locale, metric.qualifier === 'at-least' ? 'cite.atLeast' : 'cite.approximately', { value });
  const text = shareText(locale, 'cite.figure', {
    label: dataText(locale, metric.label, metric.labels).text,
    value,
    year: metric.period ?? formatYear(metric.year ?? dataset.reportingPeriod, locale),
  });
  // As the stat card: a comparison only for a figure of the reporting period.
  return metric.previous !== undefined && metric.year === undefined
    ? text +
        shareText(locale, 'cite.previous', {
          previous: formatFigure(metric.previous, metric.unit, locale),
          previousYear: formatYear(dataset.comparisonPeriod, locale),
        })
    : text;
}

/** What the widget shows, in a phrase: its figures with their years, or its heading. */
function subject({ tag, attributes, dataset, locale }: CitationRequest): string {
  switch (tag) {
    case 'tip-stat-card': {
      const metric = metricById(dataset, (attributes.metric ?? 'victims-identified').trim());
      return metric ? figureText(metric, dataset, locale) : '';
    }
    case 'tip-yoy-chart': {
      // The figures a `metrics` list names; a preset is cited by the chart's title, which names it
      // and its years (not by its list of ids, which lives in the chart's own code).
      if (attributes.metrics === undefined) {
        const preset = attributes.preset ?? 'law-enforcement';
        const years = { previousYear: formatYear(dataset.comparisonPeriod, locale), year: formatYear(dataset.reportingPeriod, locale) };
        const title = msg(locale, `chart.preset.${preset}` as Parameters<typeof msg>[1], years);
        return title.startsWith('chart.') ? '' : title;
      }
      const metrics = [...new Set(idList(attributes.metrics))].map((id) => metricById(dataset, id));
      return metrics.every((m) => m && typeof m.value === 'number' && typeof m.previous === 'number')
        ? metrics.map((m) => figureText(m!, dataset, locale)).join('; ')
        : '';
    }
    case 'tip-tier-badge':
      return shareText(locale, 'cite.tier', {
        country: dataText(locale, dataset.country.name, dataset.country.names).text,
        tier: msg(locale, `tier.name.${dataset.tier}` as Parameters<typeof msg>[1]),
        reportYear: formatYear(dataset.reportYear, locale),
      });
    case 'tip-recommendation-list':
      return msg(locale, 'recs.heading');
    case 'tip-hotline-callout':
      return msg(locale, 'hotline.heading');
    default:
      return '';
  }
}

/** `text` safe inside a BibTeX braced value: its special characters escaped. */
function bibtexValue(text: string): string {
  return text.replace(/[\\{}]/g, (c) => (c === '\\' ? '\\textbackslash{}' : `\\${c}`)).replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** The citation of what `request` shows, in its language. */
export function citation(request: CitationRequest): Citation {
  const { dataset, locale } = request;
  const { title, publisher, url } = dataset.source;
  const reportYear = dataset.reportYear;
  const what = subject(request);
  const report = shareText(locale, 'cite.report', { publisher, title, url, reportYear: String(reportYear) });
  const text = what ? `${what}${what.endsWith('.') ? '' : '.'} ${report}` : report;
  const note = what || undefined;
  const key = `${publisher.replace(/[^A-Za-z]/g, '').toLowerCase()}${reportYear}${dataset.country.code.toLowerCase()}`;
  const bibtex = [
    `@techreport{${key},`,
    `  author = {{${bibtexValue(publisher)}}},`,
    `  institution = {${bibtexValue(publisher)}},`,
    `  title = {{${bibtexValue(title)}}},`,
    `  year = {${reportYear}},`,
    `  url = {${url.replace(/[{}\\]/g, encodeURIComponent)}},`,
    ...(note ? [`  note = {${bibtexValue(note)}},`] : []),
    '  language = {english}',
    '}',
  ].join('\n');
  const csl: CslItem = {
    id: key,
    type: 'report',
    title,
    author: [{ literal: publisher }],
    publisher,
    issued: { 'date-parts': [[reportYear]] },
    URL: url,
    language: 'en',
    ...(note ? { note } : {}),
  };
  return { text, bibtex, csl };
}
