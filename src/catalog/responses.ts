import { z } from 'zod';
import { ITEM_KINDS } from './item-code.js';
import { APPLICANT_TYPES } from './types.js';

/** Response shapes of the catalog's public lists: the server serialises through them (nothing undeclared leaves). */
const VersionStatus = z.enum(['draft', 'published', 'retired']);

export const ItemSummaryResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(ITEM_KINDS),
    kindName: z.string(),
    department: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    versionId: z.string(),
    version: z.number().int(),
    status: VersionStatus,
    handling: z.enum(['immediate', 'promised']),
    legalDays: z.number(),
    promisedDays: z.number(),
    visitsNeeded: z.number(),
    onlineCapable: z.boolean(),
    authorisedToWindow: z.boolean(),
    decidedOnPlatform: z.boolean(),
    commitmentAllowed: z.boolean(),
    autoApproval: z.boolean(),
    producesLicenceType: z.string().nullable(),
    keywords: z.array(z.string()),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'ItemSummary' });

export const ItemListResponse = z.object({ items: z.array(ItemSummaryResponse), total: z.number().int() });

export const BundleSummaryResponse = z
  .object({
    code: z.string(),
    name: z.string(),
    audience: z.enum(APPLICANT_TYPES),
    description: z.string(),
    versionId: z.string(),
    version: z.number().int(),
    status: VersionStatus,
    promisedDays: z.number(),
    promisedHours: z.number().nullable(),
    itemCount: z.number().int(),
    keywords: z.array(z.string()),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'BundleSummary' });

export const BundleListResponse = z.object({ items: z.array(BundleSummaryResponse) });
