/** The service catalog: items, guides, materials, data elements, bundles and their versions. Other modules use only this file. */
import './errors.js';

export { CatalogErrors } from './errors.js';
export { provideUsage, type UsageSource } from './usage.js';
export { provideFeeList, type UnlistedFees } from './fee-list.js';
export { ConditionSchema, evaluateCondition, conditionRefs, describeCondition } from './condition.js';
export type { Condition, ConditionContext, Comparison, Scalar } from './condition.js';
export {
  validateItemCode,
  validateImplementationCode,
  makeImplementationCode,
  itemCodeReasonText,
  kindCodes,
  kindNames,
  levelNames,
  ITEM_KINDS,
  LEVELS,
} from './item-code.js';
export type { ItemKind, Level, ItemCodeVerdict, ImplementationCodeVerdict } from './item-code.js';
export { validateDataValue, formFieldClasses } from './data-elements.js';
export type { ValueVerdict } from './data-elements.js';
export { abolishedCertificateIn, replacedByNames } from './guide-rules.js';
export {
  ItemInputSchema,
  BundleInputSchema,
  MaterialSpecSchema,
  FormFieldSchema,
  QuestionSchema,
  DataElementSchema,
  AbolishedCertificateSchema,
  CatalogDocumentSchema,
  materialFormNames,
  DATA_ELEMENT_TYPES,
} from './types.js';
export type {
  ServiceItemVersion,
  BundleVersion,
  BundleMember,
  Dependency,
  Stage,
  MaterialSpec,
  FormField,
  Fee,
  Step,
  AutoApproval,
  Question,
  DataElement,
  DataElementType,
  AbolishedCertificate,
  DepartmentRef,
  VersionStatus,
  ItemInput,
  BundleInput,
  CatalogDocument,
} from './types.js';
export {
  getItemVersion,
  getItemVersions,
  getPublishedItemByCode,
  getPublishedItemsByCodes,
  listPublishedItems,
  itemsProducingLicence,
  getBundleVersion,
  getPublishedBundleByCode,
  listPublishedBundles,
  listDataElements,
  getDataElements,
  listAbolishedCertificates,
} from './queries.js';
export { createItemDraft } from './create-item-draft.js';
export { newItemDraft } from './new-item-draft.js';
export { editItemDraft } from './edit-item-draft.js';
export { publishDueItemVersions, publishItemVersion, startScheduledPublishing } from './publish-item-version.js';
export { retireItem, type Retirement } from './retire-item.js';
export { createBundleDraft } from './create-bundle-draft.js';
export { newBundleDraft } from './new-bundle-draft.js';
export { editBundleDraft } from './edit-bundle-draft.js';
export { publishBundleVersion } from './publish-bundle-version.js';
export { retireBundle } from './retire-bundle.js';
export { abolishCertificate } from './abolish-certificate.js';
export { defineDataElement } from './define-data-element.js';
export { importCatalog } from './import-catalog.js';
export { importCatalogFile } from './import-catalog-file.js';
export { exportCatalog, exportCatalogFile, catalogFileFormat } from './export-catalog.js';
export type { CatalogFileFormat } from './export-catalog.js';
export type { ImportError, ImportSummary } from './import-catalog.js';
export { authorisedShareByDepartment } from './authorised-share.js';
export type { AuthorisedShare } from './authorised-share.js';
export { searchCatalog } from './search-catalog.js';
export type { SearchHit } from './search-catalog.js';
export { generateBenchCatalog, runSearchBenchmark, benchItems, BENCH_QUERIES } from './bench-catalog.js';
export { catalogRoutes } from './routes.js';
export { publishedGuide, popularEntries, type PublishedGuide } from './public-guide.js';
export type { PopularEntry } from './usage.js';
export { departmentsWithPublishedItems } from './store.js';
export { seedCatalog, demoCatalogDocument } from './demo/seed.js';
