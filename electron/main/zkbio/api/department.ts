/** Departments (2.5). */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData } from '../schemas/primitives'
import { departmentSchema } from '../schemas/records'

export const departmentEndpoints = defineEndpoints('department', {
  add: { section: '2.5.1', method: 'POST', path: '/api/department/add', effect: 'write', data: anyData },
  delete: {
    section: '2.5.2',
    method: 'DELETE',
    path: '/api/department/delete/{code}',
    effect: 'write',
    data: anyData,
  },
  get: {
    section: '2.5.3',
    method: 'GET',
    path: '/api/department/get/{code}',
    effect: 'read',
    data: departmentSchema.nullable(),
  },
} as const)

export interface DepartmentInput {
  code: string
  name: string
  parentCode?: string
}

export function departmentApi(core: ZkbioCore) {
  const e = departmentEndpoints
  return {
    /** Adds the department, or edits it when the code exists. */
    add: (d: DepartmentInput, opts?: CallOptions) =>
      core.call(e.add, { json: { name: d.name, code: d.code, parentCode: d.parentCode } }, opts),
    delete: (code: string, opts?: CallOptions) => core.call(e.delete, { pathParams: { code } }, opts),
    get: (code: string, opts?: CallOptions) => core.call(e.get, { pathParams: { code } }, opts),
  }
}
