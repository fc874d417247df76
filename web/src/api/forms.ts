/** The merged form (一表申请): /api/v1/guidance/forms/merged and /api/v1/guidance/forms/check, as the server declares them. */
import type { AnswerOf, Schemas } from './typed';

export type MergedForm = Schemas['MergedForm'];
export type MergedField = MergedForm['common'][number];
export type FieldType = MergedField['type'];
export type FormCheck = AnswerOf<'/api/v1/guidance/forms/check', 'post'>;
