import type { MediaType } from './detect-type.js';

const MiB = 1024 * 1024;

/** Size limits per type: scans as PDF/OFD may be long; a photo of a page needs less. */
export const SIZE_LIMITS: Record<MediaType, number> = {
  'application/pdf': 20 * MiB,
  'application/ofd': 20 * MiB,
  'image/jpeg': 10 * MiB,
  'image/png': 10 * MiB,
};

/** The largest upload of any type (the transport limit). */
export const MAX_FILE_BYTES = 20 * MiB;
