/** 一企一档: the enterprise file, one view of a business across modules, cut to what the viewer may see. */
import './errors.js';
export { enterpriseFile, type EnterpriseFile } from './enterprise-file.js';
export { viewerOf, type EnterpriseViewer } from './policy.js';
export { enterpriseRoutes } from './routes.js';
