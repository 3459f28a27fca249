// <tip-tier-badge>: the country's tier in the report, how it moved, and (optionally) its history.
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { checkEnum, TipElement, safeLink, safeText, type AttributeProblem } from '../../base/tip-element.js';
import { formatYear } from '../../data/format.js';
import type { Needs } from '../../data/load.js';
import type { Dataset, TierHistoryEntry, TierName } from '../../data/types.js';
import { dataText, lowerFirst, type MessageKey, addMessages } from '../../i18n/messages.js';
import { define } from '../../define.js';
import { styles } from './tier-badge.styles.js';
import { messages } from './tier-badge.messages.js';

/** The movement's icon (decorative: the words say it), by the dataset's `movement`. */
const MOVEMENT_ICONS: Record<Dataset['movement'], string> = { upgraded: '▲', downgraded: '▼', unchanged: '＝' };

/** The tier a dataset moved from: the latest history entry before the report year. */
function previousTier(dataset: Dataset): TierHistoryEntry | undefined {
  return dataset.tierHistory
    .filter((entry) => entry.year < dataset.reportYear)
    .sort((a, b) => b.year - a.year)[0];
}

/**
 * The country's tier in the report, in words (never colour alone), with the report year and
 * the movement from the previous year ("Upgraded from Tier 2 Watch List", derived from the
 * tier history). `show-history` adds earlier years, each linking the page that states it.
 *
 * @summary The country's tier, its movement, and its history.
 * @tag tip-tier-badge
 *
 * @attr {'full'|'compact'} variant - `full` (default) is a card; `compact` is a phrase that sits inside a sentence.
 * @attr {boolean} show-history - Show the tier in earlier reports, each year with its source.
 * @attr {string} locale - `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` inherits the page's colours.
 * @attr {string} src - Address of a dataset that follows `data/schema.json`.
 * @attr {boolean} hide-source - Hide the source line.
 * @attr {boolean} original - Quote the report in the English original only, without the unofficial translation a Serbian badge shows under it.
 * @attr {boolean} share - Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click. Not on the compact variant.
 *
 * @slot - Fallback text ("Serbia: Tier 2 in 2025"), shown before upgrade, without JavaScript, and beside an error.
 *
 * @csspart base - The badge.
 * @csspart label - Country and report.
 * @csspart value - The tier.
 * @csspart movement - The movement from the previous report.
 * @csspart history - The tier history strip.
 * @csspart source - The "Source" disclosure with the report's sentence on the tier.
 * @csspart source-line - The report link.
 * @csspart share - The "Share" button (with `share`); its menu opens after it.
 * @csspart message - The error message box.
 *
 * @cssprop --tip-tier-badge-value-size - Font size of the tier.
 * @cssprop --tip-tier-badge-min-height - Height kept while loading (default 13rem; with show-history 24rem in a phone column, 18rem from 48rem wide; 0 in compact; the same as dist/cdn/tip-widgets.css).
 * @cssprop --tip-color-accent - Colour of the tier marker.
 *
 * @fires {CustomEvent<{ dataset: import('tip-widgets').Dataset }>} tip-load - The dataset is loaded and the content is rendered.
 * @fires {CustomEvent<{ message: string }>} tip-error - The widget shows an error message instead of its content.
 */
export class TipTierBadge extends TipElement {
  static override styles = [...TipElement.styles, styles];

  static override properties: PropertyDeclarations = {
    variant: { reflect: true, converter: safeText },
    showHistory: { type: Boolean, reflect: true, attribute: 'show-history' },
  };

  /** `full` (default) or `compact`. */
  variant?: 'full' | 'compact';

  /** Show the tier in earlier reports. */
  showHistory = false;

  protected override dataNeeds(): Needs {
    return { metrics: [] };
  }

  protected override attributeProblem(): AttributeProblem | undefined {
    return super.attributeProblem() ?? checkEnum('variant', this.variant, ['full', 'compact']);
  }

  private tierName(tier: TierName): string {
    return this.t(`tier.name.${tier}` as MessageKey);
  }

  private country(dataset: Dataset): { text: string; lang: string } {
    return dataText(this.lang_, dataset.country.name, dataset.country.names);
  }

  private movement(dataset: Dataset): string | undefined {
    const from = previousTier(dataset);
    if (!from) return undefined;
    // `movement` is one of the three (the schema's enum, checked for every dataset): its key is tier.<movement>.
    return this.t(`tier.${dataset.movement}`, { from: this.tierName(from.tier) });
  }

  private renderCompact(dataset: Dataset): TemplateResult {
    const country = this.country(dataset);
    const full = this.movement(dataset);
    // Inside parentheses mid-sentence: "(upgraded from …)", "(napredak u odnosu na …)". The
    // message is ours and starts with a common noun or verb in every language, so it loses its
    // capital in Serbian too (midSentence keeps Serbian data labels as written).
    const movement = full && lowerFirst(full);
    const year = formatYear(dataset.reportYear, this.lang_);
    return html`<span part="base" lang=${this.lang_} class="compact"
      ><span part="value">${this.t('tier.compact', { country: country.text, tier: this.tierName(dataset.tier), year })}</span
      >${movement ? html` <span part="movement">(${movement})</span>` : nothing}${this.hideSource
        ? nothing
        : html` <span part="source-line">[${safeLink(dataset.source.url, this.t('source.external'))}]</span>`}</span
    >`;
  }

  private renderHistory(dataset: Dataset): TemplateResult | typeof nothing {
    if (!this.showHistory || dataset.tierHistory.length === 0) return nothing;
    const locale = this.lang_;
    const entries = [...dataset.tierHistory].sort((a, b) => a.year - b.year);
    return html`<div part="history">
      <p class="history-heading" id="history">${this.t('tier.historyHeading')}</p>
      <ol aria-labelledby="history">
        ${entries.map((entry) => {
          const current = entry.year === dataset.reportYear;
          return html`<li class=${current ? 'current' : ''}>
            ${this.t('tier.historyItem', { year: formatYear(entry.year, locale), tier: this.tierName(entry.tier) })}
            ${entry.source
              ? html`(${safeLink(entry.source.url, this.t('source.external'))})`
              : current
                ? html`(${this.t('tier.thisReport')})`
                : nothing}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  protected override renderLoading(): TemplateResult {
    // Inside a sentence a loading box would break the line: keep the fallback text instead.
    return this.variant === 'compact' ? html`<span aria-busy="true"><slot></slot></span>` : super.renderLoading();
  }

  protected renderContent(dataset: Dataset): TemplateResult {
    if (this.variant === 'compact') return this.renderCompact(dataset);
    const country = this.country(dataset);
    const movement = this.movement(dataset);
    const year = formatYear(dataset.reportYear, this.lang_);
    const icon = MOVEMENT_ICONS[dataset.movement];
    return html`<div part="base" lang=${this.lang_} role="group" aria-labelledby="label">
      <p part="label" id="label">${this.t('tier.context', { country: country.text, year })}</p>
      <p part="value">
        <span class="tier"
          ><span class="pip ${dataset.tier.includes('Watch') ? 'watch' : ''}" aria-hidden="true"></span
          >${this.tierName(dataset.tier)}</span
        >
      </p>
      ${movement
        ? html`<p part="movement"><span class="icon" aria-hidden="true">${icon}</span><span>${movement}</span></p>`
        : nothing}
      ${this.renderHistory(dataset)}
      <details part="source">
        <summary>${this.t('source.disclosure')}</summary>
        <div>
          ${this.renderQuote(dataset.movementQuote, this.translated(dataset)?.movementQuote)}
        </div>
      </details>
      ${this.renderSourceLine(dataset)}
    </div>`;
  }
}

addMessages(messages);
define('tip-tier-badge', TipTierBadge);

declare global {
  interface HTMLElementTagNameMap {
    'tip-tier-badge': TipTierBadge;
  }
}
