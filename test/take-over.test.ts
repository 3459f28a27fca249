// The take-over of a shadow root that came with the page (tip-widgets/ssr renders one), through the
// hook TipElement offers (takeOverWith), without lit's hydrate support: the CDN bundle's way. The
// server's content stays as it is until the widget's data is here, then the widget's own render
// replaces it in one go; its dataset loads once. Real server output, and lit's hydration of it:
// e2e/ssr.mjs; markup lit cannot hydrate: take-over-hydrate.test.ts.
import { expect } from '@open-wc/testing';
import { installTakeOver } from '../src/base/take-over.js';
import '../src/stat-card.js';
import type { TipElement } from '../src/base/tip-element.js';
import { part, requestsFor, text, unique } from './helpers.js';

const FICTIONAL = '/test/fixtures/fictional-2025.json';

/** Stores the fictional dataset under a new address, served after `ms` milliseconds. */
async function slowFictional(ms: number): Promise<string> {
  const id = unique();
  await fetch(`/__test__/store/${id}`, { method: 'PUT', body: await (await fetch(FICTIONAL)).text() });
  return `/__test__/stored/${id}?ms=${ms}`;
}

interface Taken {
  el: TipElement & { src?: string };
  /** "Loading…" put into the shadow root since it was parsed. */
  loadingInserted: () => number;
}

/**
 * A stat card as a server-rendered page has it: a declarative shadow root with a style and lit's
 * part markers around the server's content. Observed from before its upgrade, then put in the page.
 */
function serverRendered(host: HTMLElement, attributes: string): Taken {
  const parsed = document.createElement('div');
  parsed.setHTMLUnsafe(
    `<tip-stat-card ${attributes}><template shadowrootmode="open"><style>p { margin: 0 }</style><!--lit-part server--><div part="base"><p>Server figure</p></div><!--/lit-part--></template><p>Fallback text</p></tip-stat-card>`,
  );
  const el = parsed.firstElementChild as Taken['el'];
  let inserted = 0;
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (/Loading/.test(node.textContent ?? '')) inserted++;
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  host.append(el);
  return { el, loadingInserted: () => inserted };
}

describe('take-over of a server-rendered shadow root (no hydrate support)', () => {
  let host: HTMLDivElement;
  before(() => installTakeOver());
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it('keeps the server content until the data is here, then renders its own in its place: one copy, lit styles, no loading state', async () => {
    const src = await slowFictional(300);
    const { el, loadingInserted } = serverRendered(host, `metric="shelter-funding" src="${src}"`);
    await new Promise((r) => setTimeout(r, 100));
    expect(el.hasUpdated, 'no update while the data is on its way').to.equal(false);
    expect(el.shadowRoot!.querySelector('p')?.textContent).to.equal('Server figure');
    await el.loadComplete;
    expect(text(el)).to.not.contain('Server figure');
    expect(part(el, 'value')?.textContent?.trim()).to.not.equal('');
    expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length, 'one copy').to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('style').length, "the server's style went with its content").to.equal(0);
    expect(el.shadowRoot!.adoptedStyleSheets.length, "lit's styles").to.be.above(0);
    expect(loadingInserted(), 'the loading state was never rendered').to.equal(0);
  });

  it('loads a `src` once: the first update, which sees it as changed, does not load it again', async () => {
    const src = `${FICTIONAL}?once=${unique()}`;
    const { el, loadingInserted } = serverRendered(host, `metric="shelter-funding" src="${src}"`);
    let loads = 0;
    el.addEventListener('tip-load', () => loads++);
    await el.loadComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(part(el, 'value'), 'the figure').to.not.equal(null);
    expect(loadingInserted(), 'the loading state was never rendered').to.equal(0);
    expect(loads, 'tip-load').to.equal(1);
    expect(await requestsFor(src), `requests for ${src}`).to.equal(1);
  });

  it('loads the `src` the page sets while the widget waits for its first one', async () => {
    const { el } = serverRendered(host, `metric="shelter-funding" src="${await slowFictional(300)}"`);
    await new Promise((r) => setTimeout(r, 50));
    el.src = '/data/serbia-2025.json';
    await el.loadComplete;
    // The bundled report has no "shelter-funding": the card says so, not the first dataset's figure.
    expect(part(el, 'message')?.textContent).to.match(/no metric “shelter-funding”/);
  });

  it('leaves widgets without a server-rendered root to update as usual (created by a script, or upgraded with the page)', async () => {
    const created = document.createElement('tip-stat-card') as TipElement;
    created.setAttribute('metric', 'convictions');
    host.append(created);
    // A block of markup, as a CMS inserts it.
    host.insertAdjacentHTML('beforeend', '<tip-stat-card metric="prosecutions">Fallback</tip-stat-card>');
    const upgraded = host.lastElementChild as TipElement;
    expect(upgraded.matches(':state(pending)'), 'waits for its turn, as without the take-over').to.equal(true);
    await Promise.all([created.loadComplete, upgraded.loadComplete]);
    expect(part(created, 'value')?.textContent).to.contain('21');
    expect(part(upgraded, 'value')?.textContent).to.contain('32');
  });
});
