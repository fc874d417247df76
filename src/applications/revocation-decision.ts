import { licenceTypeOf, onLicenceRevoked } from '../licences/index.js';
import { issueRevocationDecision } from './statutory-documents.js';
import * as store from './store/applications.js';

/** A licence issued on an application is revoked: the application gets the written 撤销决定书, in the same transaction. */
onLicenceRevoked(async (tx, e) => {
  if (!e.licence.application_id || !e.licence.case_id) return;
  const app = await store.applicationById(tx, e.licence.application_id);
  const c = await store.caseById(tx, e.licence.case_id);
  if (!app || !c) return;
  const licence = { identifier: e.licence.identifier, typeName: licenceTypeOf(e.licence.type)?.name ?? e.licence.type, departmentId: e.licence.department_id };
  await issueRevocationDecision(tx, app, c, licence, e.reason, e.at);
});
