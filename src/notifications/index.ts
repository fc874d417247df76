export { notify } from './notify.js';
export { registerChannel } from './channels.js';
export type { Channel, Notification } from './channels.js';
export { notificationRoutes } from './routes.js';
