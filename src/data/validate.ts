// Checks an untrusted dataset against data/schema.json and says, in one line, what is wrong first.
import validateSchema, { type SchemaError } from './validate-schema.generated.js';
import type { Dataset } from './types.js';
import { clip } from './clip.js';

export type Validation = { ok: true; data: Dataset } | { ok: false; error: string };


function describe(error: SchemaError & { propertyName?: string }): string {
  const path = clip(error.instancePath || '/', 100);
  const p = error.params;
  // A key refused by propertyNames (`__proto__`, `constructor`, `Bad Key`): name the key, not the rule.
  if (typeof error.propertyName === 'string') {
    return `${path}: the key “${clip(error.propertyName)}” is not allowed (keys are kebab-case ids)`;
  }
  switch (error.keyword) {
    case 'additionalProperties':
      return `${path}: unexpected property “${clip(String(p.additionalProperty))}”`;
    case 'propertyNames':
      return `${path}: the key “${clip(String(p.propertyName))}” is not allowed (keys are kebab-case ids)`;
    case 'required':
      return `${path}: missing “${clip(String(p.missingProperty))}”`;
    default:
      return `${path}: ${error.message ?? error.keyword}`;
  }
}

/** Validates `input` as a {@link Dataset}; on failure the message names the first bad path. */
export function validateDataset(input: unknown): Validation {
  let valid: boolean;
  try {
    valid = validateSchema(input);
  } catch {
    // A getter that throws, a proxy, a cycle: none of these can be a dataset.
    return { ok: false, error: '/: not a plain JSON dataset' };
  }
  if (valid) return { ok: true, data: input as Dataset };
  const first = validateSchema.errors?.[0];
  return { ok: false, error: first ? describe(first) : '/: invalid' };
}
