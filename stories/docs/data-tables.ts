// "The data" page's tables, generated from data/serbia-2025.json: every metric, every discrepancy, the other ids.
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { PRESETS } from '../../src/components/yoy-chart/series.js';
import { formatFigure, formatUsd, formatYear } from '../../src/data/format.js';
import type { Metric } from '../../src/data/types.js';
import { define } from '../../src/define.js';
import { dataset } from './dataset.js';
import { docsFont, docsStyles } from './docs-styles.js';

const SECTIONS = ['prosecution', 'protection', 'prevention', 'profile'] as const;
const year = (y: number) => formatYear(y, 'en');

function figure(metric: Metric, which: 'value' | 'previous'): string {
  const value = metric[which];
  if (value === undefined) return '—';
  const usd = which === 'value' ? metric.valueUsd : metric.previousUsd;
  const figure = formatFigure(value, metric.unit, 'en');
  const qualifier = which === 'value' && metric.qualifier ? `${metric.qualifier === 'at-least' ? 'at least' : 'about'} ` : '';
  const text = `${qualifier}${figure}`;
  return usd !== undefined && metric.unit !== 'USD' ? `${text} (${formatUsd(usd, 'en')})` : text;
}

function period(metric: Metric): string {
  return metric.period ?? year(metric.year ?? dataset.reportingPeriod);
}

/**
 * Every metric id with its label, figure, comparison figure and the verbatim sentence it comes
 * from, filterable by words and by section. All of it is rendered as text.
 */
export class DocsMetricTable extends LitElement {
  static override styles = [
    docsFont,
    docsStyles,
    css`
      table {
        table-layout: fixed;
      }
      th[scope='row'] {
        font-weight: normal;
      }
      .label {
        font-weight: 700;
      }
      td.num {
        white-space: normal;
      }
      p {
        margin: 0.5rem 0 0;
      }
    `,
  ];

  @state() private query = '';
  @state() private section = '';

  private rows(): [string, Metric][] {
    const words = this.query.toLowerCase().split(/\s+/).filter(Boolean);
    return Object.entries(dataset.metrics).filter(([id, m]) => {
      if (this.section && m.section !== this.section) return false;
      const haystack = `${id} ${m.label} ${m.labels?.['sr-Latn'] ?? ''} ${m.quote}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
  }

  protected override render(): TemplateResult {
    const rows = this.rows();
    const total = Object.keys(dataset.metrics).length;
    return html`<div class="controls" role="search">
        <label
          >Find a figure
          <input type="search" placeholder="e.g. convictions, shelter, dinars" .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >Section
          <select @change=${(e: Event) => (this.section = (e.target as HTMLSelectElement).value)}>
            <option value="">All sections</option>
            ${SECTIONS.map((s) => html`<option value=${s}>${s}</option>`)}
          </select>
        </label>
        <span class="muted" role="status">Showing ${rows.length} of ${total} metrics</span>
      </div>
      <div class="table-wrap" tabindex="0" role="region" aria-label="Metrics of the ${dataset.source.title}">
        <table>
          <caption>
            Metrics of the ${dataset.source.title}: the id to put in
            <code>metric="…"</code>
          </caption>
          <colgroup>
            <col style="inline-size: 32%" />
            <col style="inline-size: 22%" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Metric id and label</th>
              <th scope="col">Figure (and ${year(dataset.comparisonPeriod)})</th>
              <th scope="col">The report’s words</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              ([id, m]) => html`<tr>
                <th scope="row">
                  <code>${id}</code><br />
                  <span class="label">${m.label}</span>
                  ${m.labels?.['sr-Latn'] ? html`<br /><span class="muted" lang="sr-Latn">${m.labels['sr-Latn']}</span>` : nothing}
                  <br /><span class="muted">Section: ${m.section}</span>
                </th>
                <td class="num">
                  <strong>${figure(m, 'value')}</strong> <span class="muted">in ${period(m)}</span>
                  ${m.previous !== undefined
                    ? html`<br />${figure(m, 'previous')} <span class="muted">in ${year(dataset.comparisonPeriod)}</span>`
                    : html`<br /><span class="muted">no ${year(dataset.comparisonPeriod)} figure</span>`}
                </td>
                <td>
                  <blockquote lang="en">${m.quote}</blockquote>
                  ${m.discrepancies?.length
                    ? html`<p class="muted">Discrepancy: ${m.discrepancies.map((d, i) => html`${i ? ', ' : ''}<code>${d}</code>`)}</p>`
                    : nothing}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

/** The places where the report contradicts itself, with its words on each side. */
export class DocsDiscrepancyList extends LitElement {
  static override styles = [docsFont, docsStyles];

  protected override render(): TemplateResult {
    return html`${dataset.discrepancies.map((d) => {
      const metrics = Object.entries(dataset.metrics)
        .filter(([, m]) => m.discrepancies?.includes(d.id))
        .map(([id]) => id);
      return html`<section aria-labelledby="d-${d.id}">
        <p id="d-${d.id}"><code>${d.id}</code></p>
        <p>${d.description}</p>
        ${d.quotes.map((q) => html`<blockquote lang="en">${q}</blockquote>`)}
        ${metrics.length ? html`<p class="muted">Shown beside: ${metrics.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}</p>` : nothing}
      </section>`;
    })}`;
  }
}

/** The other ids an attribute takes: hotline ids, chart presets, sections. */
export class DocsOtherIds extends LitElement {
  static override styles = [docsFont, docsStyles];

  protected override render(): TemplateResult {
    return html`<div class="table-wrap">
        <table>
          <caption>
            Hotline ids, for
            <code>&lt;tip-hotline-callout hotlines="…"&gt;</code>
          </caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Whose line</th>
              <th scope="col">Number</th>
              <th scope="col">Listed at</th>
            </tr>
          </thead>
          <tbody>
            ${dataset.hotlines.map(
              (h) => html`<tr>
                <th scope="row"><code>${h.id}</code></th>
                <td>${h.organisation}</td>
                <td class="num">${h.number ?? html`<span class="muted">none given</span>`}</td>
                <td>${h.source?.url ?? html`<span class="muted">the report</span>`}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" style="margin-block-start: 1.5rem">
        <table>
          <caption>
            Chart presets, for
            <code>&lt;tip-yoy-chart preset="…"&gt;</code>
          </caption>
          <thead>
            <tr>
              <th scope="col">Preset</th>
              <th scope="col">Metric ids it plots</th>
            </tr>
          </thead>
          <tbody>
            ${Object.entries(PRESETS).map(
              ([name, ids]) => html`<tr>
                <th scope="row"><code>${name}</code></th>
                <td>${ids.map((id, i) => html`${i ? ', ' : ''}<code>${id}</code>`)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

define('docs-metric-table', DocsMetricTable);
define('docs-discrepancy-list', DocsDiscrepancyList);
define('docs-other-ids', DocsOtherIds);

declare global {
  interface HTMLElementTagNameMap {
    'docs-metric-table': DocsMetricTable;
    'docs-discrepancy-list': DocsDiscrepancyList;
    'docs-other-ids': DocsOtherIds;
  }
}
