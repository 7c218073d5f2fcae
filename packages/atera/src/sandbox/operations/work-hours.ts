import type { WorkhourRecordDto } from '../../generated/schemas';
import type { Complete } from '../state/complete';
import type { WorkHoursRecord } from '../state/records';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { queryBoolean, queryDate } from './request-values';
import { failure, idsPage } from './results';

type WorkhourRecordBody = Complete<WorkhourRecordDto>;

/** A work hours block as `/workhours` serves it: rates only when asked for. */
export function asWorkhourRecord(block: WorkHoursRecord, includeRates: boolean): WorkhourRecordBody {
  return { ...block, RateID: includeRates ? block.RateID : null, RateAmount: includeRates ? block.RateAmount : null };
}

export const workHoursHandlers: GroupHandlers<'workHours'> = {
  'workHours.list': (request, state) => {
    const store = sandboxStoreOf(state);
    const start = queryDate(request, 'startWorkhour');
    if (!start.ok) return failure(400, start.message);
    const end = queryDate(request, 'endWorkhour');
    if (!end.ok) return failure(400, end.message);
    const includeRates = queryBoolean(request, 'includeRates');
    if (!includeRates.ok) return failure(400, includeRates.message);
    const from = start.value;
    const until = end.value;
    const ids =
      from === undefined && until === undefined
        ? store.workHours.ids()
        : store.workHours.idsWhere((id) => {
            const block = store.workHours.get(id);
            if (block === undefined) return false;
            return (from === undefined || Date.parse(block.StartWorkHour) >= from) && (until === undefined || Date.parse(block.EndWorkHour) <= until);
          });
    return idsPage(store.workHours, ids, (block) => asWorkhourRecord(block, includeRates.value === true));
  },
};
