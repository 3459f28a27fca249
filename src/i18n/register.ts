// Adding a language at run time, in a module of its own so that only the pages that call it (the
// npm package's main entry, the CDN bundle's library()) carry it.
import { matched, registered, type LocaleInfo } from './locale.js';

/**
 * Adds a language every widget can speak from then on (`locale="…"` or a `lang` around it): the
 * widgets rendered after the call, and the others when their locale is next resolved. A tag
 * registered again is replaced. `load` returns its pack (docs/architecture.md, "Adding a language").
 */
export function registerLocale(info: LocaleInfo): void {
  const at = registered.findIndex((known) => known.tag === info.tag);
  if (at < 0) registered.push(info);
  else registered[at] = info;
  matched.clear();
}
