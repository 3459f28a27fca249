// The figure's picture for the Share menu's downloads, drawn by src/figure/ (the SVG templates the
// server and the CLI use too, so the browser's picture is theirs). Loaded with the menu, which the
// first click loads: no page pays for it before.
import { figure, useChartSeries, FIGURE_SIZES, type ChartSeries, type Figure, type FigureSize } from '../figure/figure.js';
import { loadFontCss, withFont } from '../figure/font.js';
import type { CitationRequest } from './citation.js';

export const SIZES = FIGURE_SIZES;
export type ImageSize = FigureSize;

/**
 * `light` or `dark`: the widget's `theme`, else (auto) the colour scheme the page declares for it
 * (CSS color-scheme it inherits, or the meta tag), else the system's.
 */
export function usedTheme(widget: HTMLElement): 'light' | 'dark' {
  const theme = widget.getAttribute('theme');
  if (theme === 'light' || theme === 'dark') return theme;
  const declared = `${getComputedStyle(widget).colorScheme} ${document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? ''}`;
  const schemes = declared.split(/\s+/).filter((s) => s === 'light' || s === 'dark');
  if (schemes.length && schemes.every((s) => s === 'dark')) return 'dark';
  if (schemes.length && schemes.every((s) => s === 'light')) return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The figure of what `request` shows, at `size`, in the widget's theme: its SVG names the font, and carries none. */
export function figureOf(request: CitationRequest, size: ImageSize, widget: HTMLElement): Figure {
  // A chart's figure picks its figures as the chart does, with the chart's own code (TipYoyChart.series).
  const series = (widget.constructor as { series?: ChartSeries }).series;
  if (series) useChartSeries(series);
  return figure({ ...request, theme: usedTheme(widget), size });
}

/**
 * The package's fonts seen from the CDN build's chunks (dist/cdn/chunks/ -> dist/fonts/). A variable,
 * not a literal in new URL(), so no bundler tries to resolve the folder at build time.
 */
const FROM_CDN_CHUNKS = '../../fonts/';

/**
 * The font's @font-face rules, for a PNG drawn the same on every machine (src/figure/font.ts). The
 * files sit in the package's dist/fonts/: beside the figure module in the npm build (font.ts's
 * default), two folders up from the CDN build's chunks (tried first there, to spare a 404).
 * Undefined when neither loads (a copy of dist/cdn/ alone, as the WordPress plugin's; an app whose
 * bundler moved the modules; a CSP without connect-src for them): the PNG then uses the browser's
 * sans-serif.
 */
async function fontCss(): Promise<string | undefined> {
  const cdn = new URL(FROM_CDN_CHUNKS, import.meta.url);
  const bases = /\/chunks\/[^/]*$/.test(import.meta.url) ? [cdn, undefined] : [undefined, cdn];
  for (const base of bases) {
    try {
      return await loadFontCss(base);
    } catch {
      /* the next place */
    }
  }
  return undefined;
}

/** `svg` with the font inside it, when it can be had. */
export async function svgWithFont(svg: string): Promise<string> {
  const css = await fontCss();
  return css ? withFont(svg, css) : svg;
}
