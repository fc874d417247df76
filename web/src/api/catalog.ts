/** Catalog answers (src/catalog/routes.ts). */
import type { Schemas } from './typed';
export type ItemKind = ItemSummary['kind'];

export type ItemSummary = Schemas['ItemSummary'];

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
  /** The guide's English version (published guide only); null: none, the guide shows in Chinese. */
  english?: { name: string; summary: string; conditions: string[] } | null;
}

export type BundleSummary = Schemas['BundleSummary'];
