// The base every tip-* element stands on: data loading, locale, theme, states and the source line.
// Over 500 lines in one file on purpose: these share the element's private state (the load token,
// the queued custom states, the warnings said) and every page downloads all of it, so a module
// boundary would buy nothing; what only some pages need plugs in from outside through the typed
// hooks here (renderOnServer for tip-widgets/ssr, takeOverWith for take-over.ts).
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ALL, bundledDataset, DatasetError, datasetFromObject, datasetFromSrc, type Needs } from '../data/load.js';
import type { Dataset, Discrepancy, Metric } from '../data/types.js';
import { asText, clip } from '../data/clip.js';
import { intlTag, localeInfo, registered, resolveLocale, type Locale } from '../i18n/locale.js';
import { loadLocale, localePack, localeReady, localText, msg, type MessageKey, type Params } from '../i18n/messages.js';
import { base } from '../styles/base.js';
import { tokens } from '../styles/tokens.js';
import { watchLang } from './lang-watch.js';
import { nextTurn } from './tasks.js';
import type { DataSource, ServerRender } from './server-render.js';

export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The converter of every reflected text property: a script may set anything (`el.variant =
 * Object.create(null)`), and lit reflects it outside our render, where a throwing `String()`
 * would escape to the page and leave the element failing every update.
 */
export const safeText = { fromAttribute: (value: string | null) => value, toAttribute: asText };

const DOCS = 'https://www.npmjs.com/package/tip-widgets#attributes';

/**
 * The server's side of every widget, plugged in by tip-widgets/ssr ({@link renderOnServer}): the
 * context of the render in progress. Browsers never install it, so bundlers drop every branch that
 * reads it, and a page downloads none of the server's code.
 */
let server: (() => ServerRender | undefined) | undefined;

/** Makes every widget update for a server render (tip-widgets/ssr): from `context()`, not the DOM and its own loads. */
export function renderOnServer(context: () => ServerRender | undefined): void {
  server = context;
}

/**
 * What a widget hands the take-over of its shadow root ({@link takeOverWith}): the only door to its
 * own loading and first update.
 */
export interface TakeOverHandle {
  /**
   * Resolves the widget's language and starts loading its dataset, as its first update would (that
   * update waits: it would replace the server's content); settles once both are here.
   */
  load(): Promise<unknown>;
  /**
   * Runs the widget's first update now. `first` sees the properties that update takes as changed
   * before the widget acts on them, and may drop some. Throws what the update throws (lit's
   * hydration, on markup other than this render's).
   */
  render(first: (changed: PropertyValues) => void): void | Promise<unknown>;
}

/**
 * Takes over `widget`'s shadow root if the server rendered it (tip-widgets/ssr), and returns the
 * promise of that first update; `undefined` leaves the widget to update as usual.
 */
export type TakeOverHook = (widget: TipElement, handle: TakeOverHandle) => Promise<unknown> | undefined;

/**
 * The take-over of server-rendered roots, plugged in by base/take-over.ts ({@link takeOverWith}) on
 * the pages that have such roots: tip-widgets/hydrate.js, and the CDN loader when it finds one.
 * Nothing an ordinary npm page imports installs it, so its bundler drops every branch that reads it.
 */
let takeOver: TakeOverHook | undefined;

/** Hands every widget's first update to `hook`, which may take over a shadow root the server rendered. */
export function takeOverWith(hook: TakeOverHook): void {
  takeOver = hook;
}

/**
 * Dispatches one of a widget's events, which cross shadow roots (the class's @fires). Outside the
 * class, so the manifest's analyzer reads the events from @fires, not a `type` parameter.
 */
const emit = (el: Element, type: string, detail: object): boolean =>
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));

/** An attribute whose value the element cannot use. */
export interface AttributeProblem {
  attribute: string;
  value: string;
  /** What would be accepted, for the message and the console warning. */
  valid: string;
}

/** What the element shows instead of its content. */
export interface Problem {
  key: MessageKey;
  params: Params;
  /** One line for the console, naming the bad value and the valid ones. */
  warning: string;
}

/**
 * Checks a value against a list; returns a problem unless it is one of `allowed`.
 * `undefined` (no attribute) is always fine: the default applies.
 */
export function checkEnum(attribute: string, value: string | undefined | null, allowed: readonly string[]): AttributeProblem | undefined {
  if (value === undefined || value === null) return undefined;
  return allowed.includes(value) ? undefined : { attribute, value: String(value), valid: allowed.join(', ') };
}

/** Parses a whole-number attribute: `undefined` when absent, `NaN` when present but not one. */
export function wholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  return /^\s*\d{1,4}\s*$/.test(String(value)) ? Number(value) : Number.NaN;
}

/** `heading-level`, shared by the elements with a heading: absent (level 2) or 1 to 6. */
export function checkHeadingLevel(value: unknown): AttributeProblem | undefined {
  const level = wholeNumber(value);
  return level === undefined || (level >= 1 && level <= 6) ? undefined : { attribute: 'heading-level', value: String(value), valid: '1, 2, 3, 4, 5, 6' };
}

/**
 * The dataset `source` names, with the translations a widget in `lang` shows; rejects with a
 * {@link DatasetError} only. One path for the browser and for a server render (tip-widgets/ssr),
 * so both show the same figures and the same messages.
 */
export function loadDataset(source: DataSource, lang: Locale, base?: string): Promise<Dataset> {
  let pending: Promise<Dataset>;
  // Where the data comes from, named in a failure that is not the dataset's own.
  let where: string;
  if (source.bundled) {
    pending = bundledDataset(source.needs);
    // The translations, and the code that merges them, come with the locale's pack.
    pending = pending.then((d) => loadLocale(lang).then(() => localePack(lang)?.withTranslations?.(d) ?? d));
    where = 'tip-widgets';
  } else if (source.data != null) {
    pending = datasetFromObject(source.data);
    where = 'data property';
  } else {
    pending = datasetFromSrc(source.src!, base);
    where = clip(String(source.src).trim(), 80);
  }
  return pending.catch((error: unknown) => {
    // By name, not instanceof: a lazy chunk of a second copy of the bundle has its own class.
    // Anything else is the widget's own code failing to arrive (a lazy chunk blocked or
    // offline): say where the data was to come from and pass on the browser's reason, which
    // names the file that failed.
    if (error instanceof Error && error.name === 'DatasetError') throw error;
    const reason = error instanceof Error && error.message ? error.message : 'unknown error';
    throw new DatasetError('load', where, clip(reason, 160));
  });
}

/**
 * Base class of every tip-* element. Subclasses implement {@link renderContent}; this class
 * handles choosing and loading the dataset, the locale, attribute validation, and the loading
 * and error states, and guarantees that rendering never throws.
 *
 * @fires {CustomEvent<{ dataset: import('tip-widgets').Dataset }>} tip-load - The dataset is loaded and the content is rendered. `detail.dataset` is the dataset.
 * @fires {CustomEvent<{ message: string }>} tip-error - The widget shows an error message instead of its content. `detail.message` says why.
 */
export abstract class TipElement extends LitElement {
  static override styles = [tokens, base];

  static override properties: PropertyDeclarations = {
    locale: {},
    theme: { reflect: true, converter: safeText },
    src: {},
    data: { attribute: false },
    hideSource: { type: Boolean, reflect: true, attribute: 'hide-source' },
    original: { type: Boolean, reflect: true },
    share: { type: Boolean },
    loaded: { state: true },
    loadError: { state: true },
    lang_: { state: true },
  };

  /**
   * Language of the widget: `en`, `sr-Latn` (Serbian, Latin) or `sr`/`sr-Cyrl` (Serbian, Cyrillic),
   * or a locale a page added with `registerLocale()`.
   * Without it the nearest ancestor's `lang`, then the document's, then English.
   */
  locale?: string;

  /** `light`, `dark`, or `auto` (default): inherit the page's colours, accents follow the system scheme. */
  theme?: 'light' | 'dark' | 'auto';

  /** Address of a dataset that follows `data/schema.json`, served as JSON (`application/json` or a `+json` type). Without it (and `data`), the bundled 2025 Serbia report. */
  src?: string;

  /** A dataset object (same shape as `src`); wins over `src`. Not `dataset`, which HTMLElement already owns. */
  data?: unknown;

  /** Hide the source line that links the report. */
  hideSource = false;

  /**
   * Show the report's words (recommendations, quotes) only in the English original, as published,
   * without the unofficial translation a widget in another language otherwise shows; for sites that must quote
   * the report exactly. The interface and the project's own notes still follow `locale`.
   */
  original = false;

  /**
   * Show a "Share" button under the widget: download the figure as PNG or SVG, copy its citation
   * (plain text, BibTeX, CSL-JSON) or its embed code. Off by default (see README, "Share and cite");
   * its code loads on the first click (src/share/).
   */
  share = false;

  /** The dataset in use, once loaded and valid. */
  protected loaded?: Dataset;
  protected loadError?: DatasetError;
  /** The locale this element speaks now. */
  protected lang_: Locale = 'en';

  #loadToken = 0;
  #settle?: () => void;
  private settled: Promise<void> = Promise.resolve();
  readonly #warned = new Set<string>();
  #unwatchLang?: () => void;
  #lastProblem?: string;
  #needsKey?: string;
  #reportedProblem?: string;
  /** The custom states of a widget that fills in through turns of its own (see the constructor), until it has. */
  #queued?: CustomStateSet;
  /** A take-over's look at its first update's changes (TakeOverHandle.render), until that update. */
  #first?: (changed: PropertyValues) => void;

  constructor() {
    super();
    // In the page already when constructed: upgraded together with the page's other tags of its
    // kind when their code arrived, or inserted with a block of markup. Such a widget renders in
    // tasks of its own (./tasks.ts), not all in the task that upgraded them, until it shows its
    // content or a message. Till its first render it shows its fallback text, as before the
    // upgrade, and has the custom state `pending`, under which dist/cdn/tip-widgets.css keeps the
    // height it reserved. A widget a script creates (not in the page yet) renders at once, as lit's
    // do; so does every widget in a browser without custom states (`:state()`).
    if (this.isConnected && !this.shadowRoot && CSS.supports('selector(:state(p))')) {
      (this.#queued = this.attachInternals().states).add('pending');
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // Pending: the fallback text shows, as it did before the upgrade.
    if (this.#queued) root.append(document.createElement('slot'));
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A widget whose shadow root the server may have rendered (a page that installed the take-over).
    if (takeOver && !this.hasUpdated) {
      const taken = takeOver(this, {
        load: () => {
          this.refreshLocale();
          this.willUpdate(new Map());
          return Promise.all([this.settled, loadLocale(this.lang_)]);
        },
        render: (first) => {
          this.#first = first;
          return super.scheduleUpdate();
        },
      });
      if (taken) return taken;
    }
    const states = this.#queued;
    return states
      ? nextTurn().then(() => {
          if (!this.hasUpdated) {
            this.renderRoot.replaceChildren();
            this.refreshLocale();
            // The page's first number formatter loads its language's data (2-4 ms in Lighthouse's
            // trace): here, in the turn of the light loading state, not in a content render. A
            // throwaway, not one of data/format.ts's cached formatters: importing that module here
            // reorders the npm chart page's bundle and costs it 15-23 bytes gzip it does not have.
            new Intl.NumberFormat(intlTag(this.lang_));
          }
          super.scheduleUpdate();
          states.delete('pending');
          if (this.loaded || this.#lastProblem) this.#queued = undefined;
        })
      : super.scheduleUpdate();
  }

  /** Resolves when the current dataset has loaded (or failed) and the result is rendered. */
  get loadComplete(): Promise<boolean> {
    // The first update starts the load, so wait for it before waiting for the load (and the language).
    return this.updateComplete
      .then(() => Promise.all([this.settled, loadLocale(this.lang_)]))
      .then(() => this.updateComplete);
  }

  /** The locale the element has resolved: `en`, `sr-Latn` or `sr-Cyrl`. */
  get resolvedLocale(): Locale {
    return this.lang_;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A widget waiting for its first turn resolves its language then: it is the page's first use of
    // Intl (Intl.Locale; 3-6 ms around refreshLocale in a fresh headless Chromium), too much beside
    // the upgrade of every tag of a kind.
    if (!this.#queued || this.hasUpdated) this.refreshLocale();
    this.#unwatchLang = watchLang(() => this.refreshLocale());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatchLang?.();
    this.#unwatchLang = undefined;
  }

  protected override willUpdate(changed: PropertyValues<TipElement>): void {
    if (server) {
      // A server render (tip-widgets/ssr; Lit calls willUpdate there, not connectedCallback): the
      // locale from `locale` or the `lang` around the tag as the renderer read it (no DOM to walk
      // up), and the dataset the renderer loaded for this element's request (none yet: the
      // loading state; the renderer asks, loads, then renders again).
      const context = server();
      this.refreshLocale(() => context?.inheritedLang);
      const answer = context?.answer({ ...this.dataSource(), lang: this.lang_ });
      this.loaded = answer?.dataset;
      this.loadError = answer?.error;
      return;
    }
    // A take-over's first update (where nothing installs the take-over, the bundler drops this).
    if (takeOver) {
      this.#first?.(changed);
      this.#first = undefined;
    }
    if (changed.has('locale')) this.refreshLocale();
    // Loads when the dataset, or the parts or language of the bundled one, changed. (A
    // server-rendered widget's take-over has this start its load before its first update.)
    const newSource = changed.has('src') || changed.has('data');
    // Only the bundled report is loaded in parts; a `src` or `data` dataset is whole, so a new
    // `metric` (say) shows another part of it without loading it again.
    const needs = this.#usesBundled() ? JSON.stringify(this.dataNeeds()) : '';
    // A widget in another language also loads the bundled translations it shows (its own notes are
    // translated even in `original` mode); a `src` or `data` dataset carries its own. So which
    // translations is part of the key (two scripts of one language show the same ones).
    const key = needs && needs + localeInfo(this.lang_)?.translations;
    // needsKey starts undefined, so the first update loads. Not `!hasUpdated`: an update that
    // failed (a page's property setter threw in lit's reflection) would otherwise start a new load
    // on every retry, and a cached load that settles in a microtask never lets the page breathe.
    if (newSource || key !== this.#needsKey) {
      // When only the language changed, the widget keeps showing the dataset (its texts marked as
      // English) until the translations arrive, rather than blanking for a chunk on its way.
      this.startLoad(newSource || !this.#needsKey?.startsWith(needs));
      this.#needsKey = key;
    }
  }

  /** Where this element's data comes from (tip-widgets/ssr asks it too); `needs` counts only for the bundled report. */
  protected dataSource(): DataSource {
    return { bundled: this.#usesBundled(), needs: this.dataNeeds(), src: this.src, data: this.data };
  }

  protected override updated(): void {
    const problem = this.#lastProblem;
    if (problem && problem !== this.#reportedProblem) {
      emit(this, 'tip-error', { message: problem });
    }
    this.#reportedProblem = problem;
  }

  private refreshLocale(inherited?: () => string | null | undefined): void {
    const { locale, unsupported } = resolveLocale(this, this.locale, inherited);
    if (unsupported) this.warnOnce(`unsupported locale “${clip(unsupported)}”; showing English. Supported: ${registered.map((info) => info.tag).join(', ')}.`);
    this.lang_ = locale;
    // On the server, the renderer has loaded the language before it renders.
    if (!server && !localeReady(locale)) void loadLocale(locale).then(() => this.requestUpdate());
  }

  /** Whether this element shows the bundled report (no `data` object, no `src` address). */
  #usesBundled(): boolean {
    return this.data == null && !(typeof this.src === 'string' && this.src.trim() !== '');
  }

  private startLoad(clear = true): void {
    const token = ++this.#loadToken;
    if (clear) {
      this.loaded = undefined;
      this.loadError = undefined;
    }
    const pending = loadDataset(this.dataSource(), this.lang_);
    this.settled = new Promise((resolve) => (this.#settle = resolve));
    pending.then(
      (dataset) => {
        if (token !== this.#loadToken) return;
        this.loaded = dataset;
        void this.updateComplete.then(() => {
          if (!this.#lastProblem) emit(this, 'tip-load', { dataset });
        });
        this.#settle?.();
      },
      (error: unknown) => {
        if (token !== this.#loadToken) return;
        this.loadError = error as DatasetError;
        this.#settle?.();
      },
    );
  }

  /** Logs a warning once per element and message. */
  protected warnOnce(message: string): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(`[tip-widgets] <${this.localName}>: ${message} See ${DOCS}`);
  }

  /** Translates a UI message into this element's locale. */
  protected t(key: MessageKey, params?: Params): string {
    return msg(this.lang_, key, params);
  }

  /** Attribute problems shared by every element; subclasses add theirs with `super.attributeProblem()`. */
  protected attributeProblem(): AttributeProblem | undefined {
    if (typeof this.src === 'string' && this.src.trim() === '' && this.data === undefined && this.hasAttribute('src')) {
      return { attribute: 'src', value: this.src, valid: 'the http(s) address of a dataset' };
    }
    return checkEnum('theme', this.theme, THEMES);
  }

  /**
   * The parts of the bundled dataset this element shows; only those are downloaded. A change
   * of the answer (a new `metric`, say) loads again. Datasets from `src`/`data` are whole.
   */
  protected dataNeeds(): Needs {
    return ALL;
  }

  /**
   * `item`'s translation into this widget's language (under the key its locale shows, which two
   * scripts of one language share), or undefined (English, or none in the data).
   * The schema only admits language tags as keys, so no key reaches the prototype.
   */
  protected translated<T>(item: { translations?: Record<string, T> } | undefined): T | undefined {
    const key = localeInfo(this.lang_)?.translations;
    return key ? item?.translations?.[key] : undefined;
  }

  /**
   * The report's words in the English original (`lang="en"`), then, in a widget in another language without
   * `original`, the unofficial translation under them, labelled as one in the reader's language.
   * `note`: say that the quote is the English original (a list of quotes says it once, after them).
   */
  protected renderQuote(english: string, translation: string | undefined, note = true): TemplateResult {
    // The translation's markup is in the locale's pack, which is loaded whenever `translation` is set.
    return html`<blockquote lang="en">“${english}”</blockquote>
      ${note ? html`<p class="muted">${this.t('source.quoteNote')}</p>` : nothing}
      ${translation && !this.original ? localePack(this.lang_)?.translationLine(translation) : nothing}`;
  }

  /** Problems that need the dataset (an unknown metric id, say). */
  protected datasetProblem(_dataset: Dataset): Problem | undefined {
    return undefined;
  }

  protected abstract renderContent(dataset: Dataset): TemplateResult;

  /** What shows while the dataset loads; subclasses keep their final size through CSS. */
  protected renderLoading(): TemplateResult {
    return html`<div part="base" lang=${this.lang_} class="loading" aria-busy="true"><p role="status">${this.t('state.loading')}</p><slot></slot></div>`;
  }

  #problem(): Problem | undefined {
    const bad = this.attributeProblem();
    if (bad) {
      const value = clip(bad.value);
      return {
        key: 'error.attribute',
        params: { value, attribute: bad.attribute, valid: bad.valid },
        warning: `invalid ${bad.attribute}="${value}". Valid: ${bad.valid}.`,
      };
    }
    if (this.loadError) {
      const { kind, file, reason } = this.loadError;
      return {
        key: kind === 'load' ? 'error.load' : 'error.invalid',
        params: { file, reason },
        warning: this.loadError.message,
      };
    }
    return this.loaded ? this.datasetProblem(this.loaded) : undefined;
  }

  /** A short readable message in place of the content; the tag's fallback text stays visible below it. */
  protected renderProblem(problem: Problem): TemplateResult {
    this.warnOnce(problem.warning);
    return html`<div part="base message" lang=${this.lang_} role="note"><p><strong>${this.t('error.prefix')}</strong> ${this.t(problem.key, problem.params)}</p><slot></slot></div>`;
  }

  protected override render(): TemplateResult {
    let problem: Problem | undefined;
    try {
      problem = this.#problem();
      this.#lastProblem = problem ? this.t(problem.key, problem.params) : undefined;
      if (problem) return this.renderProblem(problem);
      if (!this.loaded || !localeReady(this.lang_)) return this.renderLoading();
      return this.renderContent(this.loaded);
    } catch (error) {
      // Never let a render error escape into the host page: show a message, warn once.
      const detail = error instanceof Error ? error.message : String(error);
      problem = { key: 'error.render', params: {}, warning: `could not render: ${clip(detail, 120)}` };
      this.#lastProblem = this.t(problem.key);
      return this.renderProblem(problem);
    }
  }

  /** The contradictions the report contains about `metrics`, each once, in the order they are cited. */
  protected citedDiscrepancies(dataset: Dataset, metrics: readonly Metric[]): Discrepancy[] {
    const cited = new Map<string, Discrepancy>();
    for (const metric of metrics) {
      for (const id of metric.discrepancies ?? []) {
        const found = dataset.discrepancies.find((d) => d.id === id);
        if (found) cited.set(id, found);
      }
    }
    return [...cited.values()];
  }

  /** One contradiction, as the "Source and notes" disclosures show it: our words, in the reader's language when translated. */
  protected renderDiscrepancy(discrepancy: Discrepancy): TemplateResult {
    const text = localText(this.lang_, discrepancy.description, this.translated(discrepancy)?.description);
    return html`<p class="flag"><strong>${this.t('source.discrepancy')}</strong> <span lang=${text.lang}>${text.text}</span></p>`;
  }

  /** One note on a figure, as the "Source and notes" disclosures show it: ours, in `translation` when there is one. */
  protected renderNote(note: string, translation?: string): TemplateResult {
    const text = localText(this.lang_, note, translation);
    return html`<p><strong>${this.t('source.note')}</strong> <span lang=${text.lang}>${text.text}</span></p>`;
  }

  /** The report link that ends every widget, unless `hide-source` is set. */
  protected renderSourceLine(dataset: Dataset): TemplateResult {
    const { title, publisher, url } = dataset.source;
    // The Share button, when `share` is set: its menu and everything it does load on the first
    // click (src/share/control.ts, which inserts the menu after it), so a page pays here only for
    // the button. A failed load is the browser's unhandled rejection in the console, nothing more.
    return html`${this.hideSource
      ? nothing
      : html`<p part="source-line"><span>${this.t('source.line')}</span> ${safeLink(url, this.t('source.reportLink', { title, publisher }), 'en')}</p>`}${this.share
      ? html`<button part="share" aria-expanded="false" @click=${this.#share}>${this.t('share.button')}</button>`
      : nothing}`;
  }

  #share(event: Event): void {
    const button = event.currentTarget as HTMLButtonElement;
    void import('../share/control.js').then((control) => control.toggle(this, button, this.loaded!));
  }
}

/** A link only for http(s) addresses; anything else (javascript:, data:) renders as plain text. */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    // On the server (tip-widgets/ssr) there is no document: only absolute addresses become links there.
    const parsed = new URL(url, globalThis.document?.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function safeLink(url: string | undefined, label: string, lang?: string): TemplateResult {
  const href = safeHref(url);
  // `nothing` leaves the attribute out (what lit's ifDefined does, without its module); cast for
  // lit-analyzer, which knows that of ifDefined only.
  const langAttr = (lang ?? nothing) as string;
  return href
    ? html`<a href=${href} lang=${langAttr} rel="noopener noreferrer">${label}</a>`
    : html`<span lang=${langAttr}>${label}</span>`;
}
