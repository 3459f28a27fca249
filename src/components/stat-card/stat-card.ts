// <tip-stat-card>: one figure from the report, with its comparison, breakdown and verbatim source.
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { checkEnum, TipElement, safeLink, type AttributeProblem, type Problem } from '../../base/tip-element.js';
import { formatAmount, formatFigure, formatUsd, formatYear } from '../../data/format.js';
import { change } from '../../data/change.js';
import { metricById, metricIds, type Needs } from '../../data/load.js';
import type { BreakdownGroup, Dataset, Metric } from '../../data/types.js';
import { clip } from '../../data/clip.js';
import { dataText, midSentence, addMessages } from '../../i18n/messages.js';
import { termLabel } from '../../i18n/terms.js';
import { define } from '../../define.js';
import { styles } from './stat-card.styles.js';
import { messages } from './stat-card.messages.js';

const ICONS = { up: '▲', down: '▼', same: '＝' } as const;

/**
 * One figure from the report: the reporting-period value in the reader's locale, its label,
 * the change from the comparison year in words and numbers, an optional breakdown, and a
 * "Source" disclosure with the report's own sentence.
 *
 * @summary A single report figure with its comparison and its verbatim source.
 * @tag tip-stat-card
 *
 * @attr {string} metric - Metric id from the dataset (see "The data" in Storybook), e.g. `convictions`. Default `victims-identified`.
 * @attr {'on'|'off'} compare - `off` hides the comparison with the previous year.
 * @attr {boolean} show-breakdown - Show the report's breakdown (by form of exploitation, sex and age, sentence…).
 * @attr {string} locale - `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` inherits the page's colours.
 * @attr {string} src - Address of a dataset that follows `data/schema.json`.
 * @attr {boolean} hide-source - Hide the source line under the card.
 * @attr {boolean} original - Quote the report in the English original only, without the unofficial translation a Serbian card shows under it.
 * @attr {boolean} share - Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
 *
 * @slot - Fallback text, shown before the element upgrades, if JavaScript never runs, and beside an error.
 *
 * @csspart base - The card.
 * @csspart label - The figure's label.
 * @csspart value - The figure and its period.
 * @csspart delta - The comparison with the previous year.
 * @csspart breakdown - The breakdown lists.
 * @csspart source - The "Source" disclosure.
 * @csspart source-line - The report link at the bottom.
 * @csspart share - The "Share" button (with `share`); its menu opens after it.
 * @csspart message - The error message box.
 *
 * @cssprop --tip-stat-card-value-size - Font size of the figure.
 * @cssprop --tip-stat-card-min-height - Height kept while loading (default 17rem; 40rem with show-breakdown; the same as dist/cdn/tip-widgets.css).
 * @cssprop --tip-color-text - Text colour (default: inherited).
 * @cssprop --tip-color-surface - Background (default: transparent; light/dark themes set one).
 * @cssprop --tip-color-accent - Colour of the change icon.
 *
 * @fires {CustomEvent<{ dataset: import('tip-widgets').Dataset }>} tip-load - The dataset is loaded and the content is rendered.
 * @fires {CustomEvent<{ message: string }>} tip-error - The widget shows an error message instead of its content.
 */
export class TipStatCard extends TipElement {
  static override styles = [...TipElement.styles, styles];

  static override properties: PropertyDeclarations = {
    metric: {},
    compare: {},
    showBreakdown: { type: Boolean, reflect: true, attribute: 'show-breakdown' },
  };

  /** Metric id from the dataset. */
  metric = 'victims-identified';

  /** `on` (default) or `off`. */
  compare?: 'on' | 'off';

  /** Show the breakdown the report gives. */
  showBreakdown = false;

  protected override attributeProblem(): AttributeProblem | undefined {
    const shared = super.attributeProblem();
    if (shared) return shared;
    if (typeof this.metric !== 'string' || this.metric.trim() === '') {
      return { attribute: 'metric', value: String(this.metric ?? ''), valid: 'a metric id from the dataset, e.g. convictions' };
    }
    return checkEnum('compare', this.compare, ['on', 'off']);
  }

  protected override dataNeeds(): Needs {
    return { metrics: [typeof this.metric === 'string' ? this.metric.trim() : ''] };
  }

  protected override datasetProblem(dataset: Dataset): Problem | undefined {
    if (metricById(dataset, this.metric.trim())) return undefined;
    const value = clip(this.metric);
    return {
      key: 'error.metric',
      params: { value },
      warning: `unknown metric="${value}". Valid: ${metricIds(dataset).join(', ')}.`,
    };
  }

  private period(metric: Metric, dataset: Dataset): string {
    if (metric.period) return metric.period;
    return formatYear(metric.year ?? dataset.reportingPeriod, this.lang_);
  }

  private renderDelta(metric: Metric, dataset: Dataset): TemplateResult | typeof nothing {
    if (this.compare === 'off' || metric.year !== undefined) return nothing;
    const diff = change(metric, this.lang_);
    if (!diff) return nothing;
    const year = formatYear(dataset.comparisonPeriod, this.lang_);
    // stat.up, stat.down or stat.same; stat.same has no {diff}, and a parameter without its placeholder is left out.
    const words = this.t(`stat.${diff.direction}`, { diff: diff.diff, previous: diff.previous, year });
    return html`<p part="delta">
      <span><span class="icon" aria-hidden="true">${ICONS[diff.direction]}</span> ${words}</span>
      ${diff.percent ? html`<span class="muted">(${diff.percent})</span>` : nothing}
    </p>`;
  }

  private renderGroup(group: BreakdownGroup): TemplateResult {
    const locale = this.lang_;
    const label = termLabel(locale, group.id, group.label);
    const top = group.items.filter((item) => !item.partOf);
    const item = (it: (typeof group.items)[number]): TemplateResult => {
      const name = termLabel(locale, it.id, it.label);
      const parts = group.items.filter((child) => child.partOf === it.id && child !== it);
      return html`<li>
        <span lang=${name.lang}>${name.text}</span>: <strong>${formatAmount(it.value, 'count', locale)}</strong>
        ${parts.length
          ? html`<ul>
              ${parts.map((child) => {
                const childName = termLabel(locale, child.id, child.label);
                childName.text = midSentence(childName.lang, childName.text);
                return html`<li>
                  ${this.t('stat.ofWhich')} <span lang=${childName.lang}>${childName.text}</span>:
                  <strong>${formatAmount(child.value, 'count', locale)}</strong>
                </li>`;
              })}
            </ul>`
          : nothing}
      </li>`;
    };
    return html`<div>
      <p class="group-label" lang=${label.lang}>${label.text}</p>
      <ul>
        ${top.map(item)}
      </ul>
    </div>`;
  }

  private renderBreakdown(metric: Metric): TemplateResult | typeof nothing {
    if (!this.showBreakdown || !metric.breakdown?.length) return nothing;
    return html`<div part="breakdown">
      <p class="group-label">${this.t('stat.breakdown')}</p>
      ${metric.breakdown.map((group) => this.renderGroup(group))}
    </div>`;
  }

  protected renderContent(dataset: Dataset): TemplateResult {
    const metric = metricById(dataset, this.metric.trim())!;
    const locale = this.lang_;
    const label = dataText(locale, metric.label, metric.labels);
    // The report's contradictions on this figure, then its notes, inside the source disclosure;
    // the flag above says which (a cited id the dataset does not define is no contradiction).
    const cited = this.citedDiscrepancies(dataset, [metric]);
    const translation = this.translated(metric);
    const notes = [...cited.map((d) => this.renderDiscrepancy(d)), ...(metric.notes ?? []).map((note, i) => this.renderNote(note, translation?.notes?.[i]))];
    const usd = metric.valueUsd !== undefined && metric.unit !== 'USD' ? formatUsd(metric.valueUsd, locale) : undefined;
    return html`<div part="base" lang=${this.lang_} role="group" aria-labelledby="label">
      <p part="label" id="label" lang=${label.lang}>${label.text}</p>
      <p part="value">
        ${metric.qualifier
          ? html`<span class="qualifier">${this.t(metric.qualifier === 'at-least' ? 'stat.atLeast' : 'stat.approximately')}</span>`
          : nothing}
        <span class="figure">${formatFigure(metric.value, metric.unit, locale)}</span>
        <span class="muted">${this.t('stat.in', { year: this.period(metric, dataset) })}</span>
      </p>
      ${usd ? html`<p class="muted">(${this.t('stat.usd', { usd })})</p>` : nothing}
      ${this.renderDelta(metric, dataset)} ${this.renderBreakdown(metric)}
      ${notes.length
        ? html`<p class="flag">${this.t(cited.length ? 'stat.flag' : 'stat.caveat')}</p>`
        : nothing}
      <details part="source">
        <summary>${this.t(notes.length ? 'source.disclosureNotes' : 'source.disclosure')}</summary>
        <div>
          ${this.renderQuote(metric.quote, translation?.quote)}
          <p>${safeLink(dataset.source.url, dataset.source.title, 'en')}</p>
          ${notes}
        </div>
      </details>
      ${this.renderSourceLine(dataset)}
    </div>`;
  }
}

addMessages(messages);
define('tip-stat-card', TipStatCard);

declare global {
  interface HTMLElementTagNameMap {
    'tip-stat-card': TipStatCard;
  }
}
