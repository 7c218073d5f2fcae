/**
 * Atera records as psagate's neutral ones, and neutral writes as Atera bodies: exported as the
 * namespace `ateraMapping` (`ateraMapping.toTicket(raw)`).
 */
export { toTicket, createTicketBody, updateTicketBody } from './ticket-mapping';
export { toComment } from './comment-mapping';
export { toDeviceFromAgent, toDeviceFromSnmp, toDeviceFromHttp, toDeviceFromTcp, toDeviceFromGeneric } from './device-mapping';
export { toAlert } from './alert-mapping';
export { toCustomer } from './customer-mapping';
