/**
 * Every export layout smscore knows, platform by platform. Each module keeps its formats as data (how the export
 * is recognised, which column holds which figure) beside a small reader; ../detect.ts matches a table against all
 * of them.
 */
import type { ExportFormat } from '../model.js';
import { GOOGLE_BUSINESS_FORMATS } from './google-business.js';
import { LEGACY_FORMATS } from './legacy.js';
import { LINKEDIN_FORMATS } from './linkedin.js';
import { META_FORMATS } from './meta.js';
import { TIKTOK_FORMATS } from './tiktok.js';
import { X_FORMATS } from './x.js';
import { YOUTUBE_FORMATS } from './youtube.js';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  ...META_FORMATS,
  ...LEGACY_FORMATS,
  ...LINKEDIN_FORMATS,
  ...YOUTUBE_FORMATS,
  ...TIKTOK_FORMATS,
  ...X_FORMATS,
  ...GOOGLE_BUSINESS_FORMATS,
];

export function formatById(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}
