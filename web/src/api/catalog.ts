/** Catalog answers (src/catalog/routes.ts). */
import type { Schemas } from './typed';
export type ItemKind = ItemSummary['kind'];

export type ItemSummary = Schemas['ItemSummary'];

/** A published item version as the guide shows it: materials, conditions, fees, time limits, place. */
export type ItemDetail = Schemas['ItemVersion'];
/** One material an item asks for, with the legal basis and what may stand in for it. */
export type MaterialSpec = ItemDetail['materials'][number];

export type BundleSummary = Schemas['BundleSummary'];
