// Fidelity rules for a dataset's translations, shared by checks/data.mjs (node) and
// test/translations.test.ts (Chromium): pure functions, no imports, so both can load this one file.
//
// What a machine can check is checked here: every translated string keeps every figure of its
// original, in the same order (digits or written-out words, either language's separators), the
// same currencies in the same order, the same qualifiers ("approximately", "at least") and a
// negation where the original has one; each institution is named the same, official way every
// time, and each recurring term (TERMS) one way; a quotation inside a translated report text nests
// as ‚…‘; a translated quote of the report inside a note of ours says it is an unofficial translation. Whether a sentence adds, softens or drops a claim is reviewed by a person (README,
// "Languages"); the negation rule only catches the bluntest slip.

/** English numbers written as words, as the report writes them ("nine victims", "met once"). */
const EN_WORDS = {
  one: 1, once: 1, two: 2, twice: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20,
};

/** Serbian numbers as words, in the forms a sentence declines them to ("jedne godine", "dvoje zaposlenih"). */
const SR_WORDS = {
  nula: 0,
  jedan: 1, jedna: 1, jedno: 1, jednog: 1, jednoga: 1, jednom: 1, jednoj: 1, jednu: 1, jednim: 1, jedne: 1,
  dva: 2, dve: 2, dvoje: 2, dvojica: 2, dvojicu: 2, dvojice: 2, dvema: 2, dvaju: 2, dvaput: 2,
  tri: 3, troje: 3, trojica: 3, trojicu: 3, trojice: 3, trima: 3,
  četiri: 4, četvoro: 4, četvorica: 4, četvoricu: 4, četvorice: 4,
  pet: 5, petoro: 5, petorica: 5, šest: 6, šestoro: 6, šestorica: 6, sedam: 7, sedmoro: 7, osam: 8, osmoro: 8,
  devet: 9, devetoro: 9, deset: 10, jedanaest: 11, dvanaest: 12, trinaest: 13, četrnaest: 14, petnaest: 15,
  šesnaest: 16, sedamnaest: 17, osamnaest: 18, devetnaest: 19, dvadeset: 20,
};

/** Phrases where an English number word is no figure ("compared with one another"). */
const EN_NOT_FIGURES = /\b(?:one another|no one|one or more)\b/gi;

/** Currencies, by how each language names them: a figure in dinars must stay in dinars. */
const EN_CURRENCY = { $: 'USD', '€': 'EUR', dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', dinar: 'RSD', dinars: 'RSD', usd: 'USD', eur: 'EUR', rsd: 'RSD' };
const SR_CURRENCY = {
  $: 'USD', '€': 'EUR', usd: 'USD', eur: 'EUR', rsd: 'RSD',
  dolar: 'USD', dolara: 'USD', dolaru: 'USD', dolarima: 'USD', dolari: 'USD',
  evro: 'EUR', evra: 'EUR', evru: 'EUR', evrom: 'EUR', evrima: 'EUR',
  dinar: 'RSD', dinara: 'RSD', dinaru: 'RSD', dinarima: 'RSD', dinari: 'RSD',
};

/** A number in each language's notation: 1,650,000 and 50.5 in English; 1.650.000 and 50,5 in Serbian. */
const NUMBER = {
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/u,
  sr: /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/u,
};
const TOKEN = { en: new RegExp(`(${NUMBER.en.source})|([$€])|(\\p{L}+)`, 'gu'), sr: new RegExp(`(${NUMBER.sr.source})|([$€])|(\\p{L}+)`, 'gu') };

function parseNumber(raw, lang) {
  const plain = lang === 'en' ? raw.replace(/,/g, '') : raw.replace(/\./g, '').replace(',', '.');
  return Number(plain);
}

/**
 * The figures and currencies of `text`, in order. `lang` is `en` or `sr` (Serbian Latin).
 * ⟦…⟧ keep-marks hold words quoted in another language, which are no figures.
 */
export function tokens(text, lang) {
  const words = lang === 'en' ? EN_WORDS : SR_WORDS;
  const currencies = lang === 'en' ? EN_CURRENCY : SR_CURRENCY;
  let plain = String(text).replace(/⟦[^⟧]*⟧?/gu, ' ');
  if (lang === 'en') plain = plain.replace(EN_NOT_FIGURES, ' ');
  const figures = [];
  const money = [];
  for (const m of plain.matchAll(TOKEN[lang])) {
    if (m[1]) figures.push(parseNumber(m[1], lang));
    else if (m[2]) money.push(currencies[m[2]]);
    else {
      const word = m[3].toLowerCase();
      if (Object.hasOwn(words, word)) figures.push(words[word]);
      if (Object.hasOwn(currencies, word)) money.push(currencies[word]);
    }
  }
  return { figures, money };
}

const QUALIFIERS = {
  approximately: { en: /\b(?:approximately|approximate|roughly|nearly|around)\b/giu, sr: /(?<!\p{L})(?:približno|otprilike|skoro|gotovo)(?!\p{L})/giu },
  'at least': { en: /\bat least\b/giu, sr: /(?<!\p{L})(?:najmanje|barem|bar)(?!\p{L})/giu },
};
const NEGATION = {
  en: /\b(?:not|no|none|never|nor|neither|without|any|absence|lack|lacked|lacking)\b|n't\b/iu,
  sr: /(?<!\p{L})(?:ne|nije|nisu|nema|nemaju|nijedan|nijedna|nijedno|nijednoj|nijednu|nijednog|nijednom|niti|ni|nikada|bez|ništa|nisu)(?!\p{L})/iu,
};
const count = (re, text) => (String(text).match(re) ?? []).length;

/**
 * Problems with one translation: figures changed, dropped, added or moved; a currency swapped;
 * a qualifier or a negation lost or added. `[]` when it keeps them all.
 */
export function pairProblems(english, translated, where = '') {
  const problems = [];
  const en = tokens(english, 'en');
  const sr = tokens(translated, 'sr');
  const at = where ? `${where}: ` : '';
  if (en.figures.join(' ') !== sr.figures.join(' ')) {
    problems.push(`${at}figures differ: English ${en.figures.join(', ') || '(none)'}; translation ${sr.figures.join(', ') || '(none)'}`);
  }
  // "$2,000 to $4,000" is "od 2.000 do 4.000 dolara": a currency named once for a run of figures.
  const runs = (list) => list.filter((c, i) => c !== list[i - 1]);
  en.money = runs(en.money);
  sr.money = runs(sr.money);
  if (en.money.join(' ') !== sr.money.join(' ')) {
    problems.push(`${at}currencies differ: English ${en.money.join(', ') || '(none)'}; translation ${sr.money.join(', ') || '(none)'}`);
  }
  for (const [name, q] of Object.entries(QUALIFIERS)) {
    const a = count(q.en, english);
    const b = count(q.sr, translated);
    if (a !== b) problems.push(`${at}"${name}" appears ${a} time(s) in English, ${b} in the translation`);
  }
  const negated = NEGATION.en.test(english.replace(EN_NOT_FIGURES, ' '));
  if (negated !== NEGATION.sr.test(translated)) {
    problems.push(`${at}${negated ? 'the English has a negation the translation lacks' : 'the translation has a negation the English lacks'}`);
  }
  return problems;
}

/**
 * The official Serbian names of the institutions the report names, each in every case form a
 * sentence needs. `en`: how the English names it; `forms`: the accepted Serbian forms; `mention`:
 * anything in Serbian that refers to it, each of which must be one of the forms.
 */
export const GLOSSARY = [
  {
    id: 'cptv',
    english: 'Center for Protection of Trafficking Victims (CPTV)',
    serbian: 'Centar za zaštitu žrtava trgovine ljudima',
    en: /\bCPTV\b|Center for Protection of Trafficking Victims/u,
    forms: /Cent(?:ar|ra|ru|rom) za zaštitu žrtava trgovine ljudima/gu,
    mention: /Cent\p{L}* za zaštitu\b|\bCPTV\b/gu,
  },
  {
    id: 'ppo',
    english: "Public Prosecutor's Office (PPO)",
    serbian: 'Javno tužilaštvo',
    en: /\bPPO\b|Public Prosecutor's Office/u,
    forms: /Javn(?:o|og|om) tužilaštv(?:o|a|u|om)/gu,
    mention: /(?<!\p{L})[Jj]avn\p{L}* tužilaštv\p{L}*|\bPPO\b/gu,
  },
  {
    id: 'csw',
    english: 'Center for Social Work (CSW)',
    serbian: 'centar za socijalni rad',
    en: /\bCSW\b|Center for Social Work/u,
    forms: /cent(?:ar|ra|ru|rom|ri|ara|rima) za socijalni rad/gu,
    mention: /(?<!\p{L})[Cc]ent\p{L}* za socijaln\p{L}* \p{L}+|\bCSW\b/gu,
  },
  {
    id: 'atc',
    english: 'Anti-Trafficking Council (ATC)',
    serbian: 'Savet za borbu protiv trgovine ljudima',
    en: /\bATC\b|Anti-Trafficking Council|\bcouncil\b/iu,
    forms: /Savet(?:a|u|om)? za borbu protiv trgovine ljudima/gu,
    mention: /(?<!\p{L})Savet\p{L}*(?!\p{L})|\bATC\b/gu,
  },
  {
    id: 'labor-inspectorate',
    english: 'Labor Inspectorate',
    serbian: 'Inspektorat za rad',
    en: /Labor Inspectorate/u,
    forms: /Inspektorat(?:a|u|om)? za rad/gu,
    mention: /(?<!\p{L})Inspektorat\p{L}*(?: \p{L}+){0,2}|(?<!\p{L})[Ii]nspekcij\p{L}* rada/gu,
  },
  {
    id: 'armed-forces',
    english: 'Serbian Armed Forces',
    serbian: 'Vojska Srbije',
    en: /Serbian Armed Forces|\bArmy\b/u,
    forms: /Vojsk(?:a|e|u|om) Srbije|Vojsci Srbije/gu,
    mention: /(?<!\p{L})[Vv]ojs(?:k|c)\p{L}*(?: \p{L}+)?|(?<!\p{L})[Oo]ružan\p{L}* snag\p{L}*/gu,
  },
  {
    id: 'ministry-information',
    english: 'Ministry of Information and Technology',
    serbian: 'Ministarstvo informisanja i telekomunikacija',
    en: /Ministry of Information/u,
    forms: /Ministarstv(?:o|a|u|om) informisanja i telekomunikacija/gu,
    mention: /(?<!\p{L})Ministarstv\p{L}* informisanja(?: \p{L}+){0,2}/gu,
  },
];

/** Serbian mentions of a glossary institution that are not its official name in one of its forms. */
export function glossaryProblems(translated, english, where = '') {
  const problems = [];
  const at = where ? `${where}: ` : '';
  for (const entry of GLOSSARY) {
    const starts = new Set([...translated.matchAll(entry.forms)].map((m) => m.index));
    for (const m of translated.matchAll(entry.mention)) {
      if (!starts.has(m.index)) problems.push(`${at}“${m[0]}” is not the official name “${entry.serbian}”`);
    }
    if (english !== undefined && entry.en.test(english) && starts.size === 0) {
      problems.push(`${at}the English names the ${entry.english}; the translation does not name “${entry.serbian}”`);
    }
  }
  return problems;
}

/**
 * Every English text of `dataset` with its translation into `tag`, as [where, english, translated,
 * kind]: `report` for the report's words (shown as an unofficial translation), `ours` for text the
 * project wrote (metric labels and notes, discrepancy descriptions, hotline fields).
 */
export function translatedPairs(dataset, tag) {
  const pairs = [];
  const add = (where, english, translated, kind) => {
    if (typeof english === 'string' && typeof translated === 'string') pairs.push([where, english, translated, kind]);
  };
  const own = (obj) => (obj && typeof obj === 'object' && obj.translations && Object.hasOwn(obj.translations, tag) ? obj.translations[tag] : undefined);
  const top = own(dataset);
  add('summary', dataset.summary, top?.summary, 'report');
  add('movementQuote', dataset.movementQuote, top?.movementQuote, 'report');
  for (const [id, s] of Object.entries(dataset.sections ?? {})) add(`sections.${id}`, s?.quote, top?.sections?.[id], 'report');
  (dataset.recommendations ?? []).forEach((r, n) => add(`recommendations[${n}]`, r?.text, own(r)?.text, 'report'));
  for (const [id, m] of Object.entries(dataset.metrics ?? {})) {
    add(`metrics.${id}.label`, m?.label, m?.labels?.[tag], 'ours');
    add(`metrics.${id}.quote`, m?.quote, own(m)?.quote, 'report');
    (m?.notes ?? []).forEach((note, n) => add(`metrics.${id}.notes[${n}]`, note, own(m)?.notes?.[n], 'ours'));
  }
  for (const d of dataset.discrepancies ?? []) add(`discrepancies.${d?.id}.description`, d?.description, own(d)?.description, 'ours');
  for (const h of dataset.hotlines ?? []) {
    add(`hotlines.${h?.id}.organisation`, h?.organisation, own(h)?.organisation, 'ours');
    add(`hotlines.${h?.id}.description`, h?.description, own(h)?.description, 'ours');
    add(`hotlines.${h?.id}.quote`, h?.quote, own(h)?.quote, 'report');
  }
  return pairs;
}

/** English texts that have a translation slot in `tag` but none filled in, and translated note lists of the wrong length. */
export function missingTranslations(dataset, tag) {
  const missing = [];
  const own = (obj) => obj?.translations?.[tag];
  if (!own(dataset)?.status) missing.push('translations.status');
  for (const key of ['summary', 'movementQuote']) if (typeof own(dataset)?.[key] !== 'string') missing.push(key);
  for (const id of Object.keys(dataset.sections ?? {})) if (typeof own(dataset)?.sections?.[id] !== 'string') missing.push(`sections.${id}`);
  (dataset.recommendations ?? []).forEach((r, n) => typeof own(r)?.text !== 'string' && missing.push(`recommendations[${n}]`));
  for (const [id, m] of Object.entries(dataset.metrics ?? {})) {
    if (typeof own(m)?.quote !== 'string') missing.push(`metrics.${id}.quote`);
    if ((m.notes ?? []).length !== (own(m)?.notes ?? []).length) missing.push(`metrics.${id}.notes (${(m.notes ?? []).length} in English, ${(own(m)?.notes ?? []).length} translated)`);
  }
  for (const d of dataset.discrepancies ?? []) if (typeof own(d)?.description !== 'string') missing.push(`discrepancies.${d.id}.description`);
  for (const h of dataset.hotlines ?? []) {
    for (const key of ['organisation', 'description', 'quote']) if (typeof h[key] === 'string' && typeof own(h)?.[key] !== 'string') missing.push(`hotlines.${h.id}.${key}`);
  }
  return missing;
}

/**
 * Notes cite other figures by their label in quotation marks ("see “Victims identified”"); in a
 * translation the cited label must be that figure's translated label, or the reader cannot find it.
 */
export function citationProblems(dataset, tag) {
  const labels = new Set(Object.values(dataset.metrics ?? {}).map((m) => m?.labels?.[tag]));
  const problems = [];
  for (const [id, m] of Object.entries(dataset.metrics ?? {})) {
    (m?.translations?.[tag]?.notes ?? []).forEach((note, n) => {
      for (const cite of String(note).matchAll(/videti „([^”]+)”/gu)) {
        if (!labels.has(cite[1])) problems.push(`metrics.${id}.notes[${n}] cites „${cite[1]}”, which is no figure's ${tag} label`);
      }
    });
  }
  return problems;
}

/** What follows each quote of the report inside a translated note of ours, in the translation's language. */
export const UNOFFICIAL_MARK = { 'sr-Latn': 'nezvaničan prevod' };

/** The quoted passages of a text ("…", “…” in English; „…” in Serbian), without their marks. */
const quoted = (text, lang) => [...String(text).matchAll(lang === 'en' ? /"([^"]+)"|“([^”]+)”/gu : /„([^”]+)”( \([^)]*\))?/gu)];
/** Whether `passage` is the report's words: each of its parts around an ellipsis is in the report text. */
const inReport = (passage, report) => {
  const flat = (s) => s.replace(/[“”"]/gu, '').replace(/\s+/gu, ' ').toLowerCase();
  const text = flat(report);
  return passage.split('…').map((p) => flat(p).trim().replace(/[.,;:]$/u, '')).filter(Boolean).every((p) => text.includes(p));
};

/**
 * Notes and discrepancy descriptions of ours are shown without the "unofficial translation" line,
 * so a quote of the report inside one, translated, is marked in the text: „…” (nezvaničan prevod).
 * A translated note may hold no more unmarked quotes than its English holds quotes that are not the
 * report's (our own readings); cited figure labels (videti „…”) are not quotes of the report.
 * `report`: the report's text, which tells a quote of it from ours.
 */
export function quoteMarkProblems(dataset, tag, report) {
  const mark = UNOFFICIAL_MARK[tag];
  if (!mark || typeof report !== 'string') return [];
  const labels = new Set(Object.values(dataset.metrics ?? {}).map((m) => m?.labels?.[tag]));
  const problems = [];
  for (const [where, english, translated] of translatedPairs(dataset, tag)) {
    if (!/\.notes\[|^discrepancies\./u.test(where)) continue;
    const en = quoted(english, 'en').map((m) => m[1] ?? m[2]);
    const ours = en.filter((q) => !inReport(q, report)).length;
    const sr = quoted(translated, 'sr');
    const marked = sr.filter((m) => m[2] === ` (${mark})`).length;
    const unmarked = sr.filter((m) => m[2] !== ` (${mark})` && !labels.has(m[1])).length;
    if (unmarked > ours) problems.push(`${where}: ${unmarked - ours} translated quote(s) of the report not followed by “(${mark})”`);
    if (marked > en.length - ours) problems.push(`${where}: ${marked} quote(s) marked “(${mark})”, but the English quotes the report ${en.length - ours} time(s)`);
  }
  return problems;
}

/**
 * The widgets show a translated report text inside „…”; a quotation inside it nests as ‚…‘
 * (Serbian typography), never as a second „…”.
 */
export function nestingProblems(dataset, tag) {
  return translatedPairs(dataset, tag)
    .filter(([, , translated, kind]) => kind === 'report' && /[„”“"]/u.test(translated))
    .map(([where]) => `${where}: a quotation inside a translated report text must use ‚…‘, not „…”`);
}

/**
 * Terms the report uses for one thing, each rendered one way: `en` in the English requires
 * `serbian` in the translation, and `wrong` (another term's rendering) may appear only where the
 * English has `unless`.
 */
export const TERMS = [
  {
    id: 'recruitment-agencies',
    english: 'labor recruitment companies, recruitment agencies, recruitment activities',
    serbian: 'posredovanje u zapošljavanju (agencije za posredovanje u zapošljavanju)',
    en: /recruitment (?:companies|agenc\p{L}*|activities)/iu,
    sr: /posredovanj\p{L}* u zapošljavanju/iu,
    wrong: /agencij\p{L}* za zapošljavanje|poslov\p{L}* zapošljavanja/iu,
    unless: /employment agenc/iu,
  },
];

/** Translations that render a TERMS term another way. */
export function termProblems(english, translated, where = '') {
  const at = where ? `${where}: ` : '';
  const problems = [];
  for (const term of TERMS) {
    if (term.en.test(english) && !term.sr.test(translated)) problems.push(`${at}the English says ${term.english}; the translation lacks “${term.serbian}”`);
    const wrong = translated.match(term.wrong);
    if (wrong && !term.unless.test(english)) problems.push(`${at}“${wrong[0]}” where the English has no “employment agency”: use “${term.serbian}”`);
  }
  return problems;
}

/**
 * Every problem with `dataset`'s translations into `tag` (a Serbian Latin tag: the rules are Serbian).
 * With `report` (the report's text), also report quotes in our notes left unmarked.
 */
export function translationProblems(dataset, tag = 'sr-Latn', report = undefined) {
  const pairs = translatedPairs(dataset, tag);
  return [
    ...pairs.flatMap(([where, english, translated]) => [
      ...pairProblems(english, translated, where),
      ...glossaryProblems(translated, english, where),
      ...termProblems(english, translated, where),
    ]),
    ...citationProblems(dataset, tag),
    ...nestingProblems(dataset, tag),
    ...quoteMarkProblems(dataset, tag, report),
  ];
}
