/**
 * What applications need from the catalog, in one place: published items and bundles to file against,
 * and the immutable item version an application was filed against (for checks such as "nothing outside the guide").
 */
import type { Queryable } from '../db/index.js';

export interface FiledMaterial {
  code: string;
  name: string;
  required: boolean;
  legalBasis: string;
  satisfiedByLicence: string | null;
}

export interface FiledItem {
  versionId: string;
  code: string;
  name: string;
  departmentId: string;
  departmentCode: string;
  departmentName: string;
  regionCode: string;
  legalBasis: string;
  promisedDays: number;
  immediate: boolean;
  commitmentAllowed: boolean;
  commitmentText: string | null;
  autoApproval: { rule: unknown; description: string } | null;
  producesLicenceType: string | null;
  authorisedToWindow: boolean;
  decidedOnPlatform: boolean;
  conditions: string[];
  materials: FiledMaterial[];
}

export interface FiledBundle {
  versionId: string;
  code: string;
  name: string;
  members: Array<{ itemCode: string; dependsOn: Array<{ itemCode: string; reason: string }> }>;
}

// Until the catalog module lands, nothing is published: submissions answer ITEM_NOT_FOUND.
export async function publishedItems(_q: Queryable, _codes: readonly string[]): Promise<FiledItem[]> {
  return [];
}

export async function publishedBundle(_q: Queryable, _code: string): Promise<FiledBundle | undefined> {
  return undefined;
}

export async function itemVersion(_q: Queryable, _versionId: string): Promise<FiledItem | undefined> {
  return undefined;
}

/** Does the auto-approval rule hold for this form and these licence types? */
export function ruleHolds(_rule: unknown, _ctx: { fields: Record<string, unknown>; licences: string[] }): boolean {
  return false;
}
