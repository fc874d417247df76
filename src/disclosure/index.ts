import './errors.js';
export { disclosureRoutes } from './routes.js';
export { seedDisclosure } from './seed.js';
