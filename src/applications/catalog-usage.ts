import { provideUsage } from '../catalog/index.js';
import { mostUsed, usageOf } from './store/usage.js';

// the catalog ranks search hits and lists 高频事项 by how often people apply, which only this module counts
provideUsage({ usageOf, mostUsed });
