// One picture per widget, drawn from the data (never a screenshot): the figure, its label, year and
// comparison, and the source line with the report's address, in the widget's language and theme,
// as SVG text, with its alt text. The same template serves the browser (the Share control) and
// Node (tip-widgets/ssr's renderImage, the CLI), so both give the same picture.
//
// Browser- and Node-safe: no DOM, no Node API; strings in, strings out. No element entry imports
// this module statically (first loads stay as they were); it is loaded by import() when an image
// is asked for. Languages other than English need their pack loaded first (loadLocale(), async),
// and the dataset its translations (a widget's loaded dataset has them; on the server,
// loadDataset() of src/base/tip-element.ts merges them); figure() itself is synchronous.
import type { Dataset, Hotline, Metric, Recommendation } from '../data/types.js';
import { localeInfo, type Locale } from '../i18n/locale.js';
import { clip, idList } from '../data/clip.js';
import { dataText, localText, lowerFirst, msg, type MessageKey, type Params } from '../i18n/messages.js';
import { formatAmount, formatFigure, formatYear } from '../data/format.js';
import { change } from '../data/change.js';
import type * as SeriesModule from '../components/yoy-chart/series.js';
import type { PresetName } from '../components/yoy-chart/series.js';
import { drawPage, type Block, type Page } from './svg.js';

// The elements' English messages come from the elements loaded: in a browser, the widget's own
// (the Share control draws only widgets on the page); in Node, ./messages.ts registers all five.
// Not imported here: in the CDN build that split every element's messages into a chunk of its
// own, which every page then fetched (measured: +0.3 to +0.8 kB gzip on the first loads).

/** What a chart's figure needs of the chart's own code: its presets and how it picks its figures. */
export type ChartSeries = Pick<typeof SeriesModule, 'DEFAULT_PRESET' | 'PRESET_NAMES' | 'parseMetrics' | 'selectSeries'>;

/**
 * The chart's series selection (../components/yoy-chart/series.ts), handed in rather than imported:
 * in the CDN build an import here split that module out of the chart's chunk into a file of its
 * own, which every chart page then fetched (measured: +0.3 kB gzip). tip-widgets/ssr hands it in
 * once; the Share control takes it from the chart element's class (TipYoyChart.series).
 */
let chartSeries: ChartSeries | undefined;

/** Gives chart figures the chart's series selection; call once before drawing a `tip-yoy-chart` figure. */
export function useChartSeries(series: ChartSeries): void {
  chartSeries = series;
}

export type FigureSize = 'widget' | '1200x675' | '1080x1080' | '1200x630';

/** The sizes a figure is drawn at: the widget's own, social landscape, square, link preview. */
export const FIGURE_SIZES: readonly FigureSize[] = ['widget', '1200x675', '1080x1080', '1200x630'];

export interface FigureRequest {
  /** A tip-* tag (`tip-stat-card`). */
  tag: string;
  /** The widget's attributes as written (`metric`, `compare`, `metrics`, `preset`, `type`, `index`, `hotlines`…). */
  attributes: Record<string, string>;
  dataset: Dataset;
  /** A resolved locale (`en`, `sr-Latn`, `sr-Cyrl`), its pack loaded (loadLocale) when it has one. */
  locale: Locale;
  theme: 'light' | 'dark';
  size: FigureSize;
}

export interface Figure {
  /** A standalone SVG document (no external reference; the font is named, see ./font.ts). */
  svg: string;
  /** One sentence (a chart: one a figure) in the figure's language: the figure and its comparison. */
  alt: string;
  width: number;
  height: number;
  /** The source line as text ("Source: title, publisher") and the report's address, for a caption. */
  source: { line: string; title: string; url: string };
  /** The chart's numbers, for a table beside the picture (a chart only). */
  table?: { caption: string; head: string[]; rows: string[][] };
  /** Set when the figure says why it cannot show what was asked (an unknown metric, a bad attribute). */
  problem?: string;
}

/**
 * Each widget's own size, in CSS pixels: about what it takes in a 600-pixel article column with
 * its default attributes (the chart wider, as it is drawn).
 */
export const WIDGET_SIZES: Record<string, [number, number]> = {
  'tip-tier-badge': [600, 340],
  'tip-stat-card': [600, 380],
  'tip-yoy-chart': [800, 600],
  'tip-recommendation-list': [640, 420],
  'tip-hotline-callout': [640, 440],
};

/** Width and height of `size` for `tag`. */
export function figureSize(tag: string, size: FigureSize): [number, number] {
  if (size === 'widget' || !FIGURE_SIZES.includes(size)) return WIDGET_SIZES[tag] ?? [600, 400];
  const [w, h] = size.split('x').map(Number) as [number, number];
  return [w, h];
}

const ICONS = { up: '▲', down: '▼', same: '＝' } as const;

/** A sentence ends with one full stop (Serbian years already end in the ordinal point: "u 2024."). */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

interface Content {
  blocks: Block[];
  alt: string;
  table?: Figure['table'];
}

/** A widget's words: `{placeholders}` filled after translation, as the elements do. */
type T = (key: MessageKey, params?: Params) => string;

function tierFigure(dataset: Dataset, locale: Locale, t: T): Content {
  const country = dataText(locale, dataset.country.name, dataset.country.names).text;
  const year = formatYear(dataset.reportYear, locale);
  const context = t('tier.context', { country, year });
  const name = (tier: string) => t(`tier.name.${tier}` as MessageKey);
  const from = dataset.tierHistory.filter((e) => e.year < dataset.reportYear).sort((a, b) => b.year - a.year)[0];
  const movementKey = dataset.movement === 'upgraded' ? 'tier.upgraded' : dataset.movement === 'downgraded' ? 'tier.downgraded' : 'tier.unchanged';
  const movement = from ? t(movementKey, { from: name(from.tier) }) : undefined;
  const icon = dataset.movement === 'upgraded' ? ICONS.up : dataset.movement === 'downgraded' ? ICONS.down : ICONS.same;
  const blocks: Block[] = [
    { kind: 'text', role: 'kicker', text: context },
    { kind: 'gap', size: 0.6 },
    { kind: 'text', role: 'figure', text: name(dataset.tier) },
  ];
  if (movement) blocks.push({ kind: 'text', role: 'comparison', text: movement, icon });
  return { blocks, alt: sentence(`${context}: ${name(dataset.tier)}${movement ? `, ${lowerFirst(movement)}` : ''}`) };
}

function metricOf(dataset: Dataset, id: string): Metric | undefined {
  return Object.hasOwn(dataset.metrics, id) ? dataset.metrics[id] : undefined;
}

function statFigure(dataset: Dataset, attributes: Record<string, string>, locale: Locale, t: T): Content | string {
  const id = (attributes.metric ?? 'victims-identified').trim();
  const metric = metricOf(dataset, id);
  if (!metric) return t('error.metric', { value: clip(id) });
  const label = dataText(locale, metric.label, metric.labels).text;
  const qualifier = metric.qualifier ? t(metric.qualifier === 'at-least' ? 'stat.atLeast' : 'stat.approximately') : '';
  const figure = `${qualifier ? `${qualifier} ` : ''}${formatFigure(metric.value, metric.unit, locale)}`;
  const period = metric.period ?? formatYear(metric.year ?? dataset.reportingPeriod, locale);
  const blocks: Block[] = [
    { kind: 'text', role: 'label', text: label, lines: 3 },
    { kind: 'text', role: 'figure', text: figure, lines: 2 },
    { kind: 'text', role: 'comparison', text: t('stat.in', { year: period }) },
  ];
  const diff = attributes.compare?.trim() !== 'off' && metric.year === undefined ? change(metric, locale) : undefined;
  let alt = sentence(`${label}: ${figure} ${t('stat.in', { year: period })}`);
  if (diff) {
    const previousYear = formatYear(dataset.comparisonPeriod, locale);
    const words =
      diff.direction === 'same'
        ? t('stat.same', { year: previousYear, previous: diff.previous })
        : t(diff.direction === 'up' ? 'stat.up' : 'stat.down', { diff: diff.diff, previous: diff.previous, year: previousYear });
    blocks.push({ kind: 'text', role: 'comparison', text: `${words}${diff.percent ? ` (${diff.percent})` : ''}`, icon: ICONS[diff.direction] });
    const key: MessageKey = diff.direction === 'up' ? 'chart.summaryUp' : diff.direction === 'down' ? 'chart.summaryDown' : 'chart.summarySame';
    alt = sentence(t(key, { label, value: figure, previous: diff.previous, previousYear, year: period }));
  }
  return { blocks, alt };
}

function chartFigure(dataset: Dataset, attributes: Record<string, string>, locale: Locale, t: T): Content | string {
  if (!chartSeries) throw new Error('chart figures need useChartSeries() first');
  const { DEFAULT_PRESET, PRESET_NAMES, parseMetrics, selectSeries } = chartSeries;
  const preset = (attributes.preset?.trim() || DEFAULT_PRESET) as PresetName;
  if (!PRESET_NAMES.includes(preset)) return t('error.attribute', { value: clip(preset), attribute: 'preset', valid: PRESET_NAMES.join(', ') });
  const ids = typeof attributes.metrics === 'string' ? parseMetrics(attributes.metrics) : undefined;
  const type = attributes.type?.trim() || 'bar';
  if (type !== 'bar' && type !== 'line') return t('error.attribute', { value: clip(type), attribute: 'type', valid: 'bar, line' });
  const previousYear = formatYear(dataset.comparisonPeriod, locale);
  const year = formatYear(dataset.reportingPeriod, locale);
  const selection = selectSeries(dataset, ids, preset);
  if (!selection.ok) {
    if (selection.reason === 'unknown') return t('error.metric', { value: clip(selection.id) });
    if (selection.reason === 'no-previous') return t('chart.noPrevious', { value: clip(selection.id), previousYear, year });
    if (selection.reason === 'mixed-units') return t('chart.mixedUnits', { units: selection.units.join(', ') });
    return t('chart.empty', { previousYear, year });
  }
  const { series, unit } = selection;
  const title = t(ids ? 'chart.custom' : `chart.preset.${preset}`, { previousYear, year });
  const labels = series.map((s) => dataText(locale, s.metric.label, s.metric.labels).text);
  const amounts = series.map((s) => [formatAmount(s.previous, unit, locale), formatAmount(s.value, unit, locale)] as const);
  const sentences = series.map((s, i) => {
    const key: MessageKey = s.value > s.previous ? 'chart.summaryUp' : s.value < s.previous ? 'chart.summaryDown' : 'chart.summarySame';
    return sentence(t(key, { label: labels[i]!, previous: amounts[i]![0], value: amounts[i]![1], previousYear, year }));
  });
  return {
    blocks: [
      { kind: 'text', role: 'label', text: title },
      {
        kind: 'chart',
        type,
        years: [previousYear, year],
        series: series.map((s, i) => ({ label: labels[i]!, previous: s.previous, value: s.value, previousText: amounts[i]![0], valueText: amounts[i]![1] })),
      },
    ],
    alt: sentences.join(' '),
    table: { caption: title, head: [t('chart.metric'), previousYear, year], rows: series.map((_, i) => [labels[i]!, amounts[i]![0], amounts[i]![1]]) },
  };
}

/** The translation key the locale shows, if any. */
function translationKey(locale: Locale): string | undefined {
  return localeInfo(locale)?.translations;
}

function recommendationFigure(dataset: Dataset, attributes: Record<string, string>, locale: Locale, t: T): Content | string {
  const count = dataset.recommendations.length;
  const raw = (attributes.index ?? '1').trim();
  const index = /^[0-9]{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(index >= 1 && index <= count)) return t('error.attribute', { value: clip(raw), attribute: 'index', valid: `1–${count}` });
  const rec: Recommendation = dataset.recommendations[index - 1]!;
  const key = translationKey(locale);
  const translated = 'original' in attributes || !key || !rec.translations || !Object.hasOwn(rec.translations, key) ? undefined : rec.translations[key]?.text;
  const text = localText(locale, rec.text, translated);
  const section = t(`section.${rec.section}` as MessageKey);
  const heading = t('recs.headingSection', { section });
  const country = dataText(locale, dataset.country.name, dataset.country.names).text;
  const context = t('tier.context', { country, year: formatYear(dataset.reportYear, locale) });
  const number = `${formatAmount(index, 'count', locale)}.`;
  return {
    blocks: [
      { kind: 'text', role: 'kicker', text: context },
      { kind: 'text', role: 'label', text: heading },
      { kind: 'text', role: 'number', text: number, lines: 1 },
      { kind: 'text', role: 'body', text: text.text, lines: 8 },
      { kind: 'text', role: 'muted', text: t(text.lang === 'en' ? 'source.quoteNote' : 'recs.noteTranslated'), lines: 5 },
    ],
    alt: sentence(`${heading}, ${number} ${text.text}`.replace(/\.\s*\./g, '.')),
  };
}

function hotlineFigure(dataset: Dataset, attributes: Record<string, string>, locale: Locale, t: T): Content | string {
  const key = translationKey(locale);
  const field = (line: Hotline, name: 'organisation' | 'hours') =>
    localText(locale, line[name] ?? '', key && line.translations && Object.hasOwn(line.translations, key) ? line.translations[key]?.[name] : undefined).text;
  const asked = attributes.hotlines?.trim();
  const ids = asked && asked !== 'none' ? idList(asked) : undefined;
  const unknown = ids?.find((id) => !dataset.hotlines.some((h) => h.id === id));
  if (unknown) return t('error.attribute', { value: clip(unknown), attribute: 'hotlines', valid: [...dataset.hotlines.map((h) => h.id), 'none'].join(', ') });
  const lines: { org: string; number: string; hours: string }[] = [];
  const local = attributes['local-number']?.trim();
  // The callout's rule (telHref in hotline-callout.ts, not imported: see there).
  if (local && /^\+?[\d ]{3,30}$/.test(local) && /\d{3}/.test(local.replace(/ /g, ''))) {
    lines.push({ org: attributes['local-name']?.trim() || t('hotline.local'), number: local, hours: attributes['local-hours']?.trim() ?? '' });
  }
  if (asked !== 'none') {
    for (const line of dataset.hotlines) {
      if (line.number && (!ids || ids.includes(line.id))) lines.push({ org: field(line, 'organisation'), number: line.number, hours: field(line, 'hours') });
    }
  }
  const country = dataText(locale, dataset.country.name, dataset.country.names).text;
  const blocks: Block[] = [
    { kind: 'text', role: 'kicker', text: t('tier.context', { country, year: formatYear(dataset.reportYear, locale) }) },
    { kind: 'text', role: 'label', text: t('hotline.heading') },
  ];
  for (const line of lines.slice(0, 4)) {
    blocks.push({ kind: 'text', role: 'item', text: line.org, lines: 1 });
    blocks.push({ kind: 'text', role: 'number', text: line.number, lines: 1 });
    if (line.hours) blocks.push({ kind: 'text', role: 'muted', text: `${t('hotline.hoursLabel')} ${line.hours}`, lines: 1 });
  }
  blocks.push({ kind: 'text', role: 'muted', text: t(lines.length ? 'hotline.check' : 'hotline.none'), lines: 2 });
  const calls = lines.map((line) => t('hotline.call', { org: line.org, number: line.number }));
  return { blocks, alt: sentence(`${t('hotline.heading')}: ${calls.length ? calls.join('; ') : t('hotline.none')}`.replace(/\.\s*$/, '')) };
}

/**
 * A figure that only says `message` (a message of the figure's language, such as why its data
 * could not be loaded), for a caller that has no dataset to give {@link figure}.
 */
export function messageFigure(request: Omit<FigureRequest, 'dataset' | 'attributes'>, message: string): Figure {
  const theme = request.theme === 'dark' ? 'dark' : 'light';
  const [width, height] = figureSize(request.tag, request.size);
  const problem = `${msg(request.locale, 'error.prefix')} ${message}`;
  const source = { line: '', title: '', url: '' };
  const svg = drawPage({ width, height, theme, lang: request.locale, title: problem, blocks: [{ kind: 'text', role: 'label', text: problem, lines: 6 }], source: { line: '', url: '' } });
  return { svg, alt: problem, width, height, source, problem };
}

/**
 * The figure of one widget as SVG with its alt text. Never throws: an unknown tag, metric or
 * attribute value, or data the template cannot read, gives a figure that says so in the
 * figure's language (and `problem` says so to the caller).
 */
export function figure(request: FigureRequest): Figure {
  const { tag, dataset, locale } = request;
  const attributes: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, request.attributes);
  const theme = request.theme === 'dark' ? 'dark' : 'light';
  const [width, height] = figureSize(tag, request.size);
  const t: T = (key, params) => msg(locale, key, params);
  const source = { line: '', title: '', url: '' };
  let content: Content | string;
  try {
    source.title = t('source.reportLink', { title: dataset.source.title, publisher: dataset.source.publisher });
    source.line = `${t('source.line')} ${source.title}`;
    source.url = dataset.source.url;
    content =
      tag === 'tip-tier-badge'
        ? tierFigure(dataset, locale, t)
        : tag === 'tip-stat-card'
          ? statFigure(dataset, attributes, locale, t)
          : tag === 'tip-yoy-chart'
            ? chartFigure(dataset, attributes, locale, t)
            : tag === 'tip-recommendation-list'
              ? recommendationFigure(dataset, attributes, locale, t)
              : tag === 'tip-hotline-callout'
                ? hotlineFigure(dataset, attributes, locale, t)
                : t('error.attribute', { value: clip(tag), attribute: 'tag', valid: Object.keys(WIDGET_SIZES).join(', ') });
  } catch {
    content = t('error.render');
  }
  let problem: string | undefined;
  if (typeof content === 'string') {
    problem = `${t('error.prefix')} ${content}`;
    content = { blocks: [{ kind: 'text', role: 'label', text: problem, lines: 6 }], alt: problem };
  }
  const page: Page = { width, height, theme, lang: locale, title: content.alt, blocks: content.blocks, source: { line: source.line, url: source.url } };
  return { svg: drawPage(page), alt: content.alt, width, height, source, ...(content.table ? { table: content.table } : {}), ...(problem ? { problem } : {}) };
}
