import './errors.js';
import './invite-to-rate.js';
export { ratingsRoutes } from './routes.js';
export { ratingsOf } from './rating-views.js';
export { seedRatings } from './seed.js';
export { LEVELS, INDICATORS, gradeOf, isBad, levelDef } from './levels.js';
export type { Channel, Grade } from './levels.js';
export { RatingResponse } from './responses.js';
