/** The hall (政务服务大厅): appointments, queue numbers, calling and the waiting figures. */
import './errors.js';
export { hallRoutes } from './routes.js';
export { seedHall } from './seed.js';
