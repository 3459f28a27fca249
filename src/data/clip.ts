// Shortens page- or data-controlled text before it goes into a message or a console line.

/** Collapses whitespace and cuts `text` to `max` characters with an ellipsis. */
export function clip(text: string, max = 60): string {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
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
