// The English UI text of <tip-yoy-chart>; other languages' are in their packs (src/locales/), loaded only for their readers.
// Each element carries only its own messages, so a page with one widget never downloads the others'.
export const messages = {
  'chart.summaryUp': '{label} rose from {previous} in {previousYear} to {value} in {year}',
  'chart.summaryDown': '{label} fell from {previous} in {previousYear} to {value} in {year}',
  'chart.summarySame': '{label} stayed at {value} in {previousYear} and {year}',
  'chart.showTable': 'Show table',
  'chart.hideTable': 'Hide table',
  'chart.download': 'Download CSV',
  'chart.metric': 'Figure',
  'chart.placeholder': 'Chart loads when scrolled into view.',
  'chart.flag': 'The report’s figures do not all agree; see “Source and notes”.',
  'chart.caveat': 'These figures come with notes; see “Source and notes”.',
  'chart.failed': 'The chart could not be drawn; the table below has the same numbers.',
  'chart.mixedUnits': 'these figures have different units ({units}) and are not drawn on one axis.',
  'chart.preset.law-enforcement': 'Law enforcement, {previousYear} and {year}',
  'chart.preset.victim-protection': 'Victim protection, {previousYear} and {year}',
  'chart.preset.funding': 'Funding, {previousYear} and {year}',
  'chart.custom': 'Selected figures, {previousYear} and {year}',
  'chart.unit': 'Unit',
  'chart.unit.count': 'number',
  'chart.noPrevious': 'the figure “{value}” has no {previousYear} value to compare with {year}.',
  'chart.empty': 'this dataset has no figure with both a {previousYear} and a {year} value for this chart.',
} as const;
