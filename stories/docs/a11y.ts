// The axe rules stories skip, from the file the test runner reads too, in the a11y addon's shape.
import rules from './a11y-rules.json';

export const A11Y_RULES = rules.disabled.map((id) => ({ id, enabled: false }));
