/** Export formats of this platform (see docs/IMPORT.md). To be filled: issue 24. */
import type { ExportFormat } from '../model.js';

export const META_FORMATS: readonly ExportFormat[] = [];
