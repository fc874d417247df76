/** Applications, cases and the window (src/applications/routes), as the server declares them. */
import type { AnswerOf, Schemas } from './typed';

export type ApplicationView = Schemas['Application'];
export type CaseView = Schemas['Case'];
export type ApplicationStatus = ApplicationView['status'];
export type CaseStatus = CaseView['status'];
export type Citation = NonNullable<ApplicationView['correction']>['items'][number];
export type DeadlineBrief = NonNullable<CaseView['deadline']>;
export type ApplicationDocument = NonNullable<ApplicationView['documents']>[number];
export type SpecialProcedure = CaseView['specialProcedures'][number];
export type Attachment = ApplicationView['attachments'][number];
export type Pickup = ApplicationView['pickup'];
export type ApplicationRow = AnswerOf<'/api/v1/applications', 'get'>['items'][number];
export type TimelineEntry = AnswerOf<'/api/v1/applications/{id}/timeline', 'get'>['items'][number];
