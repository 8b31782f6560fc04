import { describe, expect, it } from 'vitest'
import type { AlarmView } from '../../../electron/shared/contract/guard'
import { computeSound } from '../../../electron/shared/guard/sound-policy'
import {
  AlarmNotifier,
  type NotificationSpec,
} from '../../../electron/main/guard/notifications/alarm-notifier'
import {
  effectiveRole,
  guardAlertPolicy,
  electionStance,
  fallbackMayLead,
  fallbackStepsDown,
  guardStationConnected,
  raisesGuardAlerts,
  runsDeskJob,
} from '../../../electron/shared/site/station-role'

const site = (enabled: boolean, role: 'reception' | 'guard' | 'both', host = 'db.site') => ({
  enabled,
  host,
  role,
})

describe('station role rules', () => {
  it('counts only in site mode: a station on its own does everything (both)', () => {
    expect(effectiveRole(site(false, 'reception'))).toBe('both')
    expect(effectiveRole(site(true, 'reception', '  '))).toBe('both')
    expect(effectiveRole(undefined)).toBe('both')
    expect(effectiveRole(site(true, 'reception'))).toBe('reception')
    expect(effectiveRole(site(true, 'guard'))).toBe('guard')
  })

  it('gives alarm notifications and sound to guard booths and both, never to a reception desk', () => {
    expect(raisesGuardAlerts('reception')).toBe(false)
    expect(raisesGuardAlerts('guard')).toBe(true)
    expect(raisesGuardAlerts('both')).toBe(true)
    expect(raisesGuardAlerts(effectiveRole(site(false, 'reception')))).toBe(true)
  })

  it('keeps every job that concerns what the station itself took, at a booth too', () => {
    for (const job of ['pendingReplay', 'autoCheckout', 'retention', 'directoryRefresh'] as const) {
      expect(runsDeskJob('guard', job)).toBe(true)
      expect(runsDeskJob('reception', job)).toBe(true)
    }
    expect(runsDeskJob('guard', 'visitReconcile')).toBe(false)
    expect(runsDeskJob('reception', 'visitReconcile')).toBe(true)
    expect(runsDeskJob('both', 'visitReconcile')).toBe(true)
  })

  it('makes reception desks the fallback of the poller election and every other station a candidate', () => {
    expect(electionStance('reception')).toBe('fallback')
    expect(electionStance('guard')).toBe('candidate')
    expect(electionStance('both')).toBe('candidate')
  })

  it('lets a fallback desk try only after standing back for the whole time without a candidate', () => {
    expect(fallbackMayLead({ now: 10_000, lastCandidateSeenAt: 9_000, standBackMs: 3_000 })).toBe(false)
    expect(fallbackMayLead({ now: 12_000, lastCandidateSeenAt: 9_000, standBackMs: 3_000 })).toBe(true)
    expect(fallbackStepsDown(true)).toBe(true)
    expect(fallbackStepsDown(false)).toBe(false)
  })

  it('sees a guard station connected only with a fresh heartbeat from a guard or both station', () => {
    const now = Date.parse('2026-12-03T10:00:20Z')
    const at = (s: number) => new Date(now - s * 1000).toISOString()
    expect(guardStationConnected([{ role: 'reception', lastSeen: at(1) }], now, 17_000)).toBe(false)
    expect(
      guardStationConnected(
        [
          { role: 'reception', lastSeen: at(1) },
          { role: 'guard', lastSeen: at(30) },
        ],
        now,
        17_000,
      ),
    ).toBe(false)
    expect(guardStationConnected([{ role: 'both', lastSeen: at(5) }], now, 17_000)).toBe(true)
    expect(guardStationConnected([{ role: 'guard', lastSeen: at(5) }], now, 17_000)).toBe(true)
  })
})

describe('alarm notifications and sound by station role', () => {
  const notifications = { enabled: true, sound: true, repeatHighPriority: true, maxPerMinute: 6 }
  const forcedOpen = (id: number): AlarmView => ({
    id,
    key: `door|door ${id}|forcedOpen`,
    kind: 'forcedOpen',
    priority: 'critical',
    status: 'new',
    targetType: 'door',
    targetName: `Door ${id}`,
    targetId: null,
    title: 'Forced open',
    detail: null,
    personPin: null,
    personName: null,
    firstAt: new Date().toISOString(),
    lastAt: new Date().toISOString(),
    firstServerTime: null,
    count: 1,
    conditionActive: null,
    recovered: false,
    acknowledgedAt: null,
    acknowledgedBy: null,
    ackComment: null,
    clearedAt: null,
    clearedBy: null,
    clearComment: null,
    clearedReason: null,
  })
  const stationWith = (s: ReturnType<typeof site> | undefined) => {
    const shown: NotificationSpec[] = []
    const policy = () => guardAlertPolicy(notifications, s)
    const notifier = new AlarmNotifier({
      port: { show: (spec) => void shown.push(spec) },
      policy,
      isStillNew: () => true,
      open: () => undefined,
    })
    notifier.onRaised(forcedOpen(1))
    notifier.renotify(forcedOpen(1))
    const sound = computeSound(policy(), [{ id: 1, priority: 'critical' }], null, 0, 1)
    return { shown, sound }
  }

  it('a reception desk of a site shows no notification and plays no sound for a forced door', () => {
    const { shown, sound } = stationWith(site(true, 'reception'))
    expect(shown).toHaveLength(0)
    expect(sound).toMatchObject({ enabled: false, ringing: false })
  })

  it('a guard booth, a both station and a station on its own notify and ring as always', () => {
    for (const s of [site(true, 'guard'), site(true, 'both'), site(false, 'reception'), undefined]) {
      const { shown, sound } = stationWith(s)
      expect(shown.length).toBeGreaterThan(0)
      expect(sound).toMatchObject({ enabled: true, ringing: true })
    }
  })
})
