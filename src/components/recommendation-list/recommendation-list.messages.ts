// The English UI text of <tip-recommendation-list>; other languages' are in their packs (src/locales/), loaded only for their readers.
// Each element carries only its own messages, so a page with one widget never downloads the others'.
export const messages = {
  'section.prosecution': 'Prosecution',
  'section.protection': 'Protection',
  'section.prevention': 'Prevention',
  'recs.heading': 'Prioritized recommendations',
  'recs.headingSection': 'Prioritized recommendations: {section}',
  'recs.note': 'Quoted from the report, in English as published; numbered in the report’s order of priority. The report does not group them: the section tags are ours.',
  'recs.noteTranslated': 'An unofficial translation of the report’s recommendations; numbered in the report’s order of priority. The report does not group them: the section tags are ours.',
  'recs.showOriginal': 'Show the English original',
  'recs.hideOriginal': 'Hide the English original',
  'recs.tag': 'Section (our grouping):',
  'recs.showAll': 'Show all {count} recommendations',
  'recs.showFewer': 'Show fewer recommendations',
  'recs.empty': 'The report makes no recommendation in this section.',
} as const;
