// Puts a language's translations back beside the English of an assembled bundled dataset. Part of
// the chunk of each locale pack that shows them (src/locales/<language>/), loaded only for widgets
// that speak it, so English pages never download this code, the table of translation chunks, or
// the translations themselves.
import type { Dataset, DatasetTranslation, Discrepancy, Hotline, Metric, MetricTranslation, Recommendation } from './types.js';
import { languages, type Table } from './bundled/translations.generated.js';
import { sameIds } from './load.js';

type Loader = () => Promise<{ default: unknown }>;
type RecommendationText = NonNullable<Recommendation['translations']>[string];
type HotlineTexts = NonNullable<Hotline['translations']>[string];
type DiscrepancyText = NonNullable<Discrepancy['translations']>[string];
/** A translated metric chunk: the metric's texts and those of the discrepancies it cites (null: none). */
type MetricPart = { metric: MetricTranslation | null; discrepancies: Record<string, DiscrepancyText | null> };
/** The translated hotlines part: the hotlines' texts, and the metrics they cite by id, each as its own part holds it. */
type HotlinesPart = { hotlines: Record<string, HotlineTexts | null>; metrics: Record<string, MetricPart> };
const parts = new Map<string, Promise<unknown>>();

/** One translation chunk, loaded once per page (as ./load.ts does for the English ones). */
function part<T>(key: string, load: Loader | undefined): Promise<T | null> {
  if (!load) return Promise.resolve(null);
  let pending = parts.get(key);
  if (!pending) {
    pending = load().then((m) => m.default);
    parts.set(key, pending);
  }
  return pending as Promise<T | null>;
}

/** `item` with `translation` under `tag`, as a new object: the cached English chunk is shared by every widget. */
function withOne<T extends { translations?: Record<string, unknown> }>(item: T, tag: string, translation: unknown): T {
  return translation ? { ...item, translations: { ...item.translations, [tag]: translation } } : item;
}

/**
 * `dataset` (assembled from English chunks) with its `tag` translations for the parts it holds.
 * A language the bundled data has no translations for, or translations that cannot load, leave it
 * as it is: English, each text marked so.
 */
export function withTranslations(dataset: Dataset, tag: string): Promise<Dataset> {
  return merged(dataset, tag).then(
    (copy) => sameIds(copy, dataset),
    () => dataset,
  );
}

async function merged(dataset: Dataset, tag: string): Promise<Dataset> {
  const table = Object.hasOwn(languages, tag) ? await part<Table>(tag, () => languages[tag]!().then((t) => ({ default: t }))) : null;
  if (!table) return dataset;
  const ids = Object.keys(dataset.metrics);
  // The metrics the hotlines cite have their texts in the hotlines part, as their English did.
  const cited = new Set(dataset.hotlines.flatMap((h) => h.metrics ?? []));
  const own = ids.filter((id) => !cited.has(id));
  const [recommendations, lines, ...metrics] = await Promise.all([
    dataset.recommendations.length ? part<(RecommendationText | null)[]>(`${tag}:recommendations`, table.recommendations) : null,
    dataset.hotlines.length ? part<HotlinesPart>(`${tag}:hotlines`, table.hotlines) : null,
    ...own.map((id) => part<MetricPart>(`${tag}:metric:${id}`, Object.hasOwn(table.metrics, id) ? table.metrics[id] : undefined)),
  ]);
  const found: [string, MetricPart | null][] = [...own.map((id, i): [string, MetricPart | null] => [id, metrics[i] as MetricPart | null]), ...Object.entries(lines?.metrics ?? {})];
  const texts = new Map<string, MetricTranslation | null | undefined>();
  const described = new Map<string, DiscrepancyText | null>();
  for (const [id, chunk] of found) {
    texts.set(id, chunk?.metric);
    for (const [d, t] of Object.entries(chunk?.discrepancies ?? {})) described.set(d, t);
  }
  const hotlines = lines?.hotlines;
  return {
    ...dataset,
    translations: { ...dataset.translations, [tag]: table.core as DatasetTranslation },
    recommendations: dataset.recommendations.map((r, i) => withOne(r, tag, recommendations?.[i])),
    hotlines: dataset.hotlines.map((h) => withOne(h, tag, hotlines && Object.hasOwn(hotlines, h.id) ? hotlines[h.id] : null)),
    metrics: Object.fromEntries(ids.map((id): [string, Metric] => [id, withOne(dataset.metrics[id]!, tag, texts.get(id))])),
    discrepancies: dataset.discrepancies.map((d) => withOne(d, tag, described.get(d.id))),
  };
}
