// The iframe output of the embed builder: an <iframe> of dist/cdn/embed.html for platforms that accept an iframe but no script.
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { define } from '../../src/define.js';
import { docsControls, docsFont } from './docs-styles.js';
import { dataset } from './dataset.js';
import heights from './iframe-heights.generated.json';
import { iframeHeightPx, type HeightTable } from './iframe-height.mjs';
import { escapeAttribute, VERSION, type AttributeValue } from './snippet.js';

/**
 * Attributes the iframe page refuses (src/embed/query.ts says why: a dataset address in a query
 * string would let anyone show invented figures in a frame carrying the report's name).
 */
const REFUSED = ['src'];

/** Where a newsroom might host its copy of dist/cdn/: jsDelivr and unpkg serve .html as text/plain, so a CDN address cannot work. */
export const IFRAME_BASE_PLACEHOLDER = 'https://your-site.example/tip-widgets/';

/** The frame's starting height in px (the rule is in iframe-height.mjs, shared with the iframe test). */
export function iframeHeight(tag: string, attributes: [string, AttributeValue][]): number {
  const given = new Map(attributes.map(([name, value]) => [name, value === true ? true : String(value)] as const));
  return iframeHeightPx(heights as HeightTable, tag, given);
}

/** `?widget=stat-card&metric=convictions&show-breakdown`: booleans without a value, everything encoded. */
export function iframeQuery(tag: string, attributes: [string, AttributeValue][]): string {
  const parts = [`widget=${encodeURIComponent(tag.replace(/^tip-/, ''))}`];
  for (const [name, value] of attributes) {
    if (REFUSED.includes(name)) continue;
    parts.push(value === true ? encodeURIComponent(name) : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  return `?${parts.join('&')}`;
}

/** The frame's accessible name: the widget and, for a stat card, its figure's label. */
export function iframeTitle(tag: string, attributes: [string, AttributeValue][]): string {
  const words = tag.replace(/^tip-/, '').replace(/-/g, ' ');
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  const metric = tag === 'tip-stat-card' ? attributes.find(([n]) => n === 'metric')?.[1] : undefined;
  const label = typeof metric === 'string' && Object.hasOwn(dataset.metrics, metric) ? `: ${dataset.metrics[metric]!.label}` : '';
  return `${name}${label} (${dataset.source.title})`;
}

export interface IframeSnippetOptions {
  tag: string;
  attributes: [string, AttributeValue][];
  /** The folder that holds the copy of dist/cdn/ (embed.html, embed-host.js, tip-widgets.js…). */
  base: string;
  /** Add the optional embed-host.js line. */
  includeHost?: boolean;
}

/** The iframe snippet as text, and the attributes it had to leave out. */
export function iframeSnippet({ tag, attributes, base, includeHost = true }: IframeSnippetOptions): { code: string; refused: string[] } {
  const trimmed = base.trim() || IFRAME_BASE_PLACEHOLDER;
  const folder = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
  const src = `${folder}embed.html${iframeQuery(tag, attributes)}`;
  const lines = [
    `<!-- tip-widgets ${VERSION} as an iframe: for pages that accept an iframe but no script -->`,
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(iframeTitle(tag, attributes))}" width="100%" height="${iframeHeight(tag, attributes)}" style="border:0;width:100%;display:block" loading="lazy"></iframe>`,
  ];
  if (includeHost) {
    lines.push(
      '<!-- optional, once per page where a script is allowed: fits each frame to its widget -->',
      `<script src="${escapeAttribute(`${folder}embed-host.js`)}" async></script>`,
    );
  }
  return { code: lines.join('\n'), refused: attributes.map(([name]) => name).filter((name) => REFUSED.includes(name)) };
}

/**
 * The builder's iframe section: the same widget and attributes as the script snippet, written as
 * an <iframe> of embed.html on the reader's own copy of dist/cdn/. Text only, in a read-only text
 * area; nothing typed here becomes markup.
 */
export class DocsIframeSnippet extends LitElement {
  static override styles = [
    docsFont,
    docsControls,
    css`
      .field {
        margin-block-end: 0.75rem;
      }
      .check {
        display: flex;
        gap: 0.5rem;
        align-items: center;
        margin-block-end: 0.75rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        margin-block: 0.5rem 0;
      }
      p {
        margin-block: 0 0.75rem;
      }
    `,
  ];

  /** The widget's tag, from the builder. */
  @property() tag = 'tip-stat-card';
  /** The widget's attributes, from the builder, in order. */
  @property({ attribute: false }) widgetAttributes: [string, AttributeValue][] = [];

  @state() private base = IFRAME_BASE_PLACEHOLDER;
  @state() private includeHost = true;
  @state() private status = '';

  /** The snippet exactly as the reader copies it. */
  get snippet(): string {
    return iframeSnippet({ tag: this.tag, attributes: this.widgetAttributes, base: this.base, includeHost: this.includeHost }).code;
  }

  private async copy(): Promise<void> {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.snippet);
      this.status = 'Copied.';
    } catch {
      const box = this.renderRoot.querySelector('textarea');
      box?.focus();
      box?.select();
      this.status = 'Your browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  protected override render(): TemplateResult {
    const { code, refused } = iframeSnippet({ tag: this.tag, attributes: this.widgetAttributes, base: this.base, includeHost: this.includeHost });
    return html`
      <p>
        For platforms that accept an iframe but never a script (hosted blogs on free plans, newsletter tools, some newsroom
        systems). The frame shows the same widget with the attributes above. It needs your own copy of the package’s
        <code>dist/cdn/</code> folder: public npm CDNs serve <code>.html</code> files as plain text.
      </p>
      <div class="field">
        <label for="iframe-base">Address of your copy of <code>dist/cdn/</code></label>
        <input type="text" id="iframe-base" aria-describedby="iframe-base-hint" .value=${this.base} @input=${(e: Event) => {
          this.base = (e.target as HTMLInputElement).value;
          this.status = '';
        }} />
        <span class="hint" id="iframe-base-hint">The frame loads <code>embed.html</code> from this folder.</span>
      </div>
      <div class="check">
        <input type="checkbox" id="iframe-host" .checked=${this.includeHost} @change=${(e: Event) => (this.includeHost = (e.target as HTMLInputElement).checked)} />
        <label for="iframe-host">Include the optional <code>embed-host.js</code> line (where scripts are allowed)</label>
      </div>
      ${refused.length
        ? html`<p class="hint">Left out: <code>${refused.join(', ')}</code> is not accepted in an iframe (see the embed guide).</p>`
        : nothing}
      <textarea class="snippet" readonly rows=${code.split('\n').length * 2 + 2} aria-label="Your iframe snippet" .value=${code}></textarea>
      <div class="actions">
        <button type="button" @click=${this.copy}>Copy iframe snippet</button>
        <span class="hint" role="status">${this.status}</span>
      </div>
      <p class="hint">
        The height is the widget’s usual height in a phone column; without <code>embed-host.js</code> a wider frame keeps some
        space under the widget. With it, each frame takes its widget’s height whenever it changes.
      </p>
    `;
  }
}

define('docs-iframe-snippet', DocsIframeSnippet);

declare global {
  interface HTMLElementTagNameMap {
    'docs-iframe-snippet': DocsIframeSnippet;
  }
}
