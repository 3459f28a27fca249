#!/usr/bin/env node
// Checks data/serbia-2025.json: schema validity (Ajv2020, strict) and provenance —
// every quote is verbatim in the report text and states its figure, breakdowns add up
// or name a discrepancy, references resolve. Prints a report; exits 1 on any failure.
//
// Usage: node checks/data.mjs [dataset.json] [source.txt]
// Over 500 lines in one file on purpose: each check walks the same parsed dataset and report
// text, and the report it prints is one list a data editor reads top to bottom.

import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve, relative } from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { FIXED_FIGURES, figurePattern, writtenForms, statesNumber } from './provenance.mjs';
import { GLOSSARY, glossaryProblems, missingTranslations, translatedPairs, translationProblems } from './translation-fidelity.mjs';

const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const root = fileURLToPath(new URL('..', import.meta.url));
const at = (p) => resolve(root, p);

const DATASET = process.argv[2] ? resolve(process.argv[2]) : at('data/serbia-2025.json');
const SOURCE = process.argv[3] ? resolve(process.argv[3]) : at('data/source/tip-2025-serbia.txt');
const SCHEMA = at('data/schema.json');
const FIXTURE = at('test/fixtures/fictional-2025.json');

const FIXED = FIXED_FIGURES;
const MIN_METRICS = 40;
const EXPECTED_RECOMMENDATIONS = 12;
const MONEY = new Set(['RSD', 'EUR', 'USD']);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// ---------------------------------------------------------------- reporting

const results = []; // { group, ok, msg }
let group = '';
const section = (name) => {
  group = name;
};
const pass = (msg) => results.push({ group, ok: true, msg });
const fail = (msg) => results.push({ group, ok: false, msg });
const check = (cond, okMsg, failMsg) => (cond ? pass(okMsg) : fail(failMsg ?? okMsg));

// ---------------------------------------------------------------- JSON with duplicate-key detection

/** Parses JSON like JSON.parse, but also lists duplicate object keys (JSON.parse keeps the last silently). */
function parseJsonStrict(text) {
  const duplicates = [];
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const str = () => {
    const start = i;
    i++; // opening quote
    while (text[i] !== '"') {
      if (i >= text.length) throw new Error('unterminated string');
      i += text[i] === '\\' ? 2 : 1;
    }
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = (path) => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const seen = new Set();
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        const key = str();
        if (seen.has(key)) duplicates.push(`${path}/${key}`);
        seen.add(key);
        ws();
        if (text[i++] !== ':') throw new Error(`expected ':' at ${i - 1}`);
        value(`${path}/${key}`);
        ws();
        const d = text[i++];
        if (d === '}') return;
        if (d !== ',') throw new Error(`expected ',' or '}' at ${i - 1}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let n = 0; ; n++) {
        value(`${path}/${n}`);
        ws();
        const d = text[i++];
        if (d === ']') return;
        if (d !== ',') throw new Error(`expected ',' or ']' at ${i - 1}`);
      }
    }
    if (c === '"') return void str();
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    if (!m) throw new Error(`unexpected token at ${i}`);
    i += m[0].length;
  };
  const data = JSON.parse(text); // authoritative parse (throws on syntax errors)
  value('');
  return { data, duplicates };
}

function loadJson(file) {
  const { data, duplicates } = parseJsonStrict(readFileSync(file, 'utf8'));
  check(
    duplicates.length === 0,
    `${relative(root, file)}: no duplicate keys`,
    `${relative(root, file)}: duplicate keys ${duplicates.join(', ')}`,
  );
  return data;
}

// ---------------------------------------------------------------- number → written forms

const figureNumbers = (f) => (typeof f === 'number' ? [f] : f && typeof f === 'object' ? [f.min, f.max] : []);
const show = (f) => (typeof f === 'number' ? String(f) : f && typeof f === 'object' ? `${f.min}–${f.max}` : String(f));

// ---------------------------------------------------------------- schema hygiene

function schemaHygiene(schema) {
  const problems = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) return node.forEach((n, k) => walk(n, `${path}/${k}`));
    if (!node || typeof node !== 'object') return;
    if ('format' in node && typeof node.format === 'string') problems.push(`${path}: uses "format"`);
    if ('$dynamicRef' in node || '$dynamicAnchor' in node) problems.push(`${path}: uses $dynamicRef/$dynamicAnchor`);
    if (node.type === 'object' && !('additionalProperties' in node)) problems.push(`${path}: object without additionalProperties`);
    if (node.type === 'object' && node.additionalProperties === true) problems.push(`${path}: additionalProperties true`);
    if (node.type === 'string' && !('maxLength' in node) && !('enum' in node) && !('const' in node)) {
      problems.push(`${path}: string without maxLength`);
    }
    if (node.type === 'array' && !('maxItems' in node)) problems.push(`${path}: array without maxItems`);
    if ((node.type === 'number' || node.type === 'integer') && !('minimum' in node) && !('const' in node)) {
      problems.push(`${path}: number without minimum`);
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'enum' || k === 'const' || k === 'required' || k === 'examples') continue;
      walk(v, `${path}/${k}`);
    }
  };
  walk(schema, '#');
  return problems;
}

// ---------------------------------------------------------------- main

section('Files');
const source = readFileSync(SOURCE, 'utf8');
pass(`source text ${relative(root, SOURCE)} (${source.length} characters)`);
const schema = loadJson(SCHEMA);
const data = loadJson(DATASET);

section('Schema');
check(
  schema.$schema === 'https://json-schema.org/draft/2020-12/schema',
  'schema declares draft 2020-12',
  `schema $schema is ${schema.$schema}`,
);
const hygiene = schemaHygiene(schema);
check(
  hygiene.length === 0,
  'schema: no format/$dynamicRef; every object closed; strings, arrays, numbers bounded',
  `schema hygiene: ${hygiene.join('; ')}`,
);
let validate;
try {
  const warnings = [];
  const logger = { log: console.log, warn: (...a) => warnings.push(a.join(' ')), error: console.error };
  const ajv = new Ajv2020({ allErrors: true, strict: true, unicode: false, logger });
  validate = ajv.compile(schema);
  const unexpected = warnings.filter((w) => !/DEPRECATED: option unicode/.test(w));
  check(
    unexpected.length === 0,
    'schema compiles with Ajv2020 {allErrors, strict, unicode: false} without warnings (besides ajv\'s notice that "unicode" is deprecated)',
    `schema compile warnings: ${unexpected.join('; ')}`,
  );
} catch (e) {
  fail(`schema does not compile: ${e.message}`);
}

const fmt = (errors) =>
  (errors ?? [])
    .slice(0, 20)
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`)
    .join('\n      ');

if (validate) {
  check(validate(data), `${relative(root, DATASET)} is valid against the schema`, `${relative(root, DATASET)} is INVALID:\n      ${fmt(validate.errors)}`);
  if (existsSync(FIXTURE)) {
    const fixture = loadJson(FIXTURE);
    check(validate(fixture), `${relative(root, FIXTURE)} is valid against the schema`, `${relative(root, FIXTURE)} is INVALID:\n      ${fmt(validate.errors)}`);
  }
}

// Everything below reads the data defensively so that it reports rather than crashes on a bad file.
const metrics = data && typeof data.metrics === 'object' && data.metrics ? data.metrics : {};
const ids = Object.keys(metrics);
const discrepancies = Array.isArray(data?.discrepancies) ? data.discrepancies : [];
const discrepancyIds = new Set(discrepancies.map((d) => d?.id));

section('Provenance: quotes are verbatim');
const quotes = [];
const q = (where, text) => quotes.push({ where, text });
q('movementQuote', data?.movementQuote);
q('summary', data?.summary);
for (const [k, s] of Object.entries(data?.sections ?? {})) q(`sections.${k}.quote`, s?.quote);
(data?.recommendations ?? []).forEach((r, n) => q(`recommendations[${n}].text`, r?.text));
for (const id of ids) q(`metrics.${id}.quote`, metrics[id]?.quote);
discrepancies.forEach((d) => (d?.quotes ?? []).forEach((t, n) => q(`discrepancies.${d.id}.quotes[${n}]`, t)));
for (const h of data?.hotlines ?? []) if (h?.quote !== undefined || !h?.source) q(`hotlines.${h?.id}.quote`, h?.quote);
let notVerbatim = 0;
for (const { where, text } of quotes) {
  if (typeof text !== 'string' || text.length === 0 || !source.includes(text)) {
    notVerbatim++;
    fail(`${where} is not an exact substring of the source text: ${JSON.stringify(text)?.slice(0, 160)}`);
  }
}
if (notVerbatim === 0) pass(`all ${quotes.length} report quotes are exact substrings of the source text`);

section('Provenance: quotes state their figures');
let figureFailures = 0;
let figuresChecked = 0;
for (const id of ids) {
  const m = metrics[id];
  if (!m || typeof m.quote !== 'string') continue;
  for (const field of ['value', 'previous', 'valueUsd', 'previousUsd']) {
    if (m[field] === undefined) continue;
    for (const n of figureNumbers(m[field])) {
      figuresChecked++;
      if (typeof n !== 'number' || !statesNumber(m.quote, n)) {
        figureFailures++;
        const forms = typeof n === 'number' ? writtenForms(n) : { digits: [], words: [] };
        fail(`metrics.${id}.${field} = ${n}: quote does not state it (looked for ${[...forms.digits, ...forms.words].map((f) => JSON.stringify(f)).join(', ')})`);
      }
    }
  }
  // Breakdown figures must be stated by the metric's quote or a quote of a discrepancy it names.
  const texts = [m.quote, ...(m.discrepancies ?? []).flatMap((d) => discrepancies.find((x) => x?.id === d)?.quotes ?? [])];
  for (const g of m.breakdown ?? []) {
    for (const item of g?.items ?? []) {
      figuresChecked++;
      if (!texts.some((t) => statesNumber(t, item.value))) {
        figureFailures++;
        fail(`metrics.${id}.breakdown.${g.id}.${item.id} = ${item.value}: stated neither in the metric's quote nor in a quote of its discrepancies`);
      }
    }
  }
}
if (figureFailures === 0) pass(`all ${figuresChecked} figures (values, previous, USD conversions, breakdown items) are stated in their quotes`);

// "Approximately 500" is not 500: a value the quote qualifies must carry the qualifier (shown beside
// the figure), and a qualifier must be the quote's own word right before the figure.
{
  const QUALIFIERS = { approximately: '(?:approximately|about|around|roughly|nearly)', 'at-least': '(?:at least|more than|over)' };
  const qualifiedBy = (quote, n) => {
    for (const [name, pattern] of Object.entries(QUALIFIERS)) {
      // The whole figure, as the figure check reads it: not the start of 500,000 or fourteen.
      if (new RegExp(`\\b${pattern}\\s+(?:[$€]\\s?)?${figurePattern(n)}`, 'i').test(quote)) return name;
    }
    return undefined;
  };
  const wrong = [];
  let qualified = 0;
  for (const id of ids) {
    const m = metrics[id];
    if (!m || typeof m.quote !== 'string' || typeof m.value !== 'number') continue;
    const found = qualifiedBy(m.quote, m.value);
    if (m.qualifier) qualified++;
    if (found !== m.qualifier) wrong.push(`metrics.${id}: the quote says ${found ? `"${found}"` : 'no qualifier'} before ${m.value}, the data ${m.qualifier ? `"${m.qualifier}"` : 'none'}`);
  }
  check(wrong.length === 0, `qualified figures carry the report's qualifier ("approximately", "at least"): ${qualified} of them`, wrong.join('; '));
}

section('Breakdowns');
let groups = 0;
for (const id of ids) {
  const m = metrics[id];
  for (const g of m?.breakdown ?? []) {
    groups++;
    const where = `metrics.${id}.breakdown.${g.id}`;
    const items = g.items ?? [];
    const itemIds = items.map((x) => x.id);
    check(new Set(itemIds).size === itemIds.length, `${where}: item ids unique`, `${where}: duplicate item ids`);
    for (const item of items) {
      if (item.partOf !== undefined) {
        const parent = items.find((x) => x.id === item.partOf);
        if (!parent) fail(`${where}.${item.id}.partOf "${item.partOf}" is not an item of the group`);
        else if (parent.partOf !== undefined) fail(`${where}.${item.id}.partOf "${item.partOf}" is itself partOf another item`);
        else if (item.value > parent.value) fail(`${where}.${item.id} (${item.value}) exceeds ${parent.id} (${parent.value})`);
      }
    }
    for (const parent of items.filter((x) => x.partOf === undefined)) {
      const parts = items.filter((x) => x.partOf === parent.id).reduce((s, x) => s + x.value, 0);
      if (parts > parent.value) fail(`${where}: parts of ${parent.id} add up to ${parts} > ${parent.value}`);
    }
    if (g.discrepancy !== undefined && !discrepancyIds.has(g.discrepancy)) {
      fail(`${where}.discrepancy "${g.discrepancy}" is not a dataset discrepancy`);
    }
    if (g.sumsToTotal) {
      if (typeof m.value !== 'number') {
        fail(`${where}: sumsToTotal but the metric value is a range`);
        continue;
      }
      const sum = items.filter((x) => x.partOf === undefined).reduce((s, x) => s + x.value, 0);
      if (sum === m.value) {
        if (g.discrepancy !== undefined) fail(`${where}: sums to ${sum} = value but still names discrepancy ${g.discrepancy}`);
        else pass(`${where}: top-level items sum to ${sum} = value`);
      } else if (g.discrepancy !== undefined && discrepancyIds.has(g.discrepancy)) {
        pass(`${where}: top-level items sum to ${sum} ≠ ${m.value}, declared as discrepancy ${g.discrepancy}`);
      } else {
        fail(`${where}: top-level items sum to ${sum} ≠ value ${m.value} and no existing discrepancy is named`);
      }
    }
  }
}
if (groups === 0) fail('no breakdown groups at all');

section('References and consistency');
const unique = (list, what) => {
  const seen = new Set();
  const dup = list.filter((x) => (seen.has(x) ? true : (seen.add(x), false)));
  check(dup.length === 0, `${what}: ids unique`, `${what}: duplicate ids ${dup.join(', ')}`);
};
unique(discrepancies.map((d) => d?.id), 'discrepancies');
unique((data?.hotlines ?? []).map((h) => h?.id), 'hotlines');
const usedDiscrepancies = new Set();
let refFailures = 0;
const bad = (msg) => {
  refFailures++;
  fail(msg);
};
for (const id of ids) {
  const m = metrics[id];
  if (!ID.test(id)) bad(`metric id "${id}" is not kebab-case`);
  for (const d of m?.discrepancies ?? []) {
    usedDiscrepancies.add(d);
    if (!discrepancyIds.has(d)) bad(`metrics.${id}.discrepancies names unknown discrepancy "${d}"`);
  }
  for (const g of m?.breakdown ?? []) {
    if (g.discrepancy) {
      usedDiscrepancies.add(g.discrepancy);
      if (!(m.discrepancies ?? []).includes(g.discrepancy)) {
        bad(`metrics.${id}: breakdown ${g.id} names discrepancy ${g.discrepancy} but the metric's discrepancies do not list it`);
      }
    }
  }
  for (const field of ['value', 'previous', 'valueUsd', 'previousUsd']) {
    const f = m?.[field];
    if (f && typeof f === 'object' && !(f.min <= f.max)) bad(`metrics.${id}.${field}: range min ${f.min} > max ${f.max}`);
  }
  if (m && (m.valueUsd !== undefined || m.previousUsd !== undefined) && !MONEY.has(m.unit)) {
    bad(`metrics.${id}: USD conversion on a non-money unit "${m.unit}"`);
  }
  if (m && m.unit === 'USD' && (m.valueUsd !== undefined || m.previousUsd !== undefined)) {
    bad(`metrics.${id}: USD amount with a USD conversion`);
  }
  if (m && (m.unit === 'RSD' || m.unit === 'EUR') && m.valueUsd === undefined) {
    bad(`metrics.${id}: ${m.unit} amount without the report's USD conversion (valueUsd)`);
  }
  if (m && m.previousUsd !== undefined && m.previous === undefined) bad(`metrics.${id}: previousUsd without previous`);
  if (m && m.previous !== undefined && m.previousUsd === undefined && (m.unit === 'RSD' || m.unit === 'EUR')) {
    bad(`metrics.${id}: previous ${m.unit} amount without previousUsd`);
  }
  if (m && typeof m.value !== typeof m.previous && m.previous !== undefined) {
    bad(`metrics.${id}: value and previous are of different kinds (number vs range)`);
  }
  if (m && m.year !== undefined && m.previous !== undefined) {
    bad(`metrics.${id}: has both year (not the reporting period) and previous`);
  }
}
for (const h of data?.hotlines ?? []) {
  for (const mid of h?.metrics ?? []) {
    if (!(mid in metrics)) bad(`hotlines.${h.id}.metrics names unknown metric "${mid}"`);
  }
  if (!h?.source && !h?.quote) bad(`hotlines.${h?.id}: neither an external source nor a report quote`);
  if (h?.number && !h?.source) bad(`hotlines.${h.id}: has a number but no source for it`);
}
for (const d of discrepancies) {
  if (!usedDiscrepancies.has(d?.id)) {
    // Allowed (some discrepancies touch no figure), reported for information.
    pass(`discrepancy ${d?.id} is not referenced by any metric (informational)`);
  }
}
const th = data?.tierHistory ?? [];
const years = th.map((t) => t.year);
check(
  years.every((y, k) => k === 0 || y > years[k - 1]),
  'tierHistory years strictly ascending',
  `tierHistory years not strictly ascending: ${years.join(', ')}`,
);
const own = th.find((t) => t.year === data?.reportYear);
check(
  own && own.tier === data.tier && own.source === undefined,
  `tierHistory has ${data?.reportYear} = ${data?.tier} without external source (the report itself)`,
  `tierHistory entry for reportYear ${data?.reportYear} missing, wrong tier, or has a source`,
);
const unsourced = th.filter((t) => t.year !== data?.reportYear && !t.source).map((t) => t.year);
check(unsourced.length === 0, 'every earlier tierHistory entry has a source', `tierHistory entries without source: ${unsourced.join(', ')}`);
check(
  data?.comparisonPeriod === data?.reportingPeriod - 1,
  `comparisonPeriod ${data?.comparisonPeriod} is the year before reportingPeriod ${data?.reportingPeriod}`,
);
if (refFailures === 0) pass('metric/hotline/discrepancy references resolve; ranges ordered; currencies consistent');

// Notes and descriptions are read by readers: they name other figures by their label, never by a
// data id such as "prosecutions-continued", which means nothing on the page.
{
  const known = new Set([...ids, ...discrepancyIds].filter((id) => typeof id === 'string'));
  const texts = [
    ...ids.flatMap((id) => (metrics[id]?.notes ?? []).map((t, n) => [`metrics.${id}.notes[${n}]`, t])),
    ...discrepancies.map((d) => [`discrepancies.${d?.id}.description`, d?.description ?? '']),
  ];
  // A hyphenated id anywhere, even glued to another word ("shelter-capacity-related"); a one-word
  // id only where it is plainly a reference: "(see convictions)". "(see below)" is prose.
  const leaks = texts.flatMap(([where, text]) => {
    const found = [...known].filter((id) => id.includes('-') && new RegExp(`(?<![a-z0-9])${id}(?![a-z0-9])`).test(String(text)));
    const seen = [...String(text).matchAll(/\(see (?:discrepancy )?([a-z0-9]+(?:-[a-z0-9]+)*)\)/g)].map((m) => m[1]).filter((id) => known.has(id) && !found.includes(id));
    return [...found, ...seen].map((id) => `${where}: "${id}"`);
  });
  const code = texts.filter(([, text]) => String(text).includes('`')).map(([where]) => `${where}: a \`code\` span`);
  const all = [...leaks, ...code];
  check(all.length === 0, `notes and descriptions name figures by label, not by data id (${texts.length} texts)`, `a data id is shown to readers: ${all.join('; ')}`);
}

section('Recommendations');
const recs = data?.recommendations ?? [];
check(
  recs.length === EXPECTED_RECOMMENDATIONS,
  `${recs.length} recommendations (the report lists ${EXPECTED_RECOMMENDATIONS})`,
  `${recs.length} recommendations, expected ${EXPECTED_RECOMMENDATIONS}`,
);
const listed = recs.map((r) => source.indexOf(`\n- ${r.text}\n`));
check(
  listed.every((x) => x >= 0),
  'each recommendation is a whole "- " line of the report',
  `recommendations not found as whole lines: ${recs.filter((_, k) => listed[k] < 0).map((r) => r.text.slice(0, 40)).join(' | ')}`,
);
check(
  listed.every((x, k) => k === 0 || x > listed[k - 1]),
  "recommendations are in the report's order",
  "recommendations are not in the report's order",
);

section('Required content');
for (const [id, want] of Object.entries(FIXED)) {
  const m = metrics[id];
  if (!m) {
    fail(`fixed metric "${id}" is missing`);
    continue;
  }
  const wrong = Object.entries(want).filter(([k, v]) => m[k] !== v);
  check(
    wrong.length === 0,
    `fixed metric ${id} = ${show(m.value)} (previous ${show(m.previous)})`,
    `fixed metric ${id}: ${wrong.map(([k, v]) => `${k} is ${show(m[k])}, expected ${v}`).join(', ')}`,
  );
}
check(ids.length >= MIN_METRICS, `${ids.length} metrics (at least ${MIN_METRICS})`, `only ${ids.length} metrics, at least ${MIN_METRICS} required`);
const noSr = ids.filter((id) => !(typeof metrics[id]?.labels?.['sr-Latn'] === 'string' && metrics[id].labels['sr-Latn'].trim()));
check(noSr.length === 0, 'every metric has labels["sr-Latn"]', `metrics without labels["sr-Latn"]: ${noSr.join(', ')}`);
const cyr = ids.filter((id) => /[\u0400-\u04FF]/.test(metrics[id]?.labels?.['sr-Latn'] ?? ''));
check(cyr.length === 0, 'sr-Latn labels are in Latin script', `sr-Latn labels containing Cyrillic: ${cyr.join(', ')}`);

// Translations: every translated string keeps its original's figures, currencies and qualifiers
// in order, and names each institution by its one official Serbian name (checks/translation-fidelity.mjs).
section('Translations (sr-Latn)');
{
  const tag = 'sr-Latn';
  const pairs = translatedPairs(data ?? {}, tag);
  // A dataset that declares a language must translate all of it; the bundled one declares sr-Latn.
  const declared = DATASET === at('data/serbia-2025.json') || data?.translations?.[tag] !== undefined;
  const missing = declared ? missingTranslations(data ?? {}, tag) : [];
  check(missing.length === 0, `every report text and every note of ours has a ${tag} translation (${pairs.length} texts)`, `untranslated into ${tag}: ${missing.join(', ')}`);
  check(data?.translations?.[tag]?.status === 'unofficial', `the ${tag} translation is declared unofficial`, `translations.${tag}.status is not "unofficial"`);
  const problems = translationProblems(data ?? {}, tag, source);
  check(
    problems.length === 0,
    `every translation keeps its original's figures in order, its currencies, qualifiers and negations; cited labels exist; one term each; quotes nested ‚…‘ and report quotes in our notes marked unofficial`,
    problems.join('\n      '),
  );
  // Serbian text outside the translations (labels, hotline fields) names institutions the same way.
  const serbian = [
    ...ids.map((id) => [`metrics.${id}.labels.${tag}`, metrics[id]?.labels?.[tag] ?? '']),
    ...(data?.hotlines ?? []).flatMap((h) => Object.entries(h?.translations?.[tag] ?? {}).map(([k, v]) => [`hotlines.${h.id}.${k}`, String(v)])),
  ];
  const named = serbian.flatMap(([where, text]) => glossaryProblems(text, undefined, where));
  check(named.length === 0, `${GLOSSARY.length} institutions always named by their official Serbian name (${GLOSSARY.map((g) => g.serbian).join('; ')})`, named.join('; '));
  const cyrillic = pairs.filter(([, , text]) => /[\u0400-\u04FF]/.test(text)).map(([where]) => where);
  check(cyrillic.length === 0, `${tag} translations are in Latin script (Cyrillic is generated)`, `Cyrillic in ${tag} translations: ${cyrillic.join(', ')}`);
}

// ---------------------------------------------------------------- print

const failures = results.filter((r) => !r.ok);
let last = '';
for (const r of results) {
  if (r.group !== last) {
    console.log(`\n${r.group}`);
    last = r.group;
  }
  console.log(`  ${r.ok ? '✓' : '✗'} ${r.msg}`);
}
console.log(
  `\n${relative(root, DATASET)}: ${ids.length} metrics, ${discrepancies.length} discrepancies, ${(data?.hotlines ?? []).length} hotlines, ${recs.length} recommendations`,
);
if (failures.length) {
  console.log(`\n✗ ${failures.length} check(s) FAILED`);
  process.exit(1);
}
console.log(`\n✓ all ${results.length} checks passed`);
