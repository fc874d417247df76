import './errors.js';
export { projectRoutes } from './routes.js';
export { PROJECT_BUNDLE } from './create-project.js';
export { PROJECT_CODE, ASSESSMENT_KINDS, formatProjectCode } from './rules.js';
