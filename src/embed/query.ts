// Reads the iframe page's query string into one widget and its attributes, accepting only what the element itself declares.

/** The query parameter that names the widget; every other parameter must be one of its attributes. */
export const WIDGET_PARAM = 'widget';

/**
 * Attributes the iframe page refuses although the element has them. `src`: the iframe page runs
 * on the origin that hosts it (a newsroom's, ours), so a dataset address from the query would let
 * anyone show invented figures in a frame that carries that origin and the report's name. A site
 * that wants its own dataset hosts its own copy of the page with the dataset bundled, or uses the
 * script embed, where `src` is written by the page's own editor.
 */
export const REFUSED_ATTRIBUTES: Readonly<Record<string, string>> = {
  src: 'not accepted in an iframe (a query string could make the page show figures that are not the report’s)',
};

/** What the page needs to know about one element: its tag and how each attribute is written. */
export interface WidgetInfo {
  tag: string;
  /** Attribute name -> `true` when it is a boolean (present or absent). */
  attributes: ReadonlyMap<string, boolean>;
}

export interface EmbedRequest {
  tag: string;
  /** In query order; booleans as ''. Set with setAttribute, never parsed as markup. */
  attributes: [string, string][];
}

export interface EmbedResult {
  request?: EmbedRequest;
  /** Readable sentences naming each refused parameter; empty when the request is usable. */
  problems: string[];
}

/** At most `max` characters of page-controlled text for a message (shown as text, never as markup). */
export function clipText(value: string, max = 60): string {
  // Control characters (a newline, an escape) would only garble the message line.
  const flat = [...value].map((c) => (c < ' ' || c === '\u007f' ? ' ' : c)).join('');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * The attributes a Lit element class declares, from its own `elementProperties` (the same table
 * lit uses to map attributes to properties): no list to keep in step with the elements by hand.
 * Internal state (`state: true`) and properties without an attribute (`data`) are left out.
 */
export function widgetInfo(tag: string, ctor: CustomElementConstructor): WidgetInfo | undefined {
  const props = (ctor as unknown as { elementProperties?: Map<PropertyKey, { attribute?: unknown; state?: boolean; type?: unknown }> })
    .elementProperties;
  if (!(props instanceof Map)) return undefined;
  const attributes = new Map<string, boolean>();
  for (const [key, options] of props) {
    if (options.state || options.attribute === false || typeof key !== 'string') continue;
    const name = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    attributes.set(name, options.type === Boolean);
  }
  return { tag, attributes };
}

/** `stat-card` for `tip-stat-card`: the short name the query uses. */
export function shortName(tag: string): string {
  return tag.replace(/^tip-/, '');
}

/**
 * Checks a query string against the known widgets. Accepted: `widget` (a known short name), then
 * each of that widget's attributes at most once, booleans without a value (or `true`). Values of
 * the other attributes go to the element unchanged: the element checks them as it checks any
 * page's attributes, and shows its own message naming a bad one.
 */
export function parseEmbedQuery(search: string, widgets: readonly WidgetInfo[]): EmbedResult {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const known = widgets.map((w) => shortName(w.tag));
  const names = params.getAll(WIDGET_PARAM);
  let widget: WidgetInfo | undefined;
  if (names.length === 0) problems.push(`no widget given: add ?widget= and one of ${known.join(', ')}`);
  else if (names.length > 1) problems.push(`widget is given ${names.length} times; give it once`);
  else {
    widget = widgets.find((w) => shortName(w.tag) === names[0]);
    if (!widget) problems.push(`unknown widget “${clipText(names[0]!)}”; known widgets: ${known.join(', ')}`);
  }
  const seen = new Set<string>();
  const repeated = new Set<string>();
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    if (name === WIDGET_PARAM) continue;
    const shown = clipText(name, 40);
    if (seen.has(name)) {
      if (!repeated.has(name)) problems.push(`“${shown}” is given more than once`);
      repeated.add(name);
      continue;
    }
    seen.add(name);
    if (Object.hasOwn(REFUSED_ATTRIBUTES, name)) {
      problems.push(`“${shown}” is ${REFUSED_ATTRIBUTES[name]}`);
      continue;
    }
    if (!widget) continue;
    const isBoolean = widget.attributes.get(name);
    if (isBoolean === undefined) {
      const valid = [...widget.attributes.keys()].filter((a) => !Object.hasOwn(REFUSED_ATTRIBUTES, a));
      problems.push(`unknown attribute “${shown}” for ${shortName(widget.tag)}; known: ${valid.join(', ')}`);
    } else if (isBoolean && value !== '' && value !== 'true') {
      problems.push(`“${shown}” is a switch: write it without a value to turn it on, or leave it out (got “${clipText(value)}”)`);
    } else {
      attributes.push([name, isBoolean ? '' : value]);
    }
  }
  if (problems.length || !widget) return { problems };
  return { request: { tag: widget.tag, attributes }, problems };
}
