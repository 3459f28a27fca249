// <tip-recommendation-list>: the report's prioritized recommendations, verbatim, in their order.
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { checkEnum, checkHeadingLevel, TipElement, wholeNumber, type AttributeProblem } from '../../base/tip-element.js';
import { formatNumber } from '../../data/format.js';
import type { Needs } from '../../data/load.js';
import type { Dataset, Recommendation } from '../../data/types.js';
import { define } from '../../define.js';
import { styles } from './recommendation-list.styles.js';
import { messages } from './recommendation-list.messages.js';
import { addMessages, localText } from '../../i18n/messages.js';

const SECTIONS = ['prosecution', 'protection', 'prevention'] as const;

/**
 * The report's prioritized recommendations as an ordered list, quoted in English as published
 * and numbered in the report's order of priority (a filtered list keeps the report's numbers).
 * `limit` shows the first few with a "Show all" disclosure button. A Serbian list shows the
 * dataset's unofficial translation, says so above the list, and has a button that shows the
 * English original under each recommendation; `original` shows the English only.
 *
 * @summary The report's prioritized recommendations, verbatim.
 * @tag tip-recommendation-list
 *
 * @attr {number} limit - Show only the first N, with a button to show all. Default: all.
 * @attr {'prosecution'|'protection'|'prevention'} section - Only the recommendations on this section.
 * @attr {number} heading-level - Level of the list's heading in the page outline, 1–6 (default 2).
 * @attr {string} locale - `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` inherits the page's colours.
 * @attr {string} src - Address of a dataset that follows `data/schema.json`.
 * @attr {boolean} hide-source - Hide the source line.
 * @attr {boolean} original - Quote the recommendations in the English original only, without the unofficial translation a Serbian list shows.
 * @attr {boolean} share - Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
 *
 * @slot - Fallback text, shown before upgrade, without JavaScript, and beside an error.
 *
 * @csspart base - The whole list box.
 * @csspart heading - The heading.
 * @csspart list - The ordered list.
 * @csspart toggle - The "Show all" / "Show fewer" button.
 * @csspart original-toggle - The button that shows the English original under each translated recommendation.
 * @csspart source-line - The report link.
 * @csspart share - The "Share" button (with `share`); its menu opens after it.
 * @csspart message - The error message box.
 *
 * @cssprop --tip-recommendation-list-min-height - Height kept while loading (default 37.25rem in a phone column, 26rem from 48rem wide; the same as dist/cdn/tip-widgets.css).
 *
 * @fires {CustomEvent<{ dataset: import('tip-widgets').Dataset }>} tip-load - The dataset is loaded and the content is rendered.
 * @fires {CustomEvent<{ message: string }>} tip-error - The widget shows an error message instead of its content.
 */
export class TipRecommendationList extends TipElement {
  static override styles = [...TipElement.styles, styles];

  static override properties: PropertyDeclarations = {
    limit: {},
    section: {},
    headingLevel: { attribute: 'heading-level' },
    expanded: { state: true },
    showOriginal: { state: true },
  };

  /** Show only the first N recommendations, with a "Show all" button. */
  limit?: string;

  /** Only the recommendations on `prosecution`, `protection` or `prevention`. */
  section?: 'prosecution' | 'protection' | 'prevention';

  /** Heading level, 1–6. */
  headingLevel?: string;

  private expanded = false;
  /** Whether a translated list also shows each recommendation's English original. */
  private showOriginal = false;

  protected override dataNeeds(): Needs {
    return { metrics: [], recommendations: true };
  }

  protected override attributeProblem(): AttributeProblem | undefined {
    const shared = super.attributeProblem() ?? checkEnum('section', this.section, SECTIONS);
    if (shared) return shared;
    const limit = wholeNumber(this.limit);
    if (limit !== undefined && (Number.isNaN(limit) || limit < 1)) {
      return { attribute: 'limit', value: String(this.limit), valid: 'a whole number from 1' };
    }
    return checkHeadingLevel(this.headingLevel);
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  private toggleOriginal(): void {
    this.showOriginal = !this.showOriginal;
  }

  protected renderContent(dataset: Dataset): TemplateResult {
    const locale = this.lang_;
    const numbered = dataset.recommendations.map((rec, i): [Recommendation, number] => [rec, i + 1]);
    const chosen = this.section ? numbered.filter(([rec]) => rec.section === this.section) : numbered;
    const limit = wholeNumber(this.limit);
    const limited = limit !== undefined && limit < chosen.length;
    const shown = limited && !this.expanded ? chosen.slice(0, limit) : chosen;
    const heading = this.section
      ? this.t('recs.headingSection', { section: this.t(`section.${this.section as (typeof SECTIONS)[number]}`) })
      : this.t('recs.heading');
    // The report's words in the reader's language when the data translates them (and `original` is
    // not set): an unofficial translation, said so above the list, with the English a click away.
    const texts = new Map(chosen.map(([rec]) => [rec, localText(locale, rec.text, this.original ? undefined : this.translated(rec)?.text)]));
    const translated = [...texts.values()].some((text) => text.lang !== 'en');
    // aria-expanded: String() of the boolean state writes "true"/"false" (shorter than a ternary per button).
    return html`<div part="base" lang=${this.lang_} role="group" aria-labelledby="heading">
      <div part="heading" id="heading" role="heading" aria-level=${wholeNumber(this.headingLevel) ?? 2}>${heading}</div>
      <p class="muted">${this.t(translated ? 'recs.noteTranslated' : 'recs.note')}</p>
      ${translated
        ? html`<button part="original-toggle" type="button" aria-expanded=${String(this.showOriginal) as 'true' | 'false'} aria-controls="list" @click=${this.toggleOriginal}>
            ${this.t(this.showOriginal ? 'recs.hideOriginal' : 'recs.showOriginal')}
          </button>`
        : nothing}
      ${chosen.length === 0
        ? html`<p>${this.t('recs.empty')}</p>`
        : html`<ol part="list" id="list">
            ${shown.map(([rec, n]) => {
              const text = texts.get(rec)!;
              return html`<li value=${n}>
                  <span lang=${text.lang}>${text.text}</span>
                  ${text.lang !== 'en' && this.showOriginal ? html`<span class="original" lang="en">${rec.text}</span>` : nothing}
                  <span class="tag"><span class="visually-hidden">${this.t('recs.tag')} </span>${this.t(`section.${rec.section}`)}</span>
                </li>`;
            })}
          </ol>`}
      ${limited
        ? html`<button part="toggle" type="button" aria-expanded=${String(this.expanded) as 'true' | 'false'} aria-controls="list" @click=${this.toggle}>
            ${this.expanded ? this.t('recs.showFewer') : this.t('recs.showAll', { count: formatNumber(chosen.length, locale) })}
          </button>`
        : nothing}
      ${this.renderSourceLine(dataset)}
    </div>`;
  }
}

addMessages(messages);
define('tip-recommendation-list', TipRecommendationList);

declare global {
  interface HTMLElementTagNameMap {
    'tip-recommendation-list': TipRecommendationList;
  }
}
