// Shortens page- or data-controlled text before it goes into a message or a console line.

/** Collapses whitespace and cuts `text` to `max` characters with an ellipsis. */
export function clip(text: string, max = 60): string {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * A comma-separated list as written in an attribute (`"a, b,,c"` → `['a', 'b', 'c']`): each entry
 * trimmed, empty ones dropped. Splits on the comma and trims each part, so its time is linear in
 * the text: a split on a regex with optional spaces around the comma backtracks through every run
 * of spaces, in time quadratic in its length (80 kB of spaces: 5.6 s).
 */
export function idList(text: string): string[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Any value as text, for attributes and properties a script may set to anything (`el.locale = 42`,
 * `el.variant = Object.create(null)`): null for null and undefined, and a placeholder for a value
 * that throws when made text, so nothing here can throw into the page.
 */
export function asText(value: unknown): string | null {
  if (value == null) return null;
  try {
    return String(value);
  } catch {
    return '[unprintable value]';
  }
}
