import { describe, expect, it } from 'vitest'
import { GuardSiteSwitch } from '../../../electron/main/guard/site/guard-site-switch'
import type { ElectionStance } from '../../../electron/shared/site/station-role'

/** A site sync as the switch sees it: leadership and whether the site database answers. */
class FakeSync {
  leader = false
  connected = true
  private listeners = new Set<(leader: boolean) => void>()
  status() {
    return {
      leader: this.leader,
      connected: this.connected,
      since: null,
      lastError: null,
      profileKey: 'p',
      waiting: 0,
    }
  }
  isLeader() {
    return this.leader
  }
  onLeaderChange(l: (leader: boolean) => void) {
    this.listeners.add(l)
    return () => this.listeners.delete(l)
  }
  set(leader: boolean, connected: boolean) {
    const changed = leader !== this.leader
    this.leader = leader
    this.connected = connected
    if (changed) for (const l of this.listeners) l(leader)
  }
  subscribe() {
    return () => undefined
  }
  start() {}
  async stop() {}
}

function rig(stance: ElectionStance) {
  const clock = { t: 0 }
  const sync = new FakeSync()
  const sw = new GuardSiteSwitch(() => ({ key: 'k', create: () => sync as never }), {
    standaloneAfterMs: () => 30_000,
    now: () => clock.t,
    standaloneFor: () => stance,
  })
  sw.refresh()
  return { clock, sync, sw }
}

describe('polling on its own during a site database outage, by station role', () => {
  it('a guard booth polls on its own after the outage time, whether it led or not', () => {
    const { clock, sync, sw } = rig('candidate')
    sync.set(false, false)
    sw.refresh()
    clock.t = 30_000
    expect(sw.isLeader()).toBe(true)
  })

  it('a reception desk that was only following stays quiet: the booths poll', () => {
    const { clock, sync, sw } = rig('fallback')
    sync.set(false, false)
    sw.refresh()
    clock.t = 60_000
    expect(sw.isLeader()).toBe(false)
  })

  it("a reception desk that was the site's fallback poller keeps the site watched", () => {
    const { clock, sync, sw } = rig('fallback')
    sync.set(true, true)
    expect(sw.isLeader()).toBe(true)
    clock.t = 10_000
    sync.set(false, false) // losing the lead and the database: one event
    sw.refresh()
    expect(sw.isLeader()).toBe(false)
    clock.t = 40_000
    expect(sw.isLeader()).toBe(true)
  })
})
