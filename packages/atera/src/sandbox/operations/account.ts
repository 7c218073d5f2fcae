import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { json } from './results';

export const accountHandlers: GroupHandlers<'account'> = {
  'account.get': (_request, state) => json(sandboxStoreOf(state).account),
};
