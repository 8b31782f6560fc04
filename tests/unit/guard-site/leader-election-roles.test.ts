import { afterEach, describe, expect, it } from 'vitest'
import { LeaderElection, type LeaderSession } from '../../../electron/main/guard/site/leader-election'

/**
 * The election's locks as PostgreSQL keeps them, in memory: one exclusive leader lock, and the
 * candidates' shared lock (a session-level lock goes with its session).
 */
class LockServer {
  holder: FakeSession | null = null
  candidates = new Set<FakeSession>()
  session(name: string): FakeSession {
    return new FakeSession(this, name)
  }
}

class FakeSession implements LeaderSession {
  private lost: ((e: unknown) => void)[] = []
  constructor(
    private readonly server: LockServer,
    readonly name: string,
  ) {}
  async tryLock() {
    if (this.server.holder && this.server.holder !== this) return false
    this.server.holder = this
    return true
  }
  async renewLease() {}
  async release() {
    if (this.server.holder === this) this.server.holder = null
  }
  async holdCandidacy() {
    this.server.candidates.add(this)
    return true
  }
  async candidatePresent() {
    return [...this.server.candidates].some((s) => s !== this)
  }
  destroy() {
    if (this.server.holder === this) this.server.holder = null
    this.server.candidates.delete(this)
  }
  onLost(listener: (e: unknown) => void) {
    this.lost.push(listener)
  }
}

const elections: LeaderElection[] = []
afterEach(async () => {
  for (const e of elections.splice(0)) await e.stop({ release: false })
})

function station(
  server: LockServer,
  name: string,
  stance: 'candidate' | 'fallback',
  clock: { t: number },
): LeaderElection {
  const election = new LeaderElection({
    connect: async () => server.session(name),
    // Attempts are driven by the test; the scheduled first attempt is the only automatic one.
    retryMs: () => 60_000,
    onChange: () => undefined,
    now: () => clock.t,
    stance,
    standBackMs: () => 3_000,
  })
  elections.push(election)
  return election
}

describe('leader election with station roles', () => {
  it('never lets a reception desk poll while a guard booth takes part', async () => {
    const server = new LockServer()
    const clock = { t: 0 }
    const desk = station(server, 'desk', 'fallback', clock)
    const booth = station(server, 'booth', 'candidate', clock)
    desk.start()
    await desk.attempt()
    clock.t = 10_000
    // The desk started first and has waited long enough, but only the booth may take the lock now.
    booth.start()
    await booth.attempt()
    expect(booth.isLeader()).toBe(true)
    for (let i = 0; i < 5; i++) {
      clock.t += 5_000
      await desk.attempt()
      await booth.attempt()
    }
    expect(desk.isLeader()).toBe(false)
    expect(booth.isLeader()).toBe(true)
  })

  it('lets a desk stand back at first, then poll as the fallback when no booth comes', async () => {
    const server = new LockServer()
    const clock = { t: 0 }
    const desk = station(server, 'desk', 'fallback', clock)
    desk.start()
    await desk.attempt()
    expect(desk.isLeader()).toBe(false)
    clock.t = 2_999
    await desk.attempt()
    expect(desk.isLeader()).toBe(false)
    clock.t = 3_000
    await desk.attempt()
    expect(desk.isLeader()).toBe(true)
  })

  it('makes a fallback desk step down when a booth comes, and the booth take over', async () => {
    const server = new LockServer()
    const clock = { t: 0 }
    const desk = station(server, 'desk', 'fallback', clock)
    desk.start()
    clock.t = 5_000
    await desk.attempt()
    expect(desk.isLeader()).toBe(true)
    const booth = station(server, 'booth', 'candidate', clock)
    booth.start()
    await booth.attempt()
    // The desk still holds the lock: the booth is a waiting candidate.
    expect(booth.isLeader()).toBe(false)
    await desk.attempt()
    expect(desk.isLeader()).toBe(false)
    await booth.attempt()
    expect(booth.isLeader()).toBe(true)
    // The desk stays back while the booth is there, however long.
    clock.t += 60_000
    await desk.attempt()
    expect(desk.isLeader()).toBe(false)
  })

  it('lets the desk take over once the booth has been gone for the stand-back time', async () => {
    const server = new LockServer()
    const clock = { t: 0 }
    const desk = station(server, 'desk', 'fallback', clock)
    const booth = station(server, 'booth', 'candidate', clock)
    booth.start()
    await booth.attempt()
    desk.start()
    await desk.attempt()
    expect(booth.isLeader()).toBe(true)
    await booth.stop({ release: false })
    clock.t += 1_000
    await desk.attempt()
    expect(desk.isLeader()).toBe(false)
    clock.t += 3_000
    await desk.attempt()
    expect(desk.isLeader()).toBe(true)
  })

  it('keeps two candidates competing as before: one leader', async () => {
    const server = new LockServer()
    const clock = { t: 0 }
    const a = station(server, 'a', 'candidate', clock)
    const b = station(server, 'b', 'candidate', clock)
    a.start()
    b.start()
    await a.attempt()
    await b.attempt()
    expect([a.isLeader(), b.isLeader()].filter(Boolean)).toHaveLength(1)
  })
})
