// Visits registered on the server by another system (the control API), as the visit history shows them.
import { describe, expect, it } from 'vitest'
import { post, useSim } from './helpers.ts'

const h = useSim({ seed: 11 })

const history = async (certNum?: string) =>
  (
    await post(h.sim, '/api/v2/visRegistration/getTransactionList', {
      pageNo: 1,
      pageSize: 100,
      ...(certNum ? { certNum } : {}),
    })
  ).json.data.data as Record<string, unknown>[]

describe('control: a visit registered elsewhere', () => {
  it('is in the history with visitor, company, host and no end time, then ends', async () => {
    const { registration } = await h.sim.control.registerVisit({
      certNumber: 'ELSE0001',
      name: 'Elsa Where',
      company: 'Kiosk Corp',
      visitorCount: 2,
    })
    expect(registration).toMatchObject({ certType: '3', certNum: 'ELSE0001', endTime: null })
    const [row] = await history('ELSE0001')
    expect(row).toMatchObject({
      visEmpName: 'Elsa Where',
      company: 'Kiosk Corp',
      visitorCount: 2,
      certNum: 'ELSE0001',
      endTime: null,
    })
    expect(String(row?.visEmpPin)).toMatch(/^8\d{8}$/)
    expect(String(row?.persPersonPin)).not.toBe('')
    expect(String(row?.persPersonName)).not.toBe('')
    expect(row?.startTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)

    await h.sim.control.endVisit('ELSE0001')
    const [ended] = await history('ELSE0001')
    expect(ended?.endTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })

  it('follows the server’s rules: a second open visit is refused, an exit without one too', async () => {
    await h.sim.control.registerVisit({ certNumber: 'ELSE0002', name: 'Twice Over' })
    await expect(h.sim.control.registerVisit({ certNumber: 'ELSE0002', name: 'Twice Over' })).rejects.toThrow(
      /-255/,
    )
    await h.sim.control.endVisit('ELSE0002')
    await expect(h.sim.control.endVisit('ELSE0002')).rejects.toThrow(/-256/)
  })

  it('the unfiltered history pages through every visit', async () => {
    const all = await history()
    const page1 = (
      await post(h.sim, '/api/v2/visRegistration/getTransactionList', { pageNo: 1, pageSize: 5 })
    ).json.data
    expect(page1.total).toBe(all.length)
    expect(page1.data).toHaveLength(5)
  })
})
