import type { SandboxOperationHandlers } from '../operation-handler';
import { accountHandlers } from './account';
import { agentHandlers } from './agents';
import { alertHandlers } from './alerts';
import { billingHandlers } from './billing';
import { contactHandlers } from './contacts';
import { contractHandlers } from './contracts';
import { customValueHandlers } from './custom-values';
import { customerHandlers } from './customers';
import { departmentHandlers } from './departments';
import { deviceHandlers } from './devices';
import { knowledgeBaseHandlers } from './knowledge-base';
import { rateHandlers } from './rates';
import { ticketHandlers } from './tickets';
import { workHoursHandlers } from './work-hours';

/** A handler for every operation of Atera API v3, working on a sandbox's state. */
export const sandboxOperationHandlers: SandboxOperationHandlers = {
  ...accountHandlers,
  ...agentHandlers,
  ...alertHandlers,
  ...billingHandlers,
  ...contactHandlers,
  ...contractHandlers,
  ...customValueHandlers,
  ...customerHandlers,
  ...departmentHandlers,
  ...deviceHandlers,
  ...knowledgeBaseHandlers,
  ...rateHandlers,
  ...ticketHandlers,
  ...workHoursHandlers,
};
