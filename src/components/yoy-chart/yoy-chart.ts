// <tip-yoy-chart>: the report's comparisons of the reporting year with the year before, as a lazy chart with text twins.
// The element (attributes, states, the figures as text, the CSV, when chart.js loads and draws);
// what the canvas shows and the chart.js configuration for it are in chart-drawing.ts.
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Chart } from 'chart.js';
import { checkEnum, TipElement, type AttributeProblem, type Problem } from '../../base/tip-element.js';
import { formatAmount, formatYear } from '../../data/format.js';
import { metricIds, type Needs } from '../../data/load.js';
import type { Dataset, Unit } from '../../data/types.js';
import { clip } from '../../data/clip.js';
import { intlTag } from '../../i18n/locale.js';
import { dataText, type LocalText, type MessageKey, addMessages } from '../../i18n/messages.js';
import { define } from '../../define.js';
import { loadChart, whenIdle } from './chart-loader.js';
import { downloadText, fileSlug, toCsv } from './csv.js';
import { comparableIds, DEFAULT_PRESET, parseMetrics, PRESET_NAMES, PRESETS, selectSeries, type PresetName, type Series } from './series.js';
import { styles } from './yoy-chart.styles.js';
import { messages } from './yoy-chart.messages.js';
import { CHART_TYPES, chartConfig, drawingOf, type ChartKind, type Drawing } from './chart-drawing.js';

/** Where the canvas is: nothing yet (far from view), chart.js on its way, drawn, or failed. */
type Stage = 'waiting' | 'loading' | 'ready' | 'failed';

/** Everything one rendering needs: the figures and the words around them, in the element's locale. */
interface View {
  dataset: Dataset;
  series: Series[];
  unit: Unit;
  /** Each figure's label in the reader's locale, and the language it is in (English when untranslated). */
  labels: LocalText[];
  previousYear: string;
  year: string;
  title: string;
  summary: string;
}

/**
 * The report's comparisons of the reporting year with the year before (2024 with 2023) as a
 * grouped bar or line chart. chart.js (tree-shaken, about 51 KB gzip) is imported only when the
 * chart comes within one viewport of being seen; until then a placeholder of the final size
 * holds the space. The canvas has `role="img"` and a generated summary, the same numbers are in
 * a real table (always available to screen readers, shown with "Show table"), and "Download CSV"
 * saves them with the source. Colours come from the `--tip-*` tokens and follow the theme.
 *
 * @summary A lazy, accessible year-on-year chart of report figures, with a table and a CSV.
 * @tag tip-yoy-chart
 *
 * @attr {string} metrics - Comma-separated metric ids to plot, e.g. `police-suspects,investigations,prosecutions,convictions`. Every id needs a value for both years and all must share one unit. Wins over `preset`.
 * @attr {'law-enforcement'|'victim-protection'|'funding'} preset - A named set of figures; default `law-enforcement` (suspects, investigations, prosecutions, convictions).
 * @attr {'bar'|'line'} type - Grouped bars (default) or lines.
 * @attr {string} locale - `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` inherits the page's colours. The chart recolours when it changes.
 * @attr {string} src - Address of a dataset that follows `data/schema.json`.
 * @attr {boolean} hide-source - Hide the source line under the chart.
 * @attr {boolean} original - Quote the report in the English original only, without the unofficial translations a Serbian chart shows under its quotes.
 * @attr {boolean} share - Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
 *
 * @slot - Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
 *
 * @csspart base - The figure around everything.
 * @csspart legend - The years and their colours, as text.
 * @csspart chart - The box of the final height that holds the placeholder, then the canvas.
 * @csspart summary - The generated sentence summary of the numbers.
 * @csspart table - The table of the plotted numbers.
 * @csspart source - The "Source and notes" disclosure: each figure's sentence in the report, its notes, the contradictions they cite.
 * @csspart source-line - The report link at the bottom.
 * @csspart share - The "Share" button (with `share`); its menu opens after it.
 * @csspart message - The error message box.
 *
 * @cssprop --tip-yoy-chart-height - Height of the chart, kept from the first paint (default 18rem).
 * @cssprop --tip-yoy-chart-min-height - Height kept while loading (default 44.75rem in a phone column, 39.25rem from 48rem wide; the same as dist/cdn/tip-widgets.css).
 * @cssprop --tip-color-accent - Colour of the reporting year's bars or line.
 * @cssprop --tip-color-accent-2 - Colour of the comparison year's bars or line.
 * @cssprop --tip-color-text - Text colour, also of the axis labels (default: inherited).
 * @cssprop --tip-color-border - Colour of the grid lines and the table rules.
 * @cssprop --tip-color-surface - Background (default: transparent; light/dark themes set one).
 *
 * @fires {CustomEvent<{ dataset: import('tip-widgets').Dataset }>} tip-load - The dataset is loaded and the content is rendered.
 * @fires {CustomEvent<{ message: string }>} tip-error - The widget shows an error message instead of its content.
 */
export class TipYoyChart extends TipElement {
  static override styles = [...TipElement.styles, styles];

  /**
   * The chart's series selection, for the Share control's figure image (src/figure/figure.ts's
   * useChartSeries), which reads it here rather than importing it (that import would split it out
   * of this element's chunk). @internal
   */
  static series = { DEFAULT_PRESET, PRESET_NAMES, parseMetrics, selectSeries };

  static override properties: PropertyDeclarations = {
    metrics: {},
    preset: {},
    type: {},
    tableShown: { state: true },
    stage: { state: true },
  };

  /** Comma-separated metric ids; wins over `preset`. */
  metrics?: string;

  /** `law-enforcement` (default), `victim-protection` or `funding`. */
  preset?: 'law-enforcement' | 'victim-protection' | 'funding';

  /** `bar` (default) or `line`. */
  type?: 'bar' | 'line';

  private tableShown = false;
  private stage: Stage = 'waiting';

  #instance?: Chart;
  /**
   * What the last render showed (figures, labels, summary), for the canvas, the CSV and the
   * observers; undefined while a message or the loading state shows. Built once per update.
   */
  #shown?: View;
  /** The chart has come within a viewport of being seen (once true, it stays true). */
  #near = false;
  #creating = false;
  #drawn = '';
  #viewport?: IntersectionObserver;
  #sizer?: ResizeObserver;
  #media: MediaQueryList[] = [];
  readonly #onMediaChange = (): void => this.#syncChart();

  /**
   * The chart.js instance while one is drawn.
   * @internal For tests: the plotted data and colours.
   */
  get chart(): Chart | undefined {
    return this.#instance;
  }

  get #kind(): ChartKind {
    return this.type === 'line' ? 'line' : 'bar';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof matchMedia === 'function') {
      this.#media = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)'].map((q) => matchMedia(q));
      for (const query of this.#media) query.addEventListener('change', this.#onMediaChange);
    }
    // Back in the page after a move: chart.js is already here, so draw again at once.
    if (this.#near) void this.#ensureChart();
    else this.#watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#viewport?.disconnect();
    this.#viewport = undefined;
    for (const query of this.#media) query.removeEventListener('change', this.#onMediaChange);
    this.#media = [];
    this.#teardown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // This update's render sets it again if it shows the chart.
    this.#shown = undefined;
  }

  protected override attributeProblem(): AttributeProblem | undefined {
    const shared = super.attributeProblem();
    if (shared) return shared;
    if (typeof this.metrics === 'string' && parseMetrics(this.metrics).length === 0) {
      return { attribute: 'metrics', value: this.metrics, valid: 'a comma-separated list of metric ids, e.g. prosecutions,convictions' };
    }
    return checkEnum('preset', this.preset, PRESET_NAMES) ?? checkEnum('type', this.type, CHART_TYPES);
  }

  /** Only the plotted metrics of the bundled report are downloaded. */
  protected override dataNeeds(): Needs {
    return { metrics: this.#ids() };
  }

  /** The ids asked for: the `metrics` list, else the preset's. */
  #ids(): readonly string[] {
    if (typeof this.metrics === 'string') return parseMetrics(this.metrics);
    const preset = PRESET_NAMES.includes(this.preset as PresetName) ? (this.preset as PresetName) : DEFAULT_PRESET;
    return PRESETS[preset];
  }

  protected override datasetProblem(dataset: Dataset): Problem | undefined {
    const selection = this.#select(dataset);
    if (selection.ok) return undefined;
    const locale = this.lang_;
    const previousYear = formatYear(dataset.comparisonPeriod, locale);
    const year = formatYear(dataset.reportingPeriod, locale);
    const years = `${dataset.comparisonPeriod} and ${dataset.reportingPeriod} figures`;
    // The bundled report arrives in parts: only the metrics asked for are here to inspect.
    const all = metricIds(dataset);
    const usable =
      all.length === Object.keys(dataset.metrics).length
        ? `Metrics with ${years}: ${comparableIds(dataset).join(', ')}.`
        : `Metric ids (a chart needs ${years}): ${all.join(', ')}.`;
    switch (selection.reason) {
      case 'unknown': {
        const value = clip(selection.id);
        return { key: 'error.metric', params: { value }, warning: `unknown metric "${value}" in metrics. ${usable}` };
      }
      case 'no-previous': {
        const value = clip(selection.id);
        return {
          key: 'chart.noPrevious',
          params: { value, previousYear, year },
          warning: `metric "${value}" in metrics has no ${dataset.comparisonPeriod} figure to compare. ${usable}`,
        };
      }
      case 'mixed-units':
        return {
          key: 'chart.mixedUnits',
          params: { units: selection.units.map((unit) => this.#unitName(unit)).join(', ') },
          warning: `metrics="${clip(this.metrics ?? '')}" mixes units (${selection.units.join(', ')}): one chart per unit.`,
        };
      case 'empty':
        return {
          key: 'chart.empty',
          params: { previousYear, year },
          warning: `preset "${this.preset ?? DEFAULT_PRESET}" finds no metric with ${years} in this dataset. ${usable}`,
        };
    }
  }

  #select(dataset: Dataset): ReturnType<typeof selectSeries> {
    const ids = typeof this.metrics === 'string' ? parseMetrics(this.metrics) : undefined;
    return selectSeries(dataset, ids, (this.preset as PresetName | undefined) ?? DEFAULT_PRESET);
  }

  #unitName(unit: Unit): string {
    if (unit === 'count') return this.t('chart.unit.count');
    try {
      return new Intl.DisplayNames([intlTag(this.lang_)], { type: 'currency' }).of(unit) ?? unit;
    } catch {
      return unit;
    }
  }

  #viewOf(dataset: Dataset): View | undefined {
    const selection = this.#select(dataset);
    if (!selection.ok) return undefined;
    const { series, unit } = selection;
    const locale = this.lang_;
    const previousYear = formatYear(dataset.comparisonPeriod, locale);
    const year = formatYear(dataset.reportingPeriod, locale);
    const labels = series.map((s) => dataText(locale, s.metric.label, s.metric.labels));
    const titleKey: MessageKey = typeof this.metrics === 'string' ? 'chart.custom' : `chart.preset.${(this.preset as PresetName | undefined) ?? DEFAULT_PRESET}`;
    const sentences = series.map((s, i) => {
      const key: MessageKey = s.value > s.previous ? 'chart.summaryUp' : s.value < s.previous ? 'chart.summaryDown' : 'chart.summarySame';
      return this.t(key, {
        label: labels[i]!.text,
        value: formatAmount(s.value, unit, locale),
        previous: formatAmount(s.previous, unit, locale),
        previousYear,
        year,
      });
    });
    return {
      dataset,
      series,
      unit,
      labels,
      previousYear,
      year,
      title: this.t(titleKey, { previousYear, year }),
      // One sentence a figure, each starting with its label as written. Serbian sentences already
      // end with the ordinal point of the year ("u 2024.").
      summary: sentences.map((sentence) => (sentence.endsWith('.') ? sentence : `${sentence}.`)).join(' '),
    };
  }

  /**
   * Every plotted figure with its sentence in the report and its notes, then the contradictions
   * they cite (each once), behind a closed "Source and notes"; a flag above it when there are any.
   * The report warns that its police, prosecution and court counts are not the same cases, so the
   * default chart must not be read as a funnel without that warning at hand.
   */
  #renderSources(view: View): TemplateResult {
    const cited = this.citedDiscrepancies(view.dataset, view.series.map((s) => s.metric));
    const caveats = cited.length > 0 || view.series.some(({ metric }) => metric.notes?.length);
    return html`${caveats ? html`<p class="flag">${this.t(cited.length ? 'chart.flag' : 'chart.caveat')}</p>` : nothing}
      <details part="source">
        <summary>${this.t(caveats ? 'source.disclosureNotes' : 'source.disclosure')}</summary>
        <div>
          <ul class="sources">
            ${view.series.map(({ metric }, i) => {
              const label = view.labels[i]!;
              const translation = this.translated(metric);
              return html`<li>
                <p class="source-label" lang=${label.lang}>${label.text}</p>
                ${this.renderQuote(metric.quote, translation?.quote, false)}
                ${(metric.notes ?? []).map((note, n) => this.renderNote(note, translation?.notes?.[n]))}
              </li>`;
            })}
          </ul>
          <p class="muted">${this.t('source.quoteNote')}</p>
          ${cited.map((d) => this.renderDiscrepancy(d))}
        </div>
      </details>`;
  }

  protected renderContent(dataset: Dataset): TemplateResult {
    // datasetProblem() has accepted the selection; an error here is caught by render().
    const view = (this.#shown = this.#viewOf(dataset)!);
    const locale = this.lang_;
    const canvas = this.stage === 'loading' || this.stage === 'ready';
    // aria-hidden: String() of that boolean writes "true"/"false" (shorter than a ternary).
    // Not as HTML comments in the template, which every reader would download: screen readers hear
    // the summary once, as the canvas's name, and without a canvas from the summary paragraph. The
    // table is always read by screen readers; its button only shows it on screen, so it claims no
    // expanded/collapsed state, which would be false for them.
    return html`<figure part="base" lang=${this.lang_}>
      <figcaption class="title">${view.title}</figcaption>
      <ul part="legend">
        <li><span class="swatch previous" aria-hidden="true"></span>${view.previousYear}</li>
        <li><span class="swatch" aria-hidden="true"></span>${view.year}</li>
      </ul>
      <div part="chart">
        ${canvas ? html`<canvas role="img" aria-label=${view.summary}></canvas>` : nothing}
        ${this.stage === 'ready'
          ? nothing
          : html`<p class="placeholder">${this.t(this.stage === 'failed' ? 'chart.failed' : 'chart.placeholder')}</p>`}
      </div>
      <p part="summary" aria-hidden=${String(canvas) as 'true' | 'false'}>${view.summary}</p>
      <div class="actions">
        <button type="button" aria-controls="table" @click=${this.#toggleTable}>
          ${this.t(this.tableShown ? 'chart.hideTable' : 'chart.showTable')}
        </button>
        <button type="button" @click=${this.#downloadCsv}>${this.t('chart.download')}</button>
      </div>
      <div id="table" class="table-wrap ${this.tableShown ? '' : 'visually-hidden'}">
        <table part="table">
          <caption>${view.title}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('chart.metric')}</th>
              <th scope="col">${view.previousYear}</th>
              <th scope="col">${view.year}</th>
            </tr>
          </thead>
          <tbody>
            ${view.series.map((s, i) => {
              const label = view.labels[i]!;
              return html`<tr>
                <th scope="row" lang=${label.lang}>${label.text}</th>
                <td>${formatAmount(s.previous, view.unit, locale)}</td>
                <td>${formatAmount(s.value, view.unit, locale)}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </div>
      ${this.#renderSources(view)}
      ${this.renderSourceLine(dataset)}
      <span class="probe previous" aria-hidden="true"></span>
      <span class="probe current" aria-hidden="true"></span>
      <span class="probe grid" aria-hidden="true"></span>
    </figure>`;
  }

  #toggleTable(): void {
    this.tableShown = !this.tableShown;
  }

  /** The plotted numbers as CSV (raw numbers, localized labels), ending with the source. */
  #csv(view: View): string {
    const { dataset } = view;
    const { title, publisher, url } = dataset.source;
    return toCsv([
      [this.t('chart.metric'), dataset.comparisonPeriod, dataset.reportingPeriod, this.t('chart.unit')],
      // Counts in the reader's words ("number", "broj"); currencies as their ISO codes, which
      // spreadsheets and readers in every language recognise.
      ...view.series.map((s, i) => [view.labels[i]!.text, s.previous, s.value, s.metric.unit === 'count' ? this.t('chart.unit.count') : s.metric.unit]),
      [`${this.t('source.line')} ${title}, ${publisher}, ${url}`],
    ]);
  }

  #downloadCsv(): void {
    const view = this.#shown;
    if (!view) return;
    const { dataset } = view;
    const set = typeof this.metrics === 'string' ? 'figures' : (this.preset ?? DEFAULT_PRESET);
    downloadText(this.renderRoot, `${fileSlug(dataset.country.name, dataset.reportYear, set)}.csv`, this.#csv(view));
  }

  protected override updated(): void {
    super.updated();
    this.#syncChart();
    void this.#ensureChart();
  }

  /** Starts watching for the chart to come within one viewport (rootMargin 100%) of being seen. */
  #watchViewport(): void {
    if (this.#viewport) return;
    if (typeof IntersectionObserver !== 'function') {
      this.#near = true;
      return;
    }
    this.#viewport = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.#viewport?.disconnect();
        this.#viewport = undefined;
        this.#near = true;
        void this.#ensureChart();
      },
      { rootMargin: '100% 0px' },
    );
    this.#viewport.observe(this);
  }

  /** Draws the chart once it is near, valid and not drawn yet; loads chart.js on the first call. */
  async #ensureChart(): Promise<void> {
    if (this.#creating || this.#instance || !this.#near || !this.isConnected || this.stage === 'failed' || !this.#shown) return;
    this.#creating = true;
    try {
      const ChartClass = await loadChart();
      // Only now (never inside an update) render the canvas for chart.js to draw on.
      if (this.stage === 'waiting') this.stage = 'loading';
      await this.updateComplete;
      // chart.js lays out and paints in one go, a long task on a slow phone: drawn when the page
      // is idle (at the latest a second later), not amid its loading or a reader's input.
      await whenIdle();
      const view = this.#shown;
      const canvas = this.renderRoot.querySelector('canvas');
      if (!this.isConnected || this.#instance || !view || !canvas) return;
      const drawing = this.#drawing(view);
      this.#instance = new ChartClass(canvas, chartConfig(drawing));
      this.#drawn = JSON.stringify(drawing);
      this.#watchSize();
      this.stage = 'ready';
    } catch (error) {
      this.#teardown();
      this.stage = 'failed';
      this.warnOnce(`the chart could not be drawn (${clip(error instanceof Error ? error.message : String(error))}); the table has the same numbers.`);
    } finally {
      this.#creating = false;
    }
  }

  /** chart.js's own resize detection misses canvases in shadow roots; the box's observer drives it. */
  #watchSize(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('[part~="chart"]');
    if (!box || typeof ResizeObserver !== 'function') return;
    this.#sizer = new ResizeObserver((entries) => {
      const rect = entries[entries.length - 1]!.contentRect;
      if (!this.#instance || rect.width <= 0 || rect.height <= 0) return;
      this.#instance.resize(rect.width, rect.height);
      // The box is out of the canvas's reach (the canvas is absolutely placed), so no resize loop.
      this.#syncChart();
    });
    this.#sizer.observe(box);
  }

  /** Brings a drawn chart in line with the element: new data, locale, theme or motion preference. */
  #syncChart(): void {
    const chart = this.#instance;
    if (!chart) return;
    const view = this.#shown;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!view || chart.canvas !== canvas || (chart.config as { type?: string }).type !== this.#kind) {
      // The canvas is gone (a message shows instead) or the type changed: start again.
      this.#teardown();
      return;
    }
    const drawing = this.#drawing(view);
    const key = JSON.stringify(drawing);
    if (key === this.#drawn) return;
    const config = chartConfig(drawing);
    chart.data = config.data;
    chart.options = config.options;
    chart.update('none');
    this.#drawn = key;
  }

  #teardown(): void {
    this.#sizer?.disconnect();
    this.#sizer = undefined;
    this.#instance?.destroy();
    this.#instance = undefined;
    this.#drawn = '';
  }

  /** What the canvas shows now: the figures shown, in the element's styles and media queries. */
  #drawing(view: View): Drawing {
    return drawingOf(this, {
      type: this.#kind,
      labels: view.labels.map((label) => label.text),
      previous: view.series.map((s) => s.previous),
      values: view.series.map((s) => s.value),
      years: [view.previousYear, view.year],
      unit: view.unit,
      locale: this.lang_,
      // The queries connectedCallback watches (none where there is no matchMedia).
      still: !!this.#media[1]?.matches,
      forced: !!this.#media[2]?.matches,
    });
  }
}

addMessages(messages);
define('tip-yoy-chart', TipYoyChart);

declare global {
  interface HTMLElementTagNameMap {
    'tip-yoy-chart': TipYoyChart;
  }
}
