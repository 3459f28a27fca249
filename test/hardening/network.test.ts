// Threat: the network between the page and a `src` dataset. A 404, a body that is not JSON, a
// response that never ends, one that is slow, and one that streams without end must each finish in
// a clear, visible state; and however many widgets name one `src`, it is fetched once.
import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/data/limits.js';
import { requestsFor, unique } from '../helpers.js';
import { expectContent, expectMessage, loadAllElements, messageOf, place } from './support.js';

let fixture: string;
before(async () => {
  await loadAllElements();
  fixture = await (await fetch('/test/fixtures/hostile/maximal.json')).text();
});

/** Stores the maximal (valid) fixture under a new id and returns its address. */
async function storeValid(): Promise<string> {
  const id = unique();
  const res = await fetch(`/__test__/store/${id}`, { method: 'PUT', body: fixture });
  expect(res.status).to.equal(204);
  return `/__test__/stored/${id}`;
}

describe('hardening: network', () => {
  let saved: number;
  beforeEach(() => (saved = LIMITS.timeoutMs));
  afterEach(() => (LIMITS.timeoutMs = saved));

  it('404: “could not be loaded (HTTP 404)”, one warning, fallback visible', async () => {
    const m = await place('tip-stat-card', { src: '/__test__/missing.json' });
    expectMessage(m, 'could not be loaded (HTTP 404)', '404');
    m.remove();
  });

  it('a body that is not JSON: “is not valid: not valid JSON”', async () => {
    const m = await place('tip-hotline-callout', { src: '/__test__/not-json.json' });
    expectMessage(m, 'not valid JSON', 'not JSON');
    m.remove();
  });

  it('an HTML page where JSON was expected: refused by its type, “served as text/html, not JSON”', async () => {
    const m = await place('tip-tier-badge', { src: '/test/pages/hostile-css.html' });
    expectMessage(m, 'could not be loaded (served as text/html, not JSON)', 'HTML for JSON');
    m.remove();
  });

  describe('the media type: a dataset must be served as JSON', () => {
    /** The valid fixture, served with `type` as its Content-Type header ('' for none). */
    const servedAs = async (type: string) => `${await storeValid()}?type=${encodeURIComponent(type)}`;

    it('a valid dataset served as text/html: “served as text/html, not JSON”, one warning, nothing thrown', async () => {
      const m = await place('tip-stat-card', { src: await servedAs('text/html'), metric: 'convictions' });
      expectMessage(m, 'could not be loaded (served as text/html, not JSON)', 'text/html');
      m.remove();
    });

    it('served as text/plain (with a charset): “served as text/plain, not JSON”', async () => {
      const m = await place('tip-hotline-callout', { src: await servedAs('text/plain; charset=utf-8') });
      expectMessage(m, 'could not be loaded (served as text/plain, not JSON)', 'text/plain');
      m.remove();
    });

    it('served without a Content-Type: “served without a Content-Type, not JSON”', async () => {
      const m = await place('tip-tier-badge', { src: await servedAs('') });
      expectMessage(m, 'could not be loaded (served without a Content-Type, not JSON)', 'no Content-Type');
      m.remove();
    });

    it('JSON types are accepted in any case, with parameters, and as +json; their near misses are refused', async () => {
      for (const type of ['application/json; charset=utf-8', 'application/ld+json', 'APPLICATION/JSON', 'Application/Vnd.Api+JSON ; q=1']) {
        const m = await place('tip-stat-card', { src: await servedAs(type), metric: 'convictions' });
        expectContent(m, `served as ${type}`);
        m.remove();
      }
      for (const type of ['application/json-seq', 'application/jsonp', 'json', 'x+json', 'application /json', 'text/html; x=application/json', 'text/html, application/json']) {
        const m = await place('tip-stat-card', { src: await servedAs(type), metric: 'convictions' });
        expectMessage(m, 'not JSON)', `served as ${type}`);
        m.remove();
      }
    });

    it('a hostile Content-Type is shown as short, inert text', async () => {
      const type = `<img src=x onerror="window.__xss=1">/${'x'.repeat(300)}`;
      const m = await place('tip-stat-card', { src: await servedAs(type), metric: 'convictions' });
      expectMessage(m, 'could not be loaded (served as <img src=x onerror="window.__xss=1">/', 'hostile type');
      const shown = messageOf(m.el)!.innerText;
      expect(shown, 'the header is clipped').to.contain('…, not JSON)');
      expect(shown, 'the header is clipped').to.not.contain('x'.repeat(40));
      m.remove();
    });
  });

  it('a response that never ends: aborted after LIMITS.timeoutMs with “timed out”', async () => {
    LIMITS.timeoutMs = 300;
    const started = performance.now();
    const m = await place('tip-stat-card', { src: `/__test__/never.json?${unique()}` });
    const took = performance.now() - started;
    expectMessage(m, 'could not be loaded (timed out)', 'never ends');
    expect(took, 'ms until the message').to.be.below(2_000);
    m.remove();
  });

  it('a slow response: the loading state (busy, with a status) first, then the content', async () => {
    const src = `${await storeValid()}?ms=800`;
    const el = document.createElement('tip-stat-card');
    el.setAttribute('src', src);
    el.setAttribute('metric', 'convictions');
    document.body.append(el);
    try {
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 200));
      const busy = el.shadowRoot!.querySelector('[aria-busy="true"]');
      expect(busy !== null, 'busy while the data travels').to.equal(true);
      expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
      expect(el.getBoundingClientRect().height, 'the loading box keeps its space').to.be.greaterThan(0);
      await el.loadComplete;
      expect(messageOf(el)?.innerText ?? null).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part~="value"]')?.textContent).to.contain('21');
    } finally {
      el.remove();
    }
  });

  it('a slow response that outlives the timeout: “timed out”, not a spinner forever', async () => {
    LIMITS.timeoutMs = 300;
    const m = await place('tip-stat-card', { src: `${await storeValid()}?ms=1500` });
    expectMessage(m, 'could not be loaded (timed out)', 'slow beyond the limit');
    m.remove();
  });

  it('an endless stream without Content-Length: refused as “file too large” as soon as it passes the limit, not buffered until the timeout', async function () {
    this.timeout(30_000);
    // 2 MB arrive at once, then the response stays open. A reader that counts bytes stops at
    // LIMITS.maxBytes; one that waits for the whole body only stops at the timeout.
    const started = performance.now();
    const m = await place('tip-stat-card', { src: `/__test__/endless?kb=2048&u=${unique()}` });
    const took = performance.now() - started;
    expectMessage(m, 'could not be loaded (file too large)', 'endless stream');
    expect(took, 'ms until the message').to.be.below(3_000);
    m.remove();
  });

  it('one fetch per src: five widgets (of every kind) on one new address make one request', async () => {
    const src = `${await storeValid()}?one=${unique()}`;
    const tags = ['tip-stat-card', 'tip-tier-badge', 'tip-yoy-chart', 'tip-recommendation-list', 'tip-hotline-callout'];
    const els = tags.map((tag) => {
      const el = document.createElement(tag) as HTMLElement & { loadComplete: Promise<boolean> };
      el.setAttribute('src', src);
      if (tag === 'tip-stat-card') el.setAttribute('metric', 'convictions');
      if (tag === 'tip-yoy-chart') el.setAttribute('metrics', 'convictions');
      document.body.append(el);
      return el;
    });
    try {
      await Promise.all(els.map((el) => el.loadComplete));
      for (const el of els) expect(messageOf(el)?.innerText ?? null, el.localName).to.equal(null);
      // The same address written another way (absolute) is the same resolved URL.
      const later = await place('tip-stat-card', { src: new URL(src, location.href).href, metric: 'police-suspects' });
      expectContent(later, 'a later widget on the same (absolute) address');
      later.remove();
      expect(await requestsFor(src), `requests for ${src}`).to.equal(1);
    } finally {
      els.forEach((el) => el.remove());
    }
  });

  it('a new metric on a src dataset shows at once: no new load, no loading state, no second tip-load', async () => {
    const src = `${await storeValid()}?metric=${unique()}`;
    const mounted = await place('tip-stat-card', { src, metric: 'convictions' });
    const { el } = mounted;
    const events: string[] = [];
    el.addEventListener('tip-load', () => events.push('tip-load'));
    const label = () => el.shadowRoot!.querySelector('[part~="label"]')?.textContent?.trim();
    const before = label();
    el.setAttribute('metric', 'police-suspects');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]') === null, 'no loading state').to.equal(true);
    expect(label(), 'the other metric, in the same update').to.not.equal(before);
    await el.loadComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(events, 'the dataset did not load again').to.deep.equal([]);
    expect(await requestsFor(src)).to.equal(1);
    mounted.remove();
  });

  it('a failed load is not cached: a later widget on the same address tries again', async () => {
    const id = unique();
    const src = `/__test__/stored/${id}`;
    const first = await place('tip-stat-card', { src });
    expectMessage(first, 'could not be loaded (HTTP 404)', 'before it exists');
    first.remove();
    await fetch(`/__test__/store/${id}`, { method: 'PUT', body: fixture });
    const second = await place('tip-stat-card', { src, metric: 'convictions' });
    expectContent(second, 'after it exists');
    second.remove();
    expect(await requestsFor(src)).to.equal(2);
  });

  it('changing src while a slow load is in flight shows the new dataset, never the old one late', async () => {
    const slow = `${await storeValid()}?ms=600`;
    const el = document.createElement('tip-stat-card');
    el.setAttribute('src', slow);
    el.setAttribute('metric', 'convictions');
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    document.body.append(el);
    try {
      await el.updateComplete;
      el.setAttribute('src', '/__test__/missing.json');
      await el.loadComplete;
      await new Promise((r) => setTimeout(r, 900));
      expect(messageOf(el)?.innerText ?? '', 'the latest src wins').to.contain('HTTP 404');
      expect(warnings.length, 'one warning, for the 404').to.equal(1);
    } finally {
      console.warn = original;
      el.remove();
    }
  });
});
