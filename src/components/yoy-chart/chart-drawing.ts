// How <tip-yoy-chart> draws with chart.js: the Drawing (what the canvas shows, in plain values;
// two equal Drawings draw the same chart, so a redraw is skipped), how it is read from the
// element's styles, and the chart.js configuration for it. A module of its own so that the
// element's file is about the element (its state, lifecycle and text twins) and this one about
// the canvas: pure functions, whose only state is a scratch canvas context for measuring text and
// checking colours. chart.js itself arrives later, through chart-loader.ts; only its types are here.
import type { ChartConfiguration, Scale } from 'chart.js';
import type { ReactiveElement } from 'lit';
import { formatNumber } from '../../data/format.js';
import type { Unit } from '../../data/types.js';
import type { Locale } from '../../i18n/locale.js';

export const CHART_TYPES = ['bar', 'line'] as const;
export type ChartKind = (typeof CHART_TYPES)[number];

/** What the canvas shows; two equal inputs draw the same chart, so an update can be skipped. */
export interface Drawing {
  type: ChartKind;
  labels: string[];
  previous: number[];
  values: number[];
  years: [string, string];
  unit: Unit;
  /** The element's language, which writes the amounts on the value axis. */
  locale: Locale;
  colors: { previous: string; current: string; text: string; grid: string };
  font: { family: string; size: number };
  /** Bars (or the line) run across when each category would get too little width to label. */
  horizontal: boolean;
  still: boolean;
  /** Forced colours (Windows High Contrast): one system colour for both years, so 2023 is drawn hollow. */
  forced: boolean;
}

/** Below this many pixels per figure, the chart turns on its side so the labels stay readable. */
const MIN_CATEGORY_WIDTH = 80;

/**
 * Splits an axis label into at most `maxLines` lines at spaces, each line as long as `fits` allows
 * (measured in the canvas's own font, so a short word joins its neighbour: "у кривичним"); what
 * does not fit ends in “…” (the full label is in the table and the summary).
 */
function wrapLabel(text: string, fits: (line: string) => boolean, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && !fits(longer)) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = lines.slice(maxLines - 1).join(' ');
  while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Lines an upright axis label may take before the chart turns on its side. */
const UPRIGHT_LINES = 4;

/** One 2D context of our own, for checking colours and measuring label text (none without canvas). */
let scratch: CanvasRenderingContext2D | null | undefined;
const context = () => (scratch ??= document.createElement('canvas').getContext('2d'));

/**
 * Whether a line of an axis label fits a band `width` pixels wide, measured as canvas draws it in
 * the ticks' font, a few pixels apart from the next label.
 */
function labelFits(font: { family: string; size: number }, width: number): (line: string) => boolean {
  const ctx = context();
  if (!ctx) return () => true; // no canvas, no chart: one line is as good as any
  // Set once: the predicate is used at once, and nothing else sets this context's font.
  ctx.font = `${font.size}px ${font.family}`;
  const room = Math.max(font.size * 4, width - 8);
  return (line) => ctx.measureText(line).width <= room;
}

/**
 * Whether the bars run across: when each figure would get less than MIN_CATEGORY_WIDTH, or when
 * a label would need more than four lines upright (measured in the page's font, so a long
 * Serbian label on a 360 px phone turns the chart rather than being cut).
 */
function sideways(labels: readonly string[], width: number, font: { family: string; size: number }): boolean {
  if (labels.length < 2 || width <= 0) return false;
  const band = width / labels.length;
  if (band < MIN_CATEGORY_WIDTH) return true;
  const fits = labelFits(font, band);
  return labels.some((label) => wrapLabel(label, fits, Infinity).length > UPRIGHT_LINES);
}

/** A colour string canvas accepts, or `fallback` (a token may hold anything a page wrote). */
function canvasColor(value: string, fallback: string): string {
  const colorCheck = context();
  if (!value) return fallback;
  if (!colorCheck) return value;
  // Canvas ignores a colour it cannot parse, so the result then depends on what was there before.
  colorCheck.fillStyle = '#000';
  colorCheck.fillStyle = value;
  const afterBlack = colorCheck.fillStyle;
  colorCheck.fillStyle = '#fff';
  colorCheck.fillStyle = value;
  return colorCheck.fillStyle === afterBlack ? value : fallback;
}

/** A Drawing's figures and settings, as the element states them; drawingOf adds what its styles decide. */
export type Figures = Omit<Drawing, 'colors' | 'font' | 'horizontal'>;

/**
 * The Drawing of `figures` in `host`'s styles: the theme's tokens resolved to colours through the
 * hidden probes in its shadow root (`.probe.previous`, `.probe.current`, `.probe.grid`: var()
 * fallbacks, color-mix, currentColor), the font, and whether its chart box (`[part~="chart"]`) is
 * too narrow for the chart to stand upright.
 */
export function drawingOf(host: ReactiveElement, figures: Figures): Drawing {
  const style = getComputedStyle(host);
  const root = host.renderRoot;
  const probe = (name: string, fallback: string): string => {
    const el = root.querySelector(`.probe.${name}`);
    return canvasColor(el ? getComputedStyle(el).color : '', fallback);
  };
  const width = root.querySelector<HTMLElement>('[part~="chart"]')?.clientWidth ?? 0;
  const font = { family: style.fontFamily, size: Math.round((parseFloat(style.fontSize) || 16) * 0.875) };
  return {
    ...figures,
    colors: {
      previous: probe('previous', '#b4530b'),
      current: probe('current', '#1d5fa6'),
      grid: probe('grid', 'rgba(128, 128, 128, 0.35)'),
      text: canvasColor(style.color, '#1b1f24'),
    },
    font,
    horizontal: sideways(figures.labels, width, font),
  };
}

/** A chart.js configuration whose options are always there, to set on a drawn chart. */
type Config = ChartConfiguration & Required<Pick<ChartConfiguration, 'options'>>;

/** The chart.js configuration that draws `d`. */
export function chartConfig(d: Drawing): Config {
  const line = d.type === 'line';
  const { font } = d;
  // In forced colours both years get the same system colour: 2023 is then drawn hollow (bars) or
  // dashed (line), as its legend swatch is.
  const dataset = (label: string, data: number[], color: string, pointStyle: 'rect' | 'circle', hollow = false) => ({
    label,
    data,
    backgroundColor: hollow ? 'transparent' : color,
    borderColor: color,
    borderWidth: line || hollow ? 2 : 0,
    borderDash: hollow && line ? [6, 4] : [],
    pointStyle,
    pointRadius: 4,
    maxBarThickness: 56,
  });
  const categories = {
    grid: { display: false },
    border: { color: d.colors.grid },
    ticks: {
      color: d.colors.text,
      font,
      autoSkip: false,
      maxRotation: 0,
      // Wrap each label to the room it has at the current width.
      callback(this: Scale, _value: unknown, index: number) {
        const count = d.labels.length;
        // chart.js lets a side axis take up to half the canvas; labels get 48%, bars the rest.
        const width = d.horizontal ? this.chart.width * 0.48 : this.chart.width / count;
        // Across: the lines of a label share its band's height with its neighbours.
        const lines = d.horizontal ? Math.floor((this.chart.height - 32) / count / (font.size * 1.3)) : UPRIGHT_LINES;
        return wrapLabel(d.labels[index] ?? '', labelFits(font, width), Math.max(1, lines));
      },
    },
  };
  const amounts = {
    beginAtZero: true,
    grid: { color: d.colors.grid },
    border: { display: false },
    ticks: {
      color: d.colors.text,
      font,
      precision: 0,
      callback: (value: number | string) =>
        formatNumber(Number(value), d.locale, d.unit === 'count' ? {} : { style: 'currency', currency: d.unit, notation: 'compact', maximumFractionDigits: 1 }),
    },
  };
  return {
    type: d.type,
    // The drawing's own arrays: each drawing is built anew, and chart.js does not change them.
    data: {
      labels: d.labels,
      datasets: [dataset(d.years[0], d.previous, d.colors.previous, 'rect', d.forced), dataset(d.years[1], d.values, d.colors.current, 'circle')],
    },
    options: {
      // Sized by the element's ResizeObserver (see its watchSize), not by chart.js's window listeners.
      responsive: false,
      maintainAspectRatio: false,
      ...(d.still ? { animation: false as const } : {}),
      // No tooltip or hover: the numbers are in the summary and the table, as text. Without events
      // no tooltip opens, even if a page that shares this chart.js registered the plugin.
      events: [],
      indexAxis: d.horizontal ? 'y' : 'x',
      layout: { padding: { top: 4, right: 8 } },
      // Off even if a page that shares this chart.js registered these plugins globally.
      plugins: { legend: { display: false }, title: { display: false } },
      scales: d.horizontal ? { y: categories, x: amounts } : { x: categories, y: amounts },
    },
  } as Config;
}
