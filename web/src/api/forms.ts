/** The merged form (一表申请) from guidance: /api/v1/guidance/forms/merged and /api/v1/guidance/forms/check. */
export type FieldType = 'text' | 'address' | 'textarea' | 'number' | 'date' | 'enum' | 'boolean' | 'uscc' | 'idNumber' | 'phone' | 'email';

export interface MergedField {
  key: string;
  name: string;
  label: string;
  type: FieldType;
  required: boolean;
  options?: Array<{ value: string; label: string }>;
  min?: number;
  max?: number;
  maxLength?: number;
  unit?: string;
  visibleIf?: unknown;
  usedBy: Array<{ versionId: string; itemCode: string; itemName: string }>;
}

export interface MergedForm {
  answers: Record<string, unknown>;
  items: Array<{ versionId: string; itemCode: string; itemName: string }>;
  common: MergedField[];
  groups: Array<{ versionId: string; itemCode: string; itemName: string; fields: MergedField[] }>;
  values: Record<string, unknown>;
  prefilled: Record<string, PrefillOrigin>;
  /** A record (profile, e-licence) that says something else than the applicant answered: the applicant chooses. */
  conflicts: Record<string, { given: { value: unknown; source: 'answer' | 'form'; question?: string }; recorded: { value: unknown; origin: PrefillOrigin } }>;
}

export interface PrefillOrigin {
  source: 'profile' | 'licence' | 'answer';
  profileKey?: string;
  licenceId?: string;
  licenceType?: string;
  licenceTypeName?: string;
  question?: string;
}

export interface FormCheck {
  valid: boolean;
  errors: Array<{ field: string; code: string; message: { zh: string; en: string } }>;
  warnings: Array<{ field: string; code: string; message: { zh: string; en: string } }>;
  values: Record<string, unknown>;
}
