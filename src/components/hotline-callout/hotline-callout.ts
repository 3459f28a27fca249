// <tip-hotline-callout>: who to call, with sourced numbers only, and what the report says of the state line.
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { checkHeadingLevel, TipElement, safeHref, safeLink, wholeNumber, type AttributeProblem } from '../../base/tip-element.js';
import { formatFigure } from '../../data/format.js';
import { metricById, type Needs } from '../../data/load.js';
import type { Dataset, Hotline } from '../../data/types.js';
import { clip, idList } from '../../data/clip.js';
import { dataText, addMessages, localText, type LocalText } from '../../i18n/messages.js';
import { define } from '../../define.js';
import { styles } from './hotline-callout.styles.js';
import { messages } from './hotline-callout.messages.js';

/**
 * A `tel:` address for a phone number, or undefined when the text is not a plain number. (The
 * figure in src/figure/figure.ts keeps a regex of its own for a site's local number rather than
 * importing this: a module shared by the two became a chunk of its own on CDN pages, +120 B.)
 * Only digits, spaces and one leading `+` pass: nothing else can reach an href.
 */
export function telHref(number: string | undefined): string | undefined {
  if (typeof number !== 'string') return undefined;
  const trimmed = number.trim();
  const digits = trimmed.replace(/ /g, '');
  return /^\+?[\d ]{3,30}$/.test(trimmed) && /\d{3}/.test(digits) ? `tel:${digits}` : undefined;
}


/**
 * A calm, prominent callout with phone lines for people affected by trafficking. Every number
 * shown says whose it is and where it was listed; the report's facts on the state's 24-hour
 * hotline are quoted, and because the report gives no number for it, none is shown. A site
 * can put its own local number first with the `local-*` attributes or the `local` slot, and
 * choose which dataset lines to show with `hotlines`.
 *
 * @summary Sourced hotline numbers and the report's facts about the state hotline.
 * @tag tip-hotline-callout
 *
 * @attr {string} hotlines - Comma-separated hotline ids from the dataset to show (e.g. `astra`), or `none`. Default: every line with a sourced number.
 * @attr {string} local-number - A number the site itself vouches for, shown first (digits, spaces and a leading + only).
 * @attr {string} local-name - Whose the local number is.
 * @attr {string} local-hours - When the local number answers.
 * @attr {number} heading-level - Level of the heading in the page outline, 1–6 (default 2).
 * @attr {string} locale - `en`, `sr-Latn` or `sr` (Cyrillic); default: the page's `lang`.
 * @attr {'light'|'dark'|'auto'} theme - Colour theme; `auto` inherits the page's colours.
 * @attr {string} src - Address of a dataset that follows `data/schema.json`.
 * @attr {boolean} hide-source - Hide the source line.
 * @attr {boolean} original - Quote the report in the English original only, without the unofficial translation a Serbian callout shows under it.
 * @attr {boolean} quick-exit - Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return; in the iframe embed it leaves the whole tab where the host page allows it.
 * @attr {string} exit-url - Where the quick exit goes: an http(s) address. Default: `https://www.google.com/`; anything else falls back to it, with one console warning.
 * @attr {boolean} share - Show a "Share" button: download the figure as PNG or SVG, copy its citation (text, BibTeX, CSL-JSON) or its embed code. Its code loads on the first click.
 *
 * @slot - Fallback text, shown before upgrade, without JavaScript, and beside an error.
 * @slot local - The site's own help content (e.g. a list of local numbers), shown above the listed numbers.
 *
 * @csspart base - The callout.
 * @csspart heading - The heading.
 * @csspart numbers - The list of numbers.
 * @csspart number - Each phone link.
 * @csspart report-facts - What the report says about the state hotline.
 * @csspart source-line - The report link.
 * @csspart share - The "Share" button (with `share`); its menu opens after it.
 * @csspart message - The error message box.
 * @csspart exit - The quick exit (`quick-exit`): its button and the lines under it.
 * @csspart exit-button - The "Quick exit" button.
 * @csspart exit-status - The (visually hidden) line that tells screen readers how many presses of Shift are left.
 *
 * @cssprop --tip-color-accent - Colour of the callout's edge.
 * @cssprop --tip-quick-exit-background - Colour of the quick exit button (default #a4262c, a dark red).
 * @cssprop --tip-quick-exit-color - Text colour of the quick exit button (default #fff).
 * @cssprop --tip-hotline-callout-min-height - Height kept while loading (default 60rem in a phone column, 38rem from 48rem wide; the same as dist/cdn/tip-widgets.css).
 *
 * @fires {CustomEvent<{ dataset: import('tip-widgets').Dataset }>} tip-load - The dataset is loaded and the content is rendered.
 * @fires {CustomEvent<{ message: string }>} tip-error - The widget shows an error message instead of its content.
 */
export class TipHotlineCallout extends TipElement {
  static override styles = [...TipElement.styles, styles];

  static override properties: PropertyDeclarations = {
    hotlines: {},
    localNumber: { attribute: 'local-number' },
    localOrg: { attribute: 'local-name' },
    localHours: { attribute: 'local-hours' },
    headingLevel: { attribute: 'heading-level' },
    quickExit: { type: Boolean, attribute: 'quick-exit' },
    exitUrl: { attribute: 'exit-url' },
  };

  /** Comma-separated hotline ids to show, or `none`. */
  hotlines?: string;

  localNumber?: string;
  localOrg?: string;
  localHours?: string;

  /** Heading level, 1–6. */
  headingLevel?: string;

  // Undefined until set (no initializer): a callout that never sets it never loads the exit's code.
  /** Show a "Quick exit" button (and the shortcut Shift pressed three times) that hides the page at once and replaces it with a neutral one (`exit-url`), so Back does not return to it. */
  quickExit?: boolean;

  /** Where the quick exit goes: an http(s) address. Default `https://www.google.com/`; anything else falls back to it, with one console warning. */
  exitUrl?: string;

  protected override dataNeeds(): Needs {
    return { metrics: [], hotlines: true };
  }

  protected override attributeProblem(): AttributeProblem | undefined {
    const shared = super.attributeProblem();
    if (shared) return shared;
    if (this.localNumber != null && !telHref(this.localNumber)) {
      return { attribute: 'local-number', value: String(this.localNumber), valid: 'a phone number of digits, spaces and a leading +' };
    }
    const level = checkHeadingLevel(this.headingLevel);
    if (level) return level;
    // Only a text gives ids (requestedIds); none of them, and not `none`: nothing usable.
    if (this.requestedIds()?.length === 0 && this.hotlines!.trim() !== 'none') {
      return { attribute: 'hotlines', value: this.hotlines!, valid: 'hotline ids from the dataset, or none' };
    }
    return undefined;
  }

  protected override datasetProblem(dataset: Dataset) {
    const ids = this.requestedIds();
    if (!ids) return undefined;
    const known = dataset.hotlines.map((h) => h.id);
    const unknown = ids.find((id) => !known.includes(id));
    if (!unknown) return undefined;
    const value = clip(unknown);
    const valid = [...known, 'none'].join(', ');
    return {
      key: 'error.attribute' as const,
      params: { value, attribute: 'hotlines', valid },
      warning: `unknown hotline "${value}". Valid: ${valid}.`,
    };
  }

  /** The ids asked for, `[]` for `none`, or undefined for the default. */
  private requestedIds(): string[] | undefined {
    if (typeof this.hotlines !== 'string') return undefined;
    const value = this.hotlines.trim();
    return value === 'none' ? [] : idList(value);
  }

  /** A hotline's organisation, hours or description in this element's locale, and its language. */
  private field(line: Hotline, name: 'organisation' | 'hours' | 'description'): LocalText {
    return localText(this.lang_, line[name] ?? '', this.translated(line)?.[name]);
  }

  /** `sub`: the level of the headings inside the callout (each organisation, the report's facts), one below its own. */
  private renderLine(line: Hotline, sub: number): TemplateResult {
    const href = telHref(line.number);
    if (line.number && !href) this.warnOnce(`hotline "${clip(line.id)}": its number is shown as text (only digits, spaces and + make a link).`);
    // Absolute once checked (safeHref resolves a relative address), so its host name always parses.
    const listedAt = safeHref(line.source?.url);
    const org = this.field(line, 'organisation');
    const hours = this.field(line, 'hours');
    const description = this.field(line, 'description');
    return html`<li>
      <p class="org" lang=${org.lang} role="heading" aria-level=${sub}>${org.text}</p>
      <p>${href
        ? html`<a part="number" href=${href} aria-label=${this.t('hotline.call', { org: org.text, number: line.number! })}>${line.number}</a>`
        : html`<span part="number">${line.number}</span>`}
        ${line.domestic ? html`<span class="muted">(${this.t('hotline.domestic', { number: line.domestic })})</span>` : nothing}</p>
      ${hours.text ? html`<p>${this.t('hotline.hoursLabel')} <span lang=${hours.lang}>${hours.text}</span></p>` : nothing}
      ${description.text ? html`<p lang=${description.lang}>${description.text}</p>` : nothing}
      ${listedAt ? html`<p class="muted">${this.t('hotline.listed', { org: org.text })} ${safeLink(listedAt, new URL(listedAt).hostname.replace(/^www\./, ''))}</p>` : nothing}
    </li>`;
  }

  private renderLocal(sub: number): TemplateResult | typeof nothing {
    const href = telHref(this.localNumber);
    if (!href) return nothing;
    const name = this.localOrg?.trim() || this.t('hotline.local');
    const number = this.localNumber!.trim();
    const hours = this.localHours?.trim();
    return html`<li>
      <p class="org" role="heading" aria-level=${sub}>${name}</p>
      <p><a part="number" href=${href} aria-label=${this.t('hotline.call', { org: name, number })}>${number}</a></p>
      ${hours ? html`<p>${this.t('hotline.hoursLabel')} ${hours}</p>` : nothing}
      <p class="muted">${this.t('hotline.local')}</p>
    </li>`;
  }

  private renderReportFacts(dataset: Dataset, sub: number): TemplateResult[] {
    // Indented as the other templates are: the markup ships as written, spaces and all.
    return dataset.hotlines.filter((line) => !line.number && line.quote).map((line) => {
      const facts = (line.metrics ?? []).flatMap((id) => metricById(dataset, id) ?? []);
      const org = this.field(line, 'organisation');
      const hours = this.field(line, 'hours');
      return html`<div part="report-facts">
      <p class="subheading" role="heading" aria-level=${sub}>${this.t('hotline.cptvHeading')}</p>
      <p class="org"><span lang=${org.lang}>${org.text}</span>${hours.text ? html` · ${this.t('hotline.hoursLabel')} <span lang=${hours.lang}>${hours.text}</span>` : nothing}</p>
      ${this.renderQuote(line.quote!, this.translated(line)?.quote)}
      ${facts.length
        ? html`<ul>${facts.map((m) => {
            const label = dataText(this.lang_, m.label, m.labels);
            return html`<li><span lang=${label.lang}>${label.text}</span>: <strong>${formatFigure(m.value, m.unit, this.lang_)}</strong></li>`;
          })}</ul>`
        : nothing}
      <p>${this.t('hotline.noNumber')}</p>
    </div>`;
    });
  }

  protected renderContent(dataset: Dataset): TemplateResult {
    const ids = this.requestedIds();
    const listed = dataset.hotlines.filter((line) => line.number && (ids ? ids.includes(line.id) : true));
    const level = wholeNumber(this.headingLevel) ?? 2;
    const sub = Math.min(6, level + 1);
    const local = this.renderLocal(sub);
    const any = listed.length || local !== nothing;
    // A group, not a landmark: a page (or a docs page) with two callouts would have two landmarks
    // of the same name (axe: landmark-unique). Readers reach it by its heading.
    // The quick exit: its module (./exit.ts; a page that never sets `quick-exit` never loads it)
    // puts its block above the heading once this render is in place, keeps it in step after each
    // one, and takes it away when the switch is turned off again (false, not undefined).
    if (this.quickExit != null) void import('./exit.js').then((m) => m.renderExit(this, addMessages));
    return html`<div part="base" lang=${this.lang_} role="group" aria-labelledby="heading">
      <div part="heading" id="heading" role="heading" aria-level=${level}>${this.t('hotline.heading')}</div>
      <p>${this.t('hotline.intro')}</p>
      <slot name="local"></slot>
      ${any ? html`<ul part="numbers">${local} ${listed.map((line) => this.renderLine(line, sub))}</ul>` : nothing}
      ${listed.length ? html`<p class="muted">${this.t('hotline.check')}</p>` : nothing}
      ${any ? nothing : html`<p>${this.t('hotline.none')}</p>`}
      ${this.renderReportFacts(dataset, sub)} ${this.renderSourceLine(dataset)}
    </div>`;
  }
}

addMessages(messages);
define('tip-hotline-callout', TipHotlineCallout);

declare global {
  interface HTMLElementTagNameMap {
    'tip-hotline-callout': TipHotlineCallout;
  }
}
