import type { Db } from '../db/index.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';

/** What a use case or a module's routes may receive. Narrow it further where you can. */
export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
}
