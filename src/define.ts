// Registers a custom element without ever throwing: two copies of the bundle on one CMS page is normal.

/**
 * Defines `tag` as `ctor` unless the tag is already taken. The first definition wins; a later
 * copy (a second CDN bundle, the npm build beside the CDN build) is ignored quietly, because
 * re-defining would throw and take the rest of the page's scripts with it.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry || registry.get(tag)) return;
  try {
    registry.define(tag, ctor);
  } catch {
    // A race between two copies, or a constructor already registered under another tag.
  }
}
