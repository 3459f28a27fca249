// The one rule for which phone numbers become links: the callout's and its figure's (src/figure/).

/**
 * A `tel:` address for a phone number, or undefined when the text is not a plain number.
 * Only digits, spaces and one leading `+` pass: nothing else can reach an href.
 */
export function telHref(number: string | undefined): string | undefined {
  if (typeof number !== 'string') return undefined;
  const trimmed = number.trim();
  const digits = trimmed.replace(/ /g, '');
  return /^\+?[\d ]{3,30}$/.test(trimmed) && /\d{3}/.test(digits) ? `tel:${digits}` : undefined;
}
