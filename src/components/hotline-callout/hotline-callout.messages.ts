// The English UI text of <tip-hotline-callout>; other languages' are in their packs (src/locales/), loaded only for their readers.
// Each element carries only its own messages, so a page with one widget never downloads the others'.
export const messages = {
  'hotline.heading': 'Help for people affected by trafficking',
  'hotline.intro': 'If you or someone you know is being forced to work, beg, commit crimes or sell sex, you can ask for help.',
  'hotline.local': 'Listed by this site',
  'hotline.listed': 'Listed by {org} at',
  'hotline.domestic': 'within Serbia: {number}',
  'hotline.hours': 'Hours: {hours}',
  'hotline.hoursLabel': 'Hours:',
  'hotline.call': 'Call {org}: {number}',
  'hotline.cptvHeading': 'What the report says about the state hotline',
  'hotline.noNumber': 'The report gives no number for this line, so none is shown.',
  'hotline.none': 'No sourced number is available in this dataset.',
  'hotline.check': 'Numbers come from the listed pages and may have changed; check them there.',
} as const;
