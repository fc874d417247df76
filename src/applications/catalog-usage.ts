import { provideUsage } from '../catalog/index.js';
import { provideDelegationUses } from '../powers/index.js';
import { delegationUses, mostUsed, usageOf } from './store/usage.js';

// the catalog ranks search hits and lists 高频事项 by how often people apply, which only this module counts
provideUsage({ usageOf, mostUsed });

// the 回头看 of delegated items counts their uses, which only this module holds
provideDelegationUses({ usesOf: delegationUses });
