/** Shapes of the API answers the UI reads (see /api/openapi.json). */
export type Role = 'applicant' | 'agent' | 'clerk' | 'reviewer' | 'head' | 'supervisor' | 'inspector' | 'admin';

export interface Me {
  id: string;
  username: string;
  name: string;
  roles: Role[];
  roleNames: string[];
  kind: 'staff' | 'citizen' | 'business';
  departmentId: string | null;
  regionCode: string | null;
  idNumberMasked: string | null;
  uscc: string | null;
  orgName: string | null;
  realNameLevel?: 'phone' | 'provider' | 'counter' | null;
  realNameLevelName?: string | null;
}

export interface Department {
  id: string;
  code: string;
  name: string;
  shortName: string;
  uscc: string | null;
  regionCode: string;
}

export interface Message {
  id: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface List<T> {
  items: T[];
}
