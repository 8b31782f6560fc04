// Token refusal and what a real server answers outside the envelope (FIELD-NOTES "Auth, transport" and
// "Envelopes"): a missing or wrong access_token is refused with a 302 to the login page, on every kind of
// endpoint; an unknown path answers Spring's default 404 body; the token is never echoed back.
import { describe, expect, it } from 'vitest'
import { MANUAL_ENDPOINTS } from '../../manual-endpoints'
import { control } from './client'
import { useSimulator } from './harness'

const h = useSimulator()

// One row per module, so every router prefix is checked for refusal.
const perModule = [...new Map(MANUAL_ENDPOINTS.map((r) => [r.module, r])).values()]

describe('auth refusal (FIELD-NOTES)', () => {
  it.each(perModule.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s without a token: 302 to the login page',
    async (_label, r) => {
      const res = await h.api.row(r, {}, undefined, { token: null })
      expect(res.status).toBe(302)
      expect(res.headers.get('location') ?? '').toMatch(/login/i)
    },
  )

  it.each(perModule.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s with a wrong token: 302 to the login page',
    async (_label, r) => {
      const res = await h.api.row(r, {}, undefined, { token: 'not-the-token' })
      expect(res.status).toBe(302)
      expect(res.headers.get('location') ?? '').toMatch(/login/i)
      expect(res.text).not.toContain('not-the-token')
    },
  )

  it('the manual misspelling acc_token (2.18.1) is not a token: refused', async () => {
    const res = await fetch(
      `${h.sim.url}/api/transaction/device/X?pageNo=1&pageSize=20&acc_token=${h.sim.token}`,
      {
        redirect: 'manual',
      },
    )
    expect(res.status).toBe(302)
  })

  it('the right token is accepted', async () => {
    const res = await h.api.get('/api/door/list', { pageNo: 1, pageSize: 1 })
    expect(res.status).toBe(200)
    expect((res.json as { code: number }).code).toBe(0)
  })
})

describe('API licence not active (FIELD-NOTES "Envelopes")', () => {
  it('calls fail with the text "API access abnormal" until the API client is added', async () => {
    await control(h.sim.url, 'POST', 'faults', { endpoint: '*', kind: 'apiAccessAbnormal' })
    try {
      const res = await h.api.get('/api/door/list', { pageNo: 1, pageSize: 1 })
      expect(res.text).toContain('API access abnormal')
      const body = res.json as { code?: number; data?: unknown } | undefined
      if (body?.code !== undefined) expect(body.code).not.toBe(0)
    } finally {
      await control(h.sim.url, 'DELETE', 'faults')
    }
    const res = await h.api.get('/api/door/list', { pageNo: 1, pageSize: 1 })
    expect((res.json as { code: number }).code).toBe(0)
  })
})

describe('outside the envelope (FIELD-NOTES)', () => {
  it('an unknown path with a valid token answers the Spring default 404 body', async () => {
    const res = await h.api.get('/api/door/noSuchEndpoint')
    expect(res.status).toBe(404)
    expect(res.json).toMatchObject({ status: 404, error: 'Not Found', path: '/api/door/noSuchEndpoint' })
    expect(res.json).toHaveProperty('timestamp')
    expect(res.json).toHaveProperty('message')
    expect(res.text).not.toContain(h.sim.token)
  })

  it('the control API answers without a token', async () => {
    const res = await fetch(`${h.sim.url}/__sim/snapshot`)
    expect(res.status).toBe(200)
  })
})
