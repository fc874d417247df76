/** The one place disclosure talks to supervision's deadline engine (BRIEF: never compute due dates here). */
export { trackDeadline, closeDeadline, deadlineOf, deadlinesOf, extendDeadline, suspendDeadline, resumeDeadline } from '../supervision/index.js';
