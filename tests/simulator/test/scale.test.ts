// Scale mode: 1,000 doors, 50,000 persons (generated on first use), still quick to start and to page.
import { describe, expect, it } from 'vitest'
import { get, post, useSim } from './helpers.ts'

const h = useSim({ size: 'scale' })

describe('scale mode', () => {
  it('has 1,000 doors and 50,000 persons and started quickly', async () => {
    const snap = await h.sim.control.snapshot()
    expect(snap.counts.doors).toBe(1000)
    expect(snap.personsCount).toBe(50_000)
    // generous bound: CI machines are shared; the figure itself is in the README/report
    expect(h.sim.startupMs).toBeLessThan(5000)
  })

  it('pages the person list without generating everyone, the last page included', async () => {
    const last = await post(h.sim, '/api/v2/person/getPersonList', { pageNo: 50, pageSize: 1000 })
    expect(last.json.data).toMatchObject({ total: 50_000, page: 49, lastPage: true })
    expect(last.json.data.data).toHaveLength(1000)
    expect(last.json.data.data[999].pin).toBe('51000')
    expect((await get(h.sim, '/api/person/get/51000')).json.data.pin).toBe('51000')
    expect((await get(h.sim, '/api/person/get/51001')).json.code).toBe(-22)
  })

  it('serves the state of all 1,000 doors and a live scenario', async () => {
    expect((await get(h.sim, '/api/door/allDoorState')).json.data).toHaveLength(1000)
    const { events } = await h.sim.control.scenario({ steps: 200 })
    expect(events.length).toBeGreaterThan(150)
  })

  it('keeps seeded cards unique: a seeded card cannot be given to another person (-23)', async () => {
    const holder = (await get(h.sim, '/api/person/get/40000')).json.data
    const add = await post(h.sim, '/api/person/add', {}, { pin: 'X1', cardNo: holder.cardNo })
    expect(add.json.code).toBe(-23)
  })
})
