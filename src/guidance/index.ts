import './errors.js';
// Pure rules: questionnaire → items and materials → Notice; merged form and its validation.
export { answerQuestionnaire, answerLabel, type AnswerError, type QuestionnaireResult } from './answer-questionnaire.js';
export { selectItems, collectMaterials, selectForItems, selectForBundle, type Selection, type SelectedItem, type SelectedMaterial, type MaterialNeed, type SelectionContext } from './select-items.js';
export { buildNotice, itemKindLabels, type Notice, type NoticeItem, type NoticeMaterial, type HeldLicence } from './build-notice.js';
export { buildMergedForm, fieldsOf, type MergedForm, type MergedField, type PrefillSources, type PrefillLicence, type PrefillOrigin } from './merge-form.js';
export { validateForm, type FormValidation, type FieldError, type FieldWarning } from './validate-form.js';
export { renderNoticeHtml } from './render-notice-html.js';
export { renderNoticePdf } from './render-notice-pdf.js';
export type { BundleView, ItemView, MaterialView, FieldView, DataElementView, QuestionView, Answers } from './model.js';
// Catalog → views, and loaders for other modules (applications builds and checks the same form).
export { itemView, bundleView, dataElementViews } from './from-catalog.js';
export { loadBundle, loadItemVersions, loadPublishedItem } from './load-guide.js';
export { mergedFormFor, checkMergedForm, prefillSourcesOf, type FormTarget } from './merged-form-for.js';
export { itemsForAnswers, type BundleSelection } from './items-for-answers.js';
export { issueBundleNotice, issueItemNotice, issueStageNotice, getNotice } from './issue-notice.js';
export { licencesOfActor, licenceTypeNames, type HolderLicence, type LicencesOf } from './holder-licences.js';
// Guide accuracy feedback (指南纠错).
export { flagGuide, FEEDBACK_WORKING_DAYS, FEEDBACK_STEPS, FEEDBACK_PARTS, type FlagGuideInput } from './flag-guide.js';
export { handleGuideFeedback } from './handle-guide-feedback.js';
export { guideFeedbackStats, type GuideFeedbackStats } from './stats.js';
export { guidanceRoutes } from './routes.js';
export { NoticeResponse } from './responses.js';
export { finalAnswers } from './final-answers.js';
