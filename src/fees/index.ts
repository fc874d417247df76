/** The fee catalogue (收费目录清单) and the bills raised from it (缴费通知). Payment is the payments module's. */
import './errors.js';
import './catalogue.js';
export { feesRoutes } from './routes.js';
export { seedFeeCatalogue, DEMO_FEES } from './catalogue.js';
export { raiseBill, refuseDeliveryWhileUnpaid, closeBillsOfCase, markBillPaid, markBillRefunded, moveBillStatus, REFUND_TOPIC, type BillingCase } from './bills.js';
export { can as canOnBill, type BillAction } from './policy.js';
export { presentBill } from './present.js';
export { BillResponse, BillsResponse } from './responses.js';
export { billById, billsOfUser, billsOfRegion, billsOfApplication, type BillRow } from './store.js';
export { billStatusNames, yuan, type BillLine, type BillStatus } from './rules.js';
