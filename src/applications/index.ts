import './errors.js';
export { applicationsModuleRoutes as applicationRoutes } from './routes/index.js';
export { APPLICATION_STATUSES, CASE_STATUSES, applicationStatusNames, caseStatusNames, applicationTransition, caseTransition } from './state.js';
export type { ApplicationStatus, CaseStatus } from './state.js';
export { submitApplication } from './submit-application.js';
export type { SubmitInput } from './submit-application.js';
export { applicationChain } from './events.js';
export { deliveredApplication, type DeliveredApplication } from './delivered-application.js';
export { applicationsOfBusiness, type BusinessApplication, type BusinessApplicationsViewer } from './applications-of-business.js';
