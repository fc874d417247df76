/** The one place tickets talk to supervision's deadline engine (BRIEF: never compute due dates here). */
export { trackDeadline, closeDeadline, deadlineOf, deadlinesOf, reassignDeadline } from '../supervision/index.js';
