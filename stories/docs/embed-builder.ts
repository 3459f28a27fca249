/// <reference types="vite/client" />
// <docs-embed-builder>: pick a widget and its attributes, get the exact copy-paste snippet and a live preview.
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { define } from '../../src/define.js';
import { docsControls, docsFont } from './docs-styles.js';
import { attributesOf, declarationFor, documentedTags, ELEMENT_ORDER, type AttributeInfo } from './manifest.js';
import { attributesFromArgs, defaultFallback, embedSnippet, normalizeBase, shortcodeSnippet, VERSION, type AttributeValue } from './snippet.js';
// The iframe output (its own section, its own element): same widget and attributes, as an <iframe> of embed.html.
import './iframe-snippet.js';

/** A story to start from: its widget and its args, read from the stories themselves. */
interface Preset {
  key: string;
  /** The story's name. */
  label: string;
  /** The widget's title in the sidebar ("Stat card"). */
  group: string;
  tag: string;
  args: Record<string, unknown>;
}

interface StoryModule {
  default?: { title?: string; component?: string; args?: Record<string, unknown> };
  [name: string]: unknown;
}

interface StoryExport {
  name?: string;
  args?: Record<string, unknown>;
  tags?: string[];
  parameters?: Record<string, unknown>;
}

const SKIP_TAGS = ['error-state', 'loading-state'];

/** Every story that shows a working widget, grouped by title, from the story files themselves. */
function storyPresets(): Preset[] {
  const modules = import.meta.glob<StoryModule>('../*.stories.ts', { eager: true });
  const presets: Preset[] = [];
  for (const mod of Object.values(modules)) {
    const meta = mod.default;
    if (!meta?.component || !meta.title) continue;
    // A module namespace lists exports alphabetically; Storybook's CSF plugin records the file's order.
    const order = Array.isArray(mod.__namedExportsOrder) ? (mod.__namedExportsOrder as string[]) : Object.keys(mod);
    for (const exportName of order) {
      const value = mod[exportName];
      if (exportName === 'default' || typeof value !== 'object' || value === null) continue;
      const story = value as StoryExport;
      if (story.tags?.some((t) => SKIP_TAGS.includes(t))) continue;
      // A composed story (several cards, slotted markup) without args of its own is the default widget again.
      if (story.parameters?.embedSnippet === false && !Object.keys(story.args ?? {}).length) continue;
      const name = story.name ?? exportName.replace(/([a-z])([A-Z])/g, '$1 $2');
      presets.push({
        key: `${meta.component}:${exportName}`,
        label: name,
        group: meta.title.replace(/^Widgets\//, ''),
        tag: meta.component,
        args: { ...meta.args, ...story.args },
      });
    }
  }
  // In the sidebar's order of widgets; within one, the stories' own order (sort is stable).
  const rank = (tag: string) => (ELEMENT_ORDER.includes(tag) ? ELEMENT_ORDER.indexOf(tag) : ELEMENT_ORDER.length);
  return presets.sort((a, b) => rank(a.tag) - rank(b.tag));
}

/** Splits `code` spans out of a manifest description, so they render as code without any markup parsing. */
function describe(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

type Values = Record<string, string | boolean>;

/**
 * The embed-code builder of the "Embed in your site" page. Its form is generated from
 * custom-elements.json (one control per attribute, with the JSDoc description); the snippet
 * is built as text and shown in a read-only text area, never parsed as HTML; the live
 * preview creates the element with `setAttribute`, so nothing typed here becomes markup.
 */
export class DocsEmbedBuilder extends LitElement {
  static override styles = [
    docsFont,
    docsControls,
    css`
    :host {
      --line: #8a939f;
    }
    .layout {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 56rem) {
      .layout {
        grid-template-columns: minmax(16rem, 2fr) minmax(0, 3fr);
        align-items: start;
      }
    }
    fieldset {
      border: 1px solid var(--line);
      border-radius: 0.5rem;
      padding: 0.75rem 1rem 1rem;
      margin: 0 0 1rem;
      display: grid;
      gap: 0.875rem;
    }
    legend {
      font-weight: 700;
      padding: 0 0.25rem;
    }
    .field.check {
      grid-template-columns: auto 1fr;
      align-items: start;
      column-gap: 0.5rem;
    }
    .field.check .hint {
      grid-column: 2;
    }
    input[type='checkbox'],
    input[type='radio'] {
      inline-size: 1.125rem;
      block-size: 1.125rem;
      margin: 0.15rem 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin-block: 0.5rem 1rem;
    }
    button.secondary {
      color: #1d5fa6;
      background: #fff;
    }
    .status {
      font-size: 0.9375em;
      min-block-size: 1.5em;
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 0.5rem;
    }
    [hidden] {
      display: none !important;
    }
    .preview {
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
      font-size: 16px;
      border: 1px dashed var(--line);
      border-radius: 0.5rem;
      padding: 1rem;
      background: #fff;
      color: #1b1f24;
    }
    .preview[data-theme='dark'] {
      background: #0b0e12;
      color: #eef1f5;
      color-scheme: dark;
    }
    .radios {
      display: grid;
      gap: 0.5rem;
    }
    .radios label {
      font-weight: normal;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.5rem;
      align-items: start;
    }
  `,
  ];

  /** The widget the form starts with. */
  @property() tag = 'tip-stat-card';

  @state() private values: Values = {};
  /** `undefined`: the fallback follows the attributes (from the dataset); a string: the reader's own. */
  @state() private fallback?: string;
  @state() private includeLoader = true;
  @state() private host: 'cdn' | 'self' = 'cdn';
  @state() private selfBase = '/assets/tip-widgets/';
  @state() private status = '';
  @state() private preset = '';

  @query('textarea.snippet') private snippetBox?: HTMLTextAreaElement;
  @query('.preview') private previewBox?: HTMLElement;

  private readonly presets = storyPresets();
  private previewKey = '';

  private get tags(): string[] {
    return documentedTags();
  }

  private get attributeInfos(): AttributeInfo[] {
    return attributesOf(this.tag);
  }

  private get chosen(): [string, AttributeValue][] {
    return attributesFromArgs(this.tag, this.values);
  }

  private get fallbackText(): string {
    return this.fallback ?? defaultFallback(this.tag, this.chosen);
  }

  /** The snippet exactly as the reader copies it. */
  get snippet(): string {
    return embedSnippet({
      tag: this.tag,
      attributes: this.chosen,
      fallback: this.fallbackText,
      includeLoader: this.includeLoader,
      base: this.host === 'cdn' ? undefined : this.selfBase,
    });
  }

  private chooseTag(tag: string): void {
    this.tag = tag;
    this.values = {};
    this.fallback = undefined;
    this.preset = '';
    this.status = '';
  }

  private choosePreset(key: string): void {
    this.preset = key;
    const preset = this.presets.find((p) => p.key === key);
    if (!preset) return;
    this.tag = preset.tag;
    const values: Values = {};
    for (const [name, value] of attributesFromArgs(preset.tag, preset.args)) values[name] = value === true ? true : value;
    this.values = values;
    this.fallback = typeof preset.args.fallback === 'string' ? preset.args.fallback : undefined;
    this.status = '';
  }

  private setValue(name: string, value: string | boolean): void {
    this.values = { ...this.values, [name]: value };
    this.preset = '';
    this.status = '';
  }

  private async copy(): Promise<void> {
    const text = this.snippet;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.status = 'Copied. Paste it into your page’s HTML.';
    } catch {
      // No clipboard access (an insecure page, a browser policy): select the text for Ctrl+C / ⌘C.
      const box = this.snippetBox;
      box?.focus();
      box?.select();
      this.status = 'Your browser did not allow copying: the snippet is selected, press Ctrl+C (⌘C on a Mac).';
    }
  }

  private reset(): void {
    this.chooseTag(this.tag);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.renderPreview();
  }

  /** Recreates the live widget when the tag, its attributes or its fallback change. */
  private renderPreview(): void {
    const box = this.previewBox;
    if (!box) return;
    const key = JSON.stringify([this.tag, this.chosen, this.fallbackText]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const element = document.createElement(this.tag);
    for (const [name, value] of this.chosen) element.setAttribute(name, value === true ? '' : value);
    element.append(document.createTextNode(this.fallbackText));
    box.replaceChildren(element);
  }

  private renderControl(attr: AttributeInfo): TemplateResult {
    const id = `attr-${attr.name}`;
    const hint = html`<span class="hint" id="${id}-hint">${describe(attr.description)}</span>`;
    const value = this.values[attr.name];
    if (attr.kind === 'boolean') {
      return html`<div class="field check">
        <input
          type="checkbox"
          id=${id}
          aria-describedby="${id}-hint"
          .checked=${live(value === true)}
          @change=${(e: Event) => this.setValue(attr.name, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}><code>${attr.name}</code></label>
        ${hint}
      </div>`;
    }
    if (attr.kind === 'enum') {
      const current = typeof value === 'string' ? value : '';
      return html`<div class="field">
        <label for=${id}><code>${attr.name}</code></label>
        <select id=${id} aria-describedby="${id}-hint" @change=${(e: Event) => this.setValue(attr.name, (e.target as HTMLSelectElement).value)}>
          <option value="" .selected=${live(current === '')}>(not set${attr.default ? `: ${attr.default}` : ''})</option>
          ${attr.options!.map((option) => html`<option value=${option} .selected=${live(current === option)}>${option}</option>`)}
        </select>
        ${hint}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}><code>${attr.name}</code></label>
      <input
        type=${attr.name === 'src' ? 'url' : 'text'}
        id=${id}
        aria-describedby="${id}-hint"
        placeholder=${attr.default ?? ''}
        .value=${live(typeof value === 'string' ? value : '')}
        @input=${(e: Event) => this.setValue(attr.name, (e.target as HTMLInputElement).value)}
      />
      ${hint}
    </div>`;
  }

  protected override render(): TemplateResult {
    const decl = declarationFor(this.tag);
    const snippet = this.snippet;
    const theme = typeof this.values.theme === 'string' ? this.values.theme : '';
    return html`<div class="layout">
      <form @submit=${(e: Event) => e.preventDefault()} aria-label="Embed code builder">
        <fieldset>
          <legend>1. The widget</legend>
          <div class="field">
            <label for="start">Start from a story (optional)</label>
            <select id="start" @change=${(e: Event) => this.choosePreset((e.target as HTMLSelectElement).value)}>
              <option value="" .selected=${live(this.preset === '')}>(choose a story)</option>
              ${[...new Set(this.presets.map((p) => p.group))].map(
                (group) => html`<optgroup label=${group}>
                  ${this.presets
                    .filter((p) => p.group === group)
                    .map((p) => html`<option value=${p.key} .selected=${live(this.preset === p.key)}>${p.label}</option>`)}
                </optgroup>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="tag">Widget</label>
            <select id="tag" aria-describedby="tag-hint" @change=${(e: Event) => this.chooseTag((e.target as HTMLSelectElement).value)}>
              ${this.tags.map((tag) => html`<option value=${tag} .selected=${live(tag === this.tag)}>&lt;${tag}&gt;</option>`)}
            </select>
            <span class="hint" id="tag-hint">${decl?.summary ?? ''}</span>
          </div>
        </fieldset>
        <fieldset>
          <legend>2. Its attributes</legend>
          ${this.attributeInfos.map((attr) => this.renderControl(attr))}
        </fieldset>
        <fieldset>
          <legend>3. Fallback text</legend>
          <div class="field">
            <label for="fallback">Shown until the script runs, if JavaScript never runs, and beside an error</label>
            <textarea
              id="fallback"
              rows="3"
              .value=${live(this.fallbackText)}
              @input=${(e: Event) => {
                this.fallback = (e.target as HTMLTextAreaElement).value;
                this.status = '';
              }}
            ></textarea>
          </div>
          <div class="actions" ?hidden=${this.fallback === undefined}>
            <button type="button" class="secondary" @click=${() => (this.fallback = undefined)}>Use the text from the data</button>
          </div>
        </fieldset>
        <fieldset>
          <legend>4. The script</legend>
          <div class="field check">
            <input type="checkbox" id="loader" .checked=${this.includeLoader} @change=${(e: Event) => (this.includeLoader = (e.target as HTMLInputElement).checked)} />
            <label for="loader">Include the stylesheet and script lines</label>
            <span class="hint">Once per page: leave this off for a second widget on the same page.</span>
          </div>
          <div class="radios" role="radiogroup" aria-label="Where the script comes from">
            <label
              ><input type="radio" name="host" value="cdn" .checked=${this.host === 'cdn'} @change=${() => (this.host = 'cdn')} /><span
                >jsDelivr CDN, pinned to version ${VERSION}</span
              ></label
            >
            <label
              ><input type="radio" name="host" value="self" .checked=${this.host === 'self'} @change=${() => (this.host = 'self')} /><span
                >My own copy of the package’s <code>dist/cdn/</code> folder</span
              ></label
            >
          </div>
          ${this.host === 'self'
            ? html`<div class="field">
                <label for="base">Address of that folder on your site</label>
                <input type="text" id="base" .value=${this.selfBase} @input=${(e: Event) => (this.selfBase = (e.target as HTMLInputElement).value)} />
                <span class="hint">The snippet will load <code>${normalizeBase(this.selfBase)}tip-widgets.js</code>.</span>
              </div>`
            : nothing}
        </fieldset>
      </form>
      <div>
        <h2 id="snippet-heading">Your snippet</h2>
        <textarea class="snippet" readonly rows=${snippet.split('\n').length + 4} aria-labelledby="snippet-heading" .value=${snippet}></textarea>
        <div class="actions">
          <button type="button" @click=${this.copy}>Copy snippet</button>
          <button type="button" class="secondary" @click=${this.reset}>Reset</button>
          <span class="status" role="status">${this.status}</span>
        </div>
        <h2>Live preview</h2>
        <div class="preview" data-theme=${theme}></div>
        <h2 id="wordpress-heading">In WordPress, with the plugin</h2>
        <p class="hint">
          Authors and contributors cannot paste a script: install the plugin (<code>dist/wordpress/tip-widgets.zip</code>), then add the
          “TIP figure” block, or write this shortcode on a line of its own.
        </p>
        <textarea class="snippet" readonly rows="2" aria-labelledby="wordpress-heading" .value=${shortcodeSnippet(this.tag, this.chosen)}></textarea>
        <h2>Or as an iframe</h2>
        <docs-iframe-snippet .tag=${this.tag} .widgetAttributes=${this.chosen}></docs-iframe-snippet>
      </div>
    </div>`;
  }
}

define('docs-embed-builder', DocsEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'docs-embed-builder': DocsEmbedBuilder;
  }
}
