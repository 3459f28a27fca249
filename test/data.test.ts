// The bundled dataset in the browser: it validates, every figure is sourced verbatim from the
// report text, and malformed or hostile datasets are refused with a message naming the path.
// Mirrors checks/data.mjs (which also runs ajv itself, in node).
import { expect } from '@open-wc/testing';
import { validateDataset } from '../src/data/validate.js';
import { bundledDataset } from '../src/data/load.js';
import type { Dataset, Figure, Metric } from '../src/data/types.js';
import { FIXED_FIGURES, statesNumber } from '../checks/provenance.mjs';

const here = (path: string) => new URL(path, import.meta.url);

async function fetchText(path: string): Promise<string> {
  const res = await fetch(here(path));
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.text();
}

async function fetchJson<T>(path: string): Promise<T> {
  return JSON.parse(await fetchText(path)) as T;
}

/** The result of validateDataset, read loosely so the test does not depend on how it is typed. */
function check(input: unknown): { ok: boolean; error: string } {
  const r = validateDataset(input) as { ok: boolean; error?: string };
  return { ok: r.ok, error: r.error ?? '' };
}

/** Asserts `input` is refused and returns the message. */
function refused(input: unknown): string {
  const r = check(input);
  expect(r.ok, 'the dataset should be refused').to.equal(false);
  expect(r.error, 'refusal message').to.be.a('string').and.not.equal('');
  return r.error;
}

const numbersOf = (f: Figure): number[] => (typeof f === 'number' ? [f] : [f.min, f.max]);

function deepNest(depth: number): Record<string, unknown> {
  let node: Record<string, unknown> = { leaf: true };
  for (let k = 0; k < depth; k++) node = { junk: node };
  return node;
}

// ------------------------------------------------------------ the bundled dataset

const FIXED = FIXED_FIGURES;

describe('data/serbia-2025.json', () => {
  let data: Dataset;
  let source: string;
  let schema: Record<string, unknown>;

  before(async () => {
    [data, source, schema] = await Promise.all([
      fetchJson<Dataset>('../data/serbia-2025.json'),
      fetchText('../data/source/tip-2025-serbia.txt'),
      fetchJson<Record<string, unknown>>('../data/schema.json'),
    ]);
  });

  it('validates against the schema', () => {
    const r = check(data);
    expect(r.error).to.equal('');
    expect(r.ok).to.equal(true);
  });

  it('the fictional fixture validates too', async () => {
    const fixture = await fetchJson<Dataset>('./fixtures/fictional-2025.json');
    expect(check(fixture)).to.deep.equal({ ok: true, error: '' });
    expect(fixture.summary).to.match(/fictional/i);
  });

  it('the schema is draft 2020-12, closed and bounded, without format keywords', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const problems: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, k) => walk(n, `${path}/${k}`));
      if (!node || typeof node !== 'object') return;
      const s = node as Record<string, unknown>;
      if (typeof s.format === 'string') problems.push(`${path}: format`);
      if ('$dynamicRef' in s) problems.push(`${path}: $dynamicRef`);
      if (s.type === 'object' && (!('additionalProperties' in s) || s.additionalProperties === true)) {
        problems.push(`${path}: open object`);
      }
      if (s.type === 'array' && !('maxItems' in s)) problems.push(`${path}: unbounded array`);
      if (s.type === 'string' && !('maxLength' in s) && !('enum' in s)) problems.push(`${path}: unbounded string`);
      for (const [k, v] of Object.entries(s)) if (k !== 'enum' && k !== 'required' && k !== 'const') walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(problems).to.deep.equal([]);
  });

  it('quotes every report passage verbatim from the source text', () => {
    const quotes: [string, string][] = [
      ['movementQuote', data.movementQuote],
      ['summary', data.summary],
      ...Object.entries(data.sections).map(([k, s]): [string, string] => [`sections.${k}`, s.quote]),
      ...data.recommendations.map((r, n): [string, string] => [`recommendations[${n}]`, r.text]),
      ...Object.entries(data.metrics).map(([id, m]): [string, string] => [`metrics.${id}`, m.quote]),
      ...data.discrepancies.flatMap((d) => d.quotes.map((t, n): [string, string] => [`discrepancies.${d.id}[${n}]`, t])),
      ...data.hotlines.filter((h) => h.quote !== undefined).map((h): [string, string] => [`hotlines.${h.id}`, h.quote!]),
    ];
    const cptv = data.hotlines.find((h) => h.id === 'cptv');
    expect(cptv?.quote, 'the CPTV hotline quotes the report').to.be.a('string');
    expect(cptv?.number, 'the report gives no CPTV number').to.equal(undefined);
    const missing = quotes.filter(([, text]) => !source.includes(text)).map(([where]) => where);
    expect(missing).to.deep.equal([]);
    expect(quotes.length).to.be.greaterThan(60);
  });

  it('states every figure in its quote, in the report’s own written form', () => {
    const discrepancyQuotes = new Map(data.discrepancies.map((d) => [d.id, d.quotes]));
    const unstated: string[] = [];
    for (const [id, m] of Object.entries(data.metrics)) {
      for (const field of ['value', 'previous', 'valueUsd', 'previousUsd'] as const) {
        const f = m[field];
        if (f === undefined) continue;
        for (const n of numbersOf(f)) if (!statesNumber(m.quote, n)) unstated.push(`${id}.${field}=${n}`);
      }
      const texts = [m.quote, ...(m.discrepancies ?? []).flatMap((d) => discrepancyQuotes.get(d) ?? [])];
      for (const g of m.breakdown ?? []) {
        for (const item of g.items) {
          if (!texts.some((t) => statesNumber(t, item.value))) unstated.push(`${id}.${g.id}.${item.id}=${item.value}`);
        }
      }
    }
    expect(unstated).to.deep.equal([]);
    // The matcher itself: whole numbers only, words and "million" understood.
    expect(statesNumber('In 2024, police filed', 24)).to.equal(false);
    expect(statesNumber('allocated 50.5 million dinars', 50500000)).to.equal(true);
    expect(statesNumber('identified nine victims', 9)).to.equal(true);
    expect(statesNumber('1,650,000 dinars', 1650000)).to.equal(true);
  });

  it('adds up every breakdown that should, or names an existing discrepancy', () => {
    const known = new Set(data.discrepancies.map((d) => d.id));
    const problems: string[] = [];
    let summed = 0;
    for (const [id, m] of Object.entries(data.metrics) as [string, Metric][]) {
      for (const g of m.breakdown ?? []) {
        const ids = g.items.map((x) => x.id);
        for (const item of g.items) {
          if (item.partOf !== undefined && !ids.includes(item.partOf)) problems.push(`${id}.${g.id}.${item.id}: partOf ${item.partOf}`);
        }
        if (g.discrepancy !== undefined && !known.has(g.discrepancy)) problems.push(`${id}.${g.id}: unknown discrepancy ${g.discrepancy}`);
        if (!g.sumsToTotal) continue;
        summed++;
        const sum = g.items.filter((x) => x.partOf === undefined).reduce((s, x) => s + x.value, 0);
        if (sum !== m.value && !(g.discrepancy && known.has(g.discrepancy))) {
          problems.push(`${id}.${g.id}: sums to ${sum}, value ${JSON.stringify(m.value)}, no discrepancy`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
    expect(summed).to.be.greaterThan(0);
    // The known case: women + men + girls + boys = 65 for 64 victims.
    const sexAge = data.metrics['victims-identified'].breakdown!.find((g) => g.id === 'sex-age')!;
    expect(sexAge.items.reduce((s, x) => s + x.value, 0)).to.equal(65);
    expect(sexAge.discrepancy).to.equal('victims-sex-age-sum-65');
  });

  it('resolves every reference to a metric or a discrepancy', () => {
    const known = new Set(data.discrepancies.map((d) => d.id));
    const dangling: string[] = [];
    for (const [id, m] of Object.entries(data.metrics)) {
      for (const d of m.discrepancies ?? []) if (!known.has(d)) dangling.push(`${id} → ${d}`);
    }
    for (const h of data.hotlines) {
      for (const mid of h.metrics ?? []) if (!(mid in data.metrics)) dangling.push(`hotline ${h.id} → ${mid}`);
    }
    expect(dangling).to.deep.equal([]);
  });

  it('has the fixed metric ids with the report’s figures', () => {
    for (const [id, want] of Object.entries(FIXED)) {
      const m = data.metrics[id];
      expect(m, id).to.not.equal(undefined);
      for (const [k, v] of Object.entries(want)) expect(m[k as keyof Metric], `${id}.${k}`).to.equal(v);
    }
  });

  it('has at least 40 metrics, each labelled in sr-Latn', () => {
    const ids = Object.keys(data.metrics);
    expect(ids.length).to.be.at.least(40);
    const unlabelled = ids.filter((id) => !data.metrics[id].labels?.['sr-Latn']?.trim());
    expect(unlabelled).to.deep.equal([]);
  });

  it('is put back together from its bundled parts exactly, every figure as in the file', async () => {
    // The English parts: every item without its translations (they travel in parts of their own).
    const english = <T extends { translations?: unknown }>({ translations: _t, ...rest }: T) => rest;
    const { $schema: _schema, translations: _translations, ...rest } = data as Dataset & { $schema?: string };
    // A discrepancy no metric cites (the copper mines) is in no part: no widget could show it.
    const cited = new Set(Object.values(data.metrics).flatMap((m) => m.discrepancies ?? []));
    // Assembled in the order their metrics come, not the file's.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const whole = await bundledDataset();
    expect({ ...whole, discrepancies: [...whole.discrepancies].sort(byId) }).to.deep.equal({
      ...rest,
      metrics: Object.fromEntries(Object.entries(data.metrics).map(([id, m]) => [id, english(m)])),
      recommendations: data.recommendations.map(english),
      hotlines: data.hotlines.map(english),
      discrepancies: data.discrepancies.filter((d) => cited.has(d.id)).map(english).sort(byId),
    });
  });

  it('gives a hotline callout the metrics its hotlines cite with the hotlines, exactly as in the file', async () => {
    const callout = await bundledDataset({ metrics: [], hotlines: true });
    const cited = data.hotlines.flatMap((h) => h.metrics ?? []);
    expect(cited, 'the CPTV line cites its calls and victims').to.include.members(['hotline-calls', 'hotline-victims-identified']);
    expect(Object.keys(callout.metrics).sort()).to.deep.equal([...new Set(cited)].sort());
    for (const id of cited) {
      const { translations: _t, ...metric } = data.metrics[id];
      expect(callout.metrics[id], id).to.deep.equal(metric);
    }
    const cites = new Set(cited.flatMap((id) => data.metrics[id].discrepancies ?? []));
    expect(callout.discrepancies.map((d) => d.id).sort()).to.deep.equal([...cites].sort());
  });

  it('lists the 12 recommendations in the report’s order', () => {
    expect(data.recommendations).to.have.length(12);
    const at = data.recommendations.map((r) => source.indexOf(`\n- ${r.text}\n`));
    expect(at.every((x) => x >= 0)).to.equal(true);
    expect(at.every((x, k) => k === 0 || x > at[k - 1])).to.equal(true);
  });
});

// ------------------------------------------------------------ hostile and malformed input

describe('validateDataset refuses malformed datasets', () => {
  let data: Dataset;
  before(async () => {
    data = await fetchJson<Dataset>('../data/serbia-2025.json');
  });
  const copy = (): Dataset => structuredClone(data);
  const metricsOf = (d: Dataset) => d.metrics as unknown as Record<string, Record<string, unknown>>;

  it('refuses non-objects', () => {
    for (const input of [null, undefined, 42, 'dataset', [], [data]]) refused(input);
  });

  it('refuses a wrong type: value "64"', () => {
    const d = copy();
    metricsOf(d)['victims-identified'].value = '64';
    expect(refused(d)).to.contain('/metrics/victims-identified/value');
  });

  it('refuses a metric without its quote', () => {
    const d = copy();
    delete metricsOf(d)['victims-identified'].quote;
    const error = refused(d);
    expect(error).to.contain('/metrics/victims-identified');
    expect(error).to.contain('quote');
  });

  it('refuses NaN and Infinity', () => {
    let d = copy();
    metricsOf(d)['victims-identified'].value = NaN;
    expect(refused(d)).to.contain('/metrics/victims-identified/value');
    d = copy();
    metricsOf(d).convictions.previous = Infinity;
    expect(refused(d)).to.contain('/metrics/convictions/previous');
    d = copy();
    metricsOf(d)['cptv-funding'].valueUsd = -Infinity;
    expect(refused(d)).to.contain('/metrics/cptv-funding/valueUsd');
  });

  it('refuses negative counts and money', () => {
    let d = copy();
    metricsOf(d).convictions.value = -1;
    expect(refused(d)).to.contain('/metrics/convictions/value');
    d = copy();
    metricsOf(d)['restitution-amounts'].value = { min: -150000, max: 1000000 };
    expect(refused(d)).to.contain('/metrics/restitution-amounts/value');
  });

  it('refuses a breakdown item with a negative or non-numeric value', () => {
    const d = copy();
    const group = (metricsOf(d).convictions.breakdown as { items: { value: unknown }[] }[])[0];
    group.items[0].value = -21;
    expect(refused(d)).to.contain('/metrics/convictions/breakdown/0/items/0/value');
  });

  it('refuses 10,000 metrics', () => {
    const d = copy();
    const one = data.metrics.convictions;
    const many: Record<string, Metric> = {};
    for (let k = 0; k < 10_000; k++) many[`m-${k}`] = one;
    d.metrics = many;
    expect(refused(d)).to.contain('/metrics');
  });

  it('refuses an extra property holding 1000-deep nested objects', () => {
    let d = copy();
    metricsOf(d)['victims-identified'].junk = deepNest(1000);
    const error = refused(d);
    expect(error).to.contain('/metrics/victims-identified');
    expect(error).to.contain('junk');
    d = copy();
    (d as unknown as Record<string, unknown>).junk = deepNest(1000);
    expect(refused(d)).to.contain('junk');
  });

  it('refuses a __proto__ metric key and leaves Object.prototype alone', () => {
    const d = copy();
    const metrics = JSON.parse(
      `{"__proto__": ${JSON.stringify(data.metrics.convictions)}, ${JSON.stringify(data.metrics).slice(1)}`,
    ) as Record<string, Metric>;
    expect(Object.prototype.hasOwnProperty.call(metrics, '__proto__'), 'own __proto__ key').to.equal(true);
    d.metrics = metrics;
    const error = refused(d);
    expect(error).to.contain('/metrics');
    expect(({} as Record<string, unknown>).label).to.equal(undefined);
    expect(({} as Record<string, unknown>).quote).to.equal(undefined);
  });

  it('refuses a constructor metric key', () => {
    const d = copy();
    d.metrics = JSON.parse(
      `{"constructor": ${JSON.stringify(data.metrics.convictions)}, ${JSON.stringify(data.metrics).slice(1)}`,
    ) as Record<string, Metric>;
    expect(Object.prototype.hasOwnProperty.call(d.metrics, 'constructor')).to.equal(true);
    expect(refused(d)).to.contain('/metrics');
  });

  it('refuses a metric key that is not kebab-case', () => {
    const d = copy();
    metricsOf(d)['Victims_Identified'] = metricsOf(d)['victims-identified'];
    expect(refused(d)).to.contain('/metrics');
  });

  it('refuses an unknown tier, verdict or unit', () => {
    let d = copy();
    (d as unknown as Record<string, unknown>).tier = 'Tier 4';
    expect(refused(d)).to.contain('/tier');
    d = copy();
    (d.sections.prevention as unknown as Record<string, unknown>).verdict = 'improved';
    expect(refused(d)).to.contain('/sections/prevention/verdict');
    d = copy();
    metricsOf(d).convictions.unit = 'GBP';
    expect(refused(d)).to.contain('/metrics/convictions/unit');
  });

  it('refuses over-long strings and non-http URLs', () => {
    let d = copy();
    metricsOf(d).convictions.quote = 'x'.repeat(2001);
    expect(refused(d)).to.contain('/metrics/convictions/quote');
    d = copy();
    d.source.url = 'javascript:alert(1)';
    expect(refused(d)).to.contain('/source/url');
  });
});
