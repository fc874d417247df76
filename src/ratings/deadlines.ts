/** The one place ratings talk to supervision's deadline engine (BRIEF: never compute due dates here). */
export { trackDeadline, closeDeadline, deadlineOf } from '../supervision/index.js';
