/** Catalog answers (src/catalog/routes.ts). */
export type ItemKind = 'licence' | 'confirmation' | 'filing' | 'benefit' | 'adjudication' | 'award' | 'other' | 'publicService';

export interface ItemSummary {
  code: string;
  name: string;
  kind: ItemKind;
  kindName: string;
  department: { id: string; code: string; name: string };
  versionId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  handling: 'immediate' | 'promised';
  legalDays: number;
  promisedDays: number;
  visitsNeeded: number;
  onlineCapable: boolean;
  authorisedToWindow: boolean;
  decidedOnPlatform: boolean;
  commitmentAllowed: boolean;
  autoApproval: boolean;
  producesLicenceType: string | null;
  keywords: string[];
  publishedAt: string | null;
}

export interface MaterialSpec {
  code: string;
  name: string;
  required: boolean;
  form: 'original' | 'copy' | 'originalAndCopy' | 'electronic';
  count: number;
  legalBasis: string;
  satisfiedByElements: string[];
  satisfiedByLicence: string | null;
  condition: unknown;
  note: string;
}

export interface ItemDetail extends Omit<ItemSummary, 'autoApproval'> {
  implementationCode: string;
  level: string;
  applicantType: 'citizen' | 'enterprise' | 'both';
  legalBasis: string;
  fees: Array<{ name: string; amount: number; unit: string; basis: string }>;
  place: string;
  officeHours: string;
  phone: string;
  conditions: string[];
  steps: Array<{ name: string; description: string }>;
  commitmentText: string | null;
  autoApproval: { description: string } | null;
  materials: MaterialSpec[];
  formFields: Array<{ key: string; label: string }>;
  regionCode: string;
  immediate: boolean;
}

export interface BundleSummary {
  code: string;
  name: string;
  audience: 'citizen' | 'enterprise' | 'both';
  description: string;
  versionId: string;
  version: number;
  status: 'draft' | 'published' | 'retired';
  promisedDays: number;
  promisedHours: number | null;
  itemCount: number;
  keywords: string[];
  publishedAt: string | null;
}

export interface BundleDetail extends Omit<BundleSummary, 'itemCount'> {
  place: string;
  members: Array<{ itemCode: string; condition: unknown; dependsOn: Array<{ itemCode: string; reason: string }>; stage: string | null; note: string }>;
  questions: Array<{ key: string; text: string }>;
  items: ItemSummary[];
}
