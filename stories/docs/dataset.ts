// The bundled report dataset, typed, for docs pages that list its ids and quote its figures.
import data from '../../data/serbia-2025.json';
import type { Dataset } from '../../src/data/types.js';

/** The same file the widgets load by default (`data/serbia-2025.json`). */
export const dataset = data as unknown as Dataset;
