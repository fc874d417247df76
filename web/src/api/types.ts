/** Names the shell uses for answers of the auth, department and message routes, as the server declares them. */
import type { AnswerOf, Schemas } from './typed';

export type Me = Schemas['User'];
/** The role codes the route table gates on (the server declares `roles` as plain strings; these are its catalogue). */
export type Role = 'applicant' | 'agent' | 'clerk' | 'reviewer' | 'head' | 'supervisor' | 'inspector' | 'admin';
export type Department = AnswerOf<'/api/v1/departments', 'get'>['items'][number];

/** The in-app messages as read until the route declares its answer. */
interface MessagesExpected {
  items: Array<{ id: string; title: string; body: string; link: string | null; createdAt: string; read: boolean }>;
}
export type Messages = AnswerOf<'/api/v1/messages', 'get', MessagesExpected>;
