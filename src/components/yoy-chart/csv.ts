// The plotted numbers as a CSV file the reader downloads: RFC 4180 quoting, no formula injection.

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Numbers are written as they are (machine-readable, never localized); text that
 * a spreadsheet would run as a formula gets a leading `'`, and quotes, commas and line breaks
 * are quoted.
 */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text with CRLF line ends, led by a byte-order mark so spreadsheets read UTF-8 (č, ć, ж). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name from free text: lower-case ASCII letters and digits joined by hyphens. */
export function fileSlug(...parts: (string | number)[]): string {
  const slug = parts
    .map((part) =>
      String(part)
        .normalize('NFKD')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('-');
  return slug || 'data';
}

/**
 * Offers `text` as a download named `name`, through a Blob URL and a temporary `<a download>`
 * inside `parent` (so nothing is added to the host page). The URL is revoked once the browser
 * has had time to start the download.
 */
export function downloadText(parent: Node, name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  parent.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
