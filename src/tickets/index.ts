import './errors.js';
export { ticketsRoutes } from './routes.js';
export { seedTickets } from './seed.js';
export { searchTerms } from './search-terms.js';
