// Shortens page- or data-controlled text before it goes into a message or a console line.

/** Collapses whitespace and cuts `text` to `max` characters with an ellipsis. */
export function clip(text: string, max = 60): string {
  const flat = String(text).replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
