import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { tablePage } from './results';

export const knowledgeBaseHandlers: GroupHandlers<'knowledgeBase'> = {
  'knowledgeBase.list': (_request, state) => tablePage(sandboxStoreOf(state).knowledgeBase),
};
