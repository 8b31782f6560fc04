// 2.31 entrance control gates: the numeric-string states of the manual's examples, v1/v2 lists, remote
// open by id and by name (openType 1 entry / 2 exit, -265/-266), and the relay it changes.
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { at, useSimulator } from './harness'
import { expectCode, expectOk, expectV2, gate, gateState, psgDeviceV1 } from './shape'

const h = useSimulator()
const ALL = { pageNo: 1, pageSize: 1000 }
let gates: z.infer<typeof gate>[] = []

beforeAll(async () => {
  gates = expectOk(await h.api.get('/api/psgGate/list', ALL), z.array(gate), at('2.31.5'))
})

describe('2.31 gate lists and states', () => {
  it('2.31.5 list: gates {id, name, deviceId} on listed entrance control devices', async () => {
    expect(gates.length, 'six gates seeded').toBeGreaterThanOrEqual(6)
    const devices = expectOk(await h.api.get('/api/psgDevice/list', ALL), z.array(psgDeviceV1), at('2.30.1'))
    const deviceIds = new Set(devices.map((d) => d.id))
    for (const g of gates) expect(deviceIds.has(g.deviceId), `gate ${g.name} device`).toBe(true)
  })

  it('2.31.6 v2 list: paged, pages agree with the v1 list', async () => {
    const page = expectV2(
      await h.api.get('/api/v2/psgGate/list', { pageNo: 2, pageSize: 2 }),
      gate,
      at('2.31.6'),
    )
    expect(page.total).toBe(gates.length)
    expect(page.data.map((g) => g.id)).toEqual(gates.slice(2, 4).map((g) => g.id))
  })

  it('2.31.1 allGateState: one numeric-string state per gate', async () => {
    const states = expectOk(await h.api.get('/api/psgGate/allGateState'), z.array(gateState), at('2.31.1'))
    expect(states.map((s) => s.id).sort()).toEqual(gates.map((g) => g.id).sort())
  })

  it('2.31.2 gateStateById: an array with that gate', async () => {
    const g = gates[0]!
    const states = expectOk(
      await h.api.get('/api/psgGate/gateStateById', { gateId: g.id }),
      z.array(gateState),
      at('2.31.2'),
    )
    expect(states.map((s) => s.id)).toEqual([g.id])
  })

  it('2.31.3 gateStateBySn: the gates of that device', async () => {
    const g = gates[0]!
    const devices = expectOk(await h.api.get('/api/psgDevice/list', ALL), z.array(psgDeviceV1), at('2.30.1'))
    const sn = devices.find((d) => d.id === g.deviceId)!.sn
    const states = expectOk(
      await h.api.get('/api/psgGate/gateStateBySn', { deviceSn: sn }),
      z.array(gateState),
      at('2.31.3'),
    )
    expect(states.map((s) => s.id).sort()).toEqual(
      gates
        .filter((x) => x.deviceId === g.deviceId)
        .map((x) => x.id)
        .sort(),
    )
    for (const s of states) expect(s.deviceId).toBe(g.deviceId)
  })

  it('2.31.4 getById?id=: the listed gate', async () => {
    const g = gates[1]!
    expect(expectOk(await h.api.get('/api/psgGate/getById', { id: g.id }), gate, at('2.31.4'))).toMatchObject(
      g,
    )
  })
})

describe('2.31.7 / 2.31.8 remote open', () => {
  async function relayOf(gateId: string): Promise<string> {
    const states = expectOk(
      await h.api.get('/api/psgGate/gateStateById', { gateId }),
      z.array(gateState),
      at('2.31.2'),
    )
    return states[0]!.relay
  }

  it('2.31.7 by id, openType 1 (entry): relay "2" entry open', async () => {
    const g = gates[0]!
    expectOk(
      await h.api.post('/api/psgGate/remoteOpenById', { gateId: g.id, openType: 1 }),
      z.unknown(),
      at('2.31.7'),
    )
    expect(await relayOf(g.id), 'FIELD-NOTES relay 2 = entry open').toBe('2')
  })

  it('2.31.8 by name, openType 2 (exit): relay "1" exit open', async () => {
    const g = gates[1]!
    expectOk(
      await h.api.post('/api/psgGate/remoteOpenByName', { gateName: g.name, openType: 2 }),
      z.unknown(),
      at('2.31.8'),
    )
    expect(await relayOf(g.id), 'FIELD-NOTES relay 1 = exit open').toBe('1')
  })

  it('2.31.7 / 2.31.8 open type missing -265, wrong -266', async () => {
    const g = gates[2]!
    expectCode(
      await h.api.post('/api/psgGate/remoteOpenById', { gateId: g.id }),
      -265,
      at('2.31.7', 'no openType'),
    )
    expectCode(
      await h.api.post('/api/psgGate/remoteOpenById', { gateId: g.id, openType: 3 }),
      -266,
      at('2.31.7', 'openType 3'),
    )
    expectCode(
      await h.api.post('/api/psgGate/remoteOpenByName', { gateName: g.name }),
      -265,
      at('2.31.8', 'no openType'),
    )
    expectCode(
      await h.api.post('/api/psgGate/remoteOpenByName', { gateName: g.name, openType: 0 }),
      -266,
      at('2.31.8', 'openType 0'),
    )
  })
})
