/**
 * Automate's records as psagate's neutral ones, exported as `automateMapping`
 * (`automateMapping.toTicket(record)`).
 */
export { toCustomer } from './to-customer';
export { toDevice } from './to-device';
export { toAlert } from './to-alert';
export { toTicket } from './to-ticket';
export { toComment } from './to-comment';
