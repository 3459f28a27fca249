// "Theming" page: the --tip-* tokens read from src/styles/tokens.ts, the parts from custom-elements.json, and a live lab.
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
import { define } from '../../src/define.js';
import { tokens } from '../../src/styles/tokens.js';
import { docsFont, docsStyles } from './docs-styles.js';
import { declarationFor, documentedTags } from './manifest.js';

/** One `--_private: var(--tip-token, fallback)` line of tokens.ts, under the rule it sits in. */
interface TokenUse {
  token: string;
  fallback?: string;
  context: string;
}

/** The rules of a stylesheet with their at-rule context, innermost first: `[selector, declarations, media]`. */
function rules(cssText: string): { selector: string; body: string; media?: string }[] {
  const out: { selector: string; body: string; media?: string }[] = [];
  const stack: string[] = [];
  let buffer = '';
  for (const ch of cssText) {
    if (ch === '{') {
      stack.push(buffer.trim());
      buffer = '';
    } else if (ch === '}') {
      const selector = stack.pop() ?? '';
      if (!selector.startsWith('@')) {
        const media = stack.find((s) => s.startsWith('@media'));
        out.push({ selector, body: buffer, media });
      }
      buffer = '';
    } else {
      buffer += ch;
    }
  }
  return out;
}

/** Which theme a rule of tokens.ts applies to, in the words the table uses. */
function contextOf(selector: string, media?: string): string {
  if (/theme='light'\]\)$/.test(selector) && !media) return 'light';
  if (/theme='dark'\]\)$/.test(selector) && !media) return 'dark';
  if (media?.includes('dark')) return 'auto, dark system';
  return 'auto';
}

/** Every public token tokens.ts reads, with its fallback in each theme. */
export function tokenTable(): Map<string, Map<string, string | undefined>> {
  const table = new Map<string, Map<string, string | undefined>>();
  for (const rule of rules(tokens.cssText)) {
    const context = contextOf(rule.selector, rule.media);
    for (const declaration of rule.body.split(';')) {
      const match = /^\s*--_[\w-]+\s*:\s*var\(\s*(--tip-[\w-]+)\s*(?:,\s*([\s\S]*))?\)\s*$/.exec(declaration);
      if (!match) continue;
      const use: TokenUse = { token: match[1]!, fallback: match[2]?.trim(), context };
      if (!table.has(use.token)) table.set(use.token, new Map());
      table.get(use.token)!.set(context, use.fallback);
    }
  }
  return table;
}

/** What each global token is for. Names and defaults come from tokens.ts; only these words are written here. */
const PURPOSE: Record<string, string> = {
  '--tip-font-family': 'Font of every widget. Default: inherited from the page.',
  '--tip-color-text': 'Text colour. Default: inherited from the page.',
  '--tip-color-surface': 'Background of the widget box.',
  '--tip-color-muted': 'Secondary text: periods, notes, the source line.',
  '--tip-color-border': 'Borders, rules and the chart grid.',
  '--tip-color-tint': 'Soft fills: the history chips, buttons, the chart placeholder.',
  '--tip-color-accent': 'The main accent: tier marker, change icons, the reporting year in charts.',
  '--tip-color-accent-2': 'The second accent: the comparison year in charts.',
  '--tip-radius': 'Corner radius of boxes.',
  '--tip-space': 'Inner padding of boxes.',
  '--tip-color-focus': 'Focus outline colour. Default: the text colour.',
};

const CONTEXTS = ['auto', 'auto, dark system', 'light', 'dark'];

function swatch(value: string | undefined): TemplateResult | typeof nothing {
  return value && /^#[0-9a-f]{3,8}$/i.test(value) ? html`<span class="swatch" style=${styleMap({ background: value })}></span>` : nothing;
}

/** The global tokens, read from the shipped stylesheet, with their default in each theme. */
export class DocsTokenTable extends LitElement {
  static override styles = [
    docsFont,
    docsStyles,
    css`
      th[scope='row'] code {
        white-space: nowrap;
      }
      .swatch {
        display: inline-block;
        inline-size: 0.9em;
        block-size: 0.9em;
        border: 1px solid #4a5361;
        border-radius: 2px;
        vertical-align: -0.1em;
        margin-inline-end: 0.3em;
      }
    `,
  ];

  protected override render(): TemplateResult {
    const table = tokenTable();
    return html`<div class="table-wrap">
      <table>
        <caption>
          Global tokens: set them on the page (<code>:root</code>, a wrapper, or one widget)
        </caption>
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">What it sets</th>
            ${CONTEXTS.map((c) => html`<th scope="col">Default: ${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${[...table].map(
            ([token, defaults]) => html`<tr>
              <th scope="row"><code>${token}</code></th>
              <td>${PURPOSE[token] ?? ''}</td>
              ${CONTEXTS.map((c) => {
                // A theme that does not set a token keeps the value of the rule every theme shares.
                const value = defaults.has(c) ? defaults.get(c) : defaults.get('auto');
                return html`<td>${value === undefined ? html`<span class="muted">inherited</span>` : html`${swatch(value)}<code>${value}</code>`}</td>`;
              })}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}

/** Per-element CSS properties and parts, from custom-elements.json. */
export class DocsPartTable extends LitElement {
  static override styles = [docsFont, docsStyles];

  protected override render(): TemplateResult {
    const tags = documentedTags();
    return html`<div class="table-wrap">
        <table>
          <caption>
            Parts: style them with <code>tip-stat-card::part(value) { … }</code>
          </caption>
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Part</th>
              <th scope="col">What it is</th>
            </tr>
          </thead>
          <tbody>
            ${tags.flatMap((tag) =>
              (declarationFor(tag)?.cssParts ?? []).map(
                (part, i) => html`<tr>
                  <td>${i === 0 ? html`<code>${tag}</code>` : nothing}</td>
                  <th scope="row"><code>${part.name}</code></th>
                  <td>${part.description ?? ''}</td>
                </tr>`,
              ),
            )}
          </tbody>
        </table>
      </div>
      <div class="table-wrap" style="margin-block-start: 1.5rem">
        <table>
          <caption>
            CSS custom properties each element documents
          </caption>
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Property</th>
              <th scope="col">What it sets</th>
            </tr>
          </thead>
          <tbody>
            ${tags.flatMap((tag) =>
              (declarationFor(tag)?.cssProperties ?? []).map(
                (prop, i) => html`<tr>
                  <td>${i === 0 ? html`<code>${tag}</code>` : nothing}</td>
                  <th scope="row"><code>${prop.name}</code></th>
                  <td>${prop.description ?? ''}</td>
                </tr>`,
              ),
            )}
          </tbody>
        </table>
      </div>`;
  }
}

const FONTS: Record<string, string> = {
  'Inherit from the page': '',
  'Georgia (serif)': 'Georgia, "Times New Roman", serif',
  'System UI': 'system-ui, sans-serif',
  Monospace: 'ui-monospace, Menlo, Consolas, monospace',
};

/**
 * Tokens and parts, live: change a token and the widgets beside it follow; the CSS to copy is
 * written out below. Colours come from colour inputs, sizes from ranges and fonts from a list,
 * so only well-formed values reach the style.
 */
export class DocsThemingLab extends LitElement {
  static override styles = [
    docsFont,
    docsStyles,
    css`
      .lab {
        display: grid;
        gap: 1.5rem;
      }
      @media (min-width: 56rem) {
        .lab {
          grid-template-columns: 16rem minmax(0, 1fr);
        }
      }
      form {
        display: grid;
        gap: 0.75rem;
        align-content: start;
      }
      form label {
        display: grid;
        gap: 0.25rem;
        font-weight: 600;
      }
      form label.check {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.5rem;
        align-items: start;
        font-weight: normal;
      }
      input[type='color'] {
        min-inline-size: 0;
        inline-size: 4rem;
        block-size: 2.25rem;
        padding: 0.125rem;
      }
      input[type='range'],
      input[type='checkbox'] {
        min-inline-size: 0;
      }
      input[type='checkbox'] {
        inline-size: 1.125rem;
        block-size: 1.125rem;
      }
      .widgets {
        display: grid;
        gap: 1rem;
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
        align-items: start;
        padding: 1rem;
        border: 1px dashed #8a939f;
        border-radius: 0.5rem;
        background: #fff;
      }
      pre {
        margin: 0.75rem 0 0;
        padding: 0.75rem;
        background: #f6f8fa;
        border: 1px solid #c9ced6;
        border-radius: 0.5rem;
        overflow-x: auto;
        font-size: 0.8125rem;
      }
      /* The parts example: what a page's stylesheet would say. */
      .parts tip-stat-card::part(label) {
        text-transform: uppercase;
        letter-spacing: 0.06em;
        font-size: 0.8125em;
      }
      .parts tip-stat-card::part(value) {
        font-family: Georgia, 'Times New Roman', serif;
      }
      .parts tip-tier-badge::part(base),
      .parts tip-stat-card::part(base) {
        border-width: 0 0 0 6px;
        border-color: var(--tip-color-accent, #1d5fa6);
        border-radius: 0;
      }
    `,
  ];

  @state() private accent = '#1d5fa6';
  @state() private surface = '#ffffff';
  @state() private text = '#1b1f24';
  @state() private radius = 8;
  @state() private font = '';
  @state() private parts = false;

  private get overrides(): Record<string, string> {
    const style: Record<string, string> = {
      '--tip-color-accent': this.accent,
      '--tip-color-surface': this.surface,
      '--tip-color-text': this.text,
      '--tip-radius': `${this.radius}px`,
    };
    if (this.font) style['--tip-font-family'] = this.font;
    return style;
  }

  private get cssText(): string {
    const lines = Object.entries(this.overrides).map(([k, v]) => `  ${k}: ${v};`);
    let text = `/* On the page, around the widgets (or :root for all of them) */\n.my-article {\n${lines.join('\n')}\n}`;
    if (this.parts) {
      text +=
        '\n\n/* Parts */\ntip-stat-card::part(label) {\n  text-transform: uppercase;\n  letter-spacing: 0.06em;\n  font-size: 0.8125em;\n}\n' +
        "tip-stat-card::part(value) {\n  font-family: Georgia, 'Times New Roman', serif;\n}\n" +
        'tip-tier-badge::part(base),\ntip-stat-card::part(base) {\n  border-width: 0 0 0 6px;\n  border-color: var(--tip-color-accent);\n  border-radius: 0;\n}';
    }
    return text;
  }

  private color(label: string, value: string, set: (v: string) => void): TemplateResult {
    return html`<label
      >${label}
      <input type="color" .value=${value} @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    /></label>`;
  }

  protected override render(): TemplateResult {
    return html`<div class="lab">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Token values">
        ${this.color('--tip-color-accent', this.accent, (v) => (this.accent = v))}
        ${this.color('--tip-color-surface', this.surface, (v) => (this.surface = v))}
        ${this.color('--tip-color-text', this.text, (v) => (this.text = v))}
        <label
          >--tip-radius: ${this.radius}px
          <input type="range" min="0" max="24" .value=${String(this.radius)} @input=${(e: Event) => (this.radius = Number((e.target as HTMLInputElement).value))}
        /></label>
        <label
          >--tip-font-family
          <select @change=${(e: Event) => (this.font = (e.target as HTMLSelectElement).value)}>
            ${Object.entries(FONTS).map(([name, value]) => html`<option value=${value} .selected=${live(value === this.font)}>${name}</option>`)}
          </select>
        </label>
        <label class="check"
          ><input type="checkbox" .checked=${this.parts} @change=${(e: Event) => (this.parts = (e.target as HTMLInputElement).checked)} /><span
            >Style the parts too: <code>::part(label)</code>, <code>::part(value)</code>, <code>::part(base)</code></span
          ></label
        >
      </form>
      <div>
        <div class="widgets ${classMap({ parts: this.parts })}" style=${styleMap(this.overrides)} lang="en">
          <tip-tier-badge>Serbia: Tier 2 in 2025</tip-tier-badge>
          <tip-stat-card metric="potential-victims-referred">Potential victims referred in 2024: 184 (168 in 2023)</tip-stat-card>
          <tip-stat-card metric="cptv-funding" compare="off">Funding for victim assistance: 50.5 million dinars</tip-stat-card>
        </div>
        <p class="muted" style="margin: 0.75rem 0 0">The CSS for these settings:</p>
        <pre><code>${this.cssText}</code></pre>
      </div>
    </div>`;
  }
}

define('docs-token-table', DocsTokenTable);
define('docs-part-table', DocsPartTable);
define('docs-theming-lab', DocsThemingLab);

declare global {
  interface HTMLElementTagNameMap {
    'docs-token-table': DocsTokenTable;
    'docs-part-table': DocsPartTable;
    'docs-theming-lab': DocsThemingLab;
  }
}
