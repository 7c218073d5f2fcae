import { CreateDepartmentRequest, UpdateDepartmentRequest } from '../../generated/schemas';
import type { SandboxOperationHandler } from '../operation-handler';
import { sandboxStoreOf } from '../state/sandbox-state';
import type { GroupHandlers } from './group-handlers';
import { parseBody } from './request-body';
import { pathId } from './request-values';
import { actionResult, created, failure, json, noContent, notFound, tablePage } from './results';

const LIST = 'GET /api/v3/departments';

const updateDepartment: SandboxOperationHandler = (request, state) => {
  const store = sandboxStoreOf(state);
  const departmentId = pathId(request, 'departmentId');
  const department = store.departments.get(departmentId);
  if (department === undefined) return notFound('department', departmentId, LIST);
  const parsed = parseBody(request, UpdateDepartmentRequest, 'UpdateDepartmentRequest');
  if (!parsed.ok) return parsed.result;
  const { Name, Description } = parsed.value;
  if (Name !== undefined && (Name === null || Name.trim() === '')) return failure(400, 'Name cannot be empty: leave it out to keep the current name.');
  store.departments.replace(departmentId, { ...department, Name: Name ?? department.Name, Description: Description === undefined ? department.Description : Description });
  return actionResult(departmentId);
};

export const departmentHandlers: GroupHandlers<'departments'> = {
  'departments.list': (_request, state) => tablePage(sandboxStoreOf(state).departments),

  'departments.create': (request, state) => {
    const store = sandboxStoreOf(state);
    const parsed = parseBody(request, CreateDepartmentRequest, 'CreateDepartmentRequest');
    if (!parsed.ok) return parsed.result;
    const { Name, Description } = parsed.value;
    if (Name === undefined || Name === null || Name.trim() === '') return failure(400, 'Name is required: give the department a name.');
    const departmentId = store.departments.allocateId();
    store.departments.insert(departmentId, { Id: departmentId, Name, Description: Description ?? null });
    return created(departmentId);
  },

  'departments.get': (request, state) => {
    const departmentId = pathId(request, 'departmentId');
    const department = sandboxStoreOf(state).departments.get(departmentId);
    return department === undefined ? notFound('department', departmentId, LIST) : json(department);
  },

  'departments.update': updateDepartment,
  'departments.updateViaPost': updateDepartment,

  'departments.delete': (request, state) => {
    const store = sandboxStoreOf(state);
    const departmentId = pathId(request, 'departmentId');
    if (!store.departments.has(departmentId)) return notFound('department', departmentId, LIST);
    const members = store.contacts.find((contact) => contact.DepartmentID === departmentId);
    if (members !== undefined) {
      return failure(405, `Department ${String(departmentId)} still has contacts (contact ${String(members.EndUserID)} among them): move them to another department first.`);
    }
    store.departments.delete(departmentId);
    return noContent;
  },
};
