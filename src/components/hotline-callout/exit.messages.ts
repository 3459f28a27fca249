// The English text of the quick exit (<tip-hotline-callout quick-exit>), loaded with its module only
// by a callout that sets the attribute; the Serbian is in src/locales/sr/messages.ts.
export const messages = {
  'exit.button': 'Quick exit',
  'exit.hint': 'Leaves this page at once for {site}, which the Back button does not undo. Keyboard: press Shift three times.',
  'exit.note': 'It does not clear your browser history. To leave no trace, read this page in a private window (incognito mode), or delete it from the history afterwards.',
  'exit.twoMore': 'Shift: press two more times to leave.',
  'exit.oneMore': 'Shift: press once more to leave.',
} as const;
