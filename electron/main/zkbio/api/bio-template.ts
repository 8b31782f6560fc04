/**
 * Fingerprint templates (2.25). FIELD-NOTES: the real path of "delete one template" is unknown; the
 * printed one is used and marked unverified, as is the oddly printed delete-all path.
 */
import type { CallOptions, ZkbioCore } from '../core'
import { defineEndpoints } from '../endpoint'
import { anyData, list } from '../schemas/primitives'
import { bioTemplateSchema } from '../schemas/records'

export const bioTemplateEndpoints = defineEndpoints('bioTemplate', {
  add: { section: '2.25.1', method: 'POST', path: '/api/bioTemplate/add', effect: 'write', data: anyData },
  deleteByPinAndTemplateNo: {
    section: '2.25.2',
    method: 'DELETE',
    path: '/api/bioTemplate/getFgListByPin/{pin}',
    effect: 'write',
    data: anyData,
    unverified: 'FIELD-NOTES: real path unknown; the printed one is kept',
  },
  deleteByPin: {
    section: '2.25.3',
    method: 'DELETE',
    path: '/api/bioTemplate/deleteById/{pin}',
    effect: 'write',
    data: anyData,
    unverified: 'printed as deleteById/*?pin=; the pin is sent in both places',
  },
  getFgListByPin: {
    section: '2.25.4',
    method: 'GET',
    path: '/api/bioTemplate/getFgListByPin/{pin}',
    effect: 'read',
    data: list(bioTemplateSchema),
  },
} as const)

export interface BioTemplateInput {
  personId: string
  /** 1 normal, 3 duress. */
  validType: 1 | 3
  template: string
  /** Finger number 0..9. */
  templateNo: number
}

export function bioTemplateApi(core: ZkbioCore) {
  const e = bioTemplateEndpoints
  return {
    add: (t: BioTemplateInput, opts?: CallOptions) =>
      core.call(
        e.add,
        {
          json: {
            personId: t.personId,
            validType: String(t.validType),
            template: t.template,
            templateNo: String(t.templateNo),
          },
        },
        opts,
      ),
    deleteByPinAndTemplateNo: (pin: string, templateNo: number, opts?: CallOptions) =>
      core.call(e.deleteByPinAndTemplateNo, { pathParams: { pin }, query: { templateNo } }, opts),
    deleteByPin: (pin: string, opts?: CallOptions) =>
      core.call(e.deleteByPin, { pathParams: { pin }, query: { pin } }, opts),
    getFgListByPin: (pin: string, opts?: CallOptions) =>
      core.call(e.getFgListByPin, { pathParams: { pin } }, opts),
  }
}
