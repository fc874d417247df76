/** Guidance (src/guidance/routes.ts), as the server declares it. */
import type { AnswerOf, Schemas } from './typed';

export type Questionnaire = AnswerOf<'/api/v1/guidance/bundles/{code}/questionnaire', 'get'>;
export type GuidanceCheck = AnswerOf<'/api/v1/guidance/bundles/{code}/check', 'post'>;
export type Notice = Schemas['Notice'];
export type NoticeItem = Notice['items'][number];
export type NoticeMaterial = Notice['materials'][number];
export type MaterialNeed = NoticeMaterial['neededBy'][number];
export type AnswerValue = Notice['answers'][number]['answer'];
export type Answers = Record<string, AnswerValue>;
