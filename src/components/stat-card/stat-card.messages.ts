// The English UI text of <tip-stat-card>; other languages' are in their packs (src/locales/), loaded only for their readers.
// Each element carries only its own messages, so a page with one widget never downloads the others'.
export const messages = {
  'stat.in': 'in {year}',
  'stat.approximately': 'about',
  'stat.atLeast': 'at least',
  'stat.up': 'Up {diff} from {previous} in {year}',
  'stat.down': 'Down {diff} from {previous} in {year}',
  'stat.same': 'Unchanged from {year} ({previous})',
  'stat.usd': '{usd}, the report’s conversion',
  'stat.breakdown': 'Breakdown',
  'stat.ofWhich': 'of which',
  'stat.flag': 'The report’s figures do not agree here; see “Source and notes”.',
  'stat.caveat': 'This figure comes with notes; see “Source and notes”.',
} as const;
