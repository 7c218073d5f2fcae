/** Helpdesk records as neutral ones (`to<Record>`), and neutral inputs as Helpdesk bodies (`toHelpdesk<Body>`). */
export { toAlert } from './alert-mapping';
export { toComment } from './comment-mapping';
export { toCustomer } from './customer-mapping';
export { toDevice } from './device-mapping';
export { toHelpdeskNewNote, toHelpdeskNewTicket, toHelpdeskState, toHelpdeskTicketChanges, toHelpdeskUrgency } from './ticket-input-mapping';
export { toTicket } from './ticket-mapping';
