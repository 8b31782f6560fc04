/**
 * What a station's role (Settings › Site database › Station role) changes, as pure rules the guard,
 * reception and the station status share. The role only counts in site mode: a single station does
 * everything, exactly as before site mode existed (role 'both').
 *
 * - reception: a desk. It raises no native alarm notifications and plays no alarm sound (a door alarm
 *   must not interrupt a receptionist with a visitor in front of them); its operator may still open the
 *   guard pages when their permissions allow it (operator roles decide what a person may see, the
 *   station role only what the station pushes at them). It stands back from the guard's poller
 *   election while a guard booth is there (see `fallbackMayLead`).
 * - guard: a booth. It does not run the desk's periodic jobs that only matter at a desk (see
 *   `runsDeskJob`); whatever this station itself started (its own pending registrations, its own
 *   visitors' automatic check-out) keeps running, so nothing it took is ever stranded.
 * - both: everything.
 */
import type { SiteSettings, StationRole } from '../settings'

/** The role that counts now: the configured one in site mode, 'both' for a station on its own. */
export function effectiveRole(
  site: Pick<SiteSettings, 'enabled' | 'host' | 'role'> | undefined,
): StationRole {
  return site?.enabled && site.host.trim() ? site.role : 'both'
}

/** Native alarm notifications and the alarm sound: everywhere but at a reception-only desk. */
export function raisesGuardAlerts(role: StationRole): boolean {
  return role !== 'reception'
}

/**
 * The notification and sound policy this station applies: the settings' own, switched off at a
 * reception-only desk of a site (the guard service's notifier and sound controller both read it).
 */
export function guardAlertPolicy<P extends { enabled: boolean }>(
  policy: P,
  site: Pick<SiteSettings, 'enabled' | 'host' | 'role'> | undefined,
): P {
  return raisesGuardAlerts(effectiveRole(site)) ? policy : { ...policy, enabled: false }
}

/**
 * Reception's periodic background jobs and who runs them:
 * - pendingReplay: always. A station's own pending registrations are only ever replayed by itself
 *   (site-wide they are never copied into another desk's queue), so stopping it would lose them.
 * - autoCheckout: always. It only checks out this station's own visitors (none at a booth that never
 *   registered any; those of a desk whose role changed later still leave at the end of the day).
 * - retention: always. Deleting old personal data on time is a duty of every station that holds it.
 * - directoryRefresh: always. The guard's event feed names people from the same directory.
 * - visitReconcile: desks only. Comparing the on-site list with the server's visit history every few
 *   minutes serves the desk's on-site list and costs the server one query per visitor on site; a
 *   booth repeating it for the whole site only doubles the load.
 */
export type DeskJob = 'pendingReplay' | 'autoCheckout' | 'retention' | 'directoryRefresh' | 'visitReconcile'

export function runsDeskJob(role: StationRole, job: DeskJob): boolean {
  if (job === 'visitReconcile') return role !== 'guard'
  return true
}

/** How a station takes part in the election of the one poller of a ZKBio server. */
export type ElectionStance = 'candidate' | 'fallback'

/**
 * Guard booths (and stations that are both) are candidates: they try for the lock at every attempt.
 * Reception-only desks are the fallback: a site must never be blind, so when no candidate has been
 * there for a while a desk polls (its alarms are recorded, shared and shown on the guard pages),
 * but it never competes with a booth and steps down as soon as one comes.
 */
export function electionStance(role: StationRole): ElectionStance {
  return role === 'reception' ? 'fallback' : 'candidate'
}

/**
 * A fallback station may try for the lock only when no candidate has been seen for `standBackMs`
 * (`lastCandidateSeenAt` starts at the station's start, so a booth starting at the same time wins).
 */
export function fallbackMayLead(input: {
  now: number
  lastCandidateSeenAt: number
  standBackMs: number
}): boolean {
  return input.now - input.lastCandidateSeenAt >= input.standBackMs
}

/** A fallback leader steps down as soon as a candidate is waiting for the lock. */
export function fallbackStepsDown(candidatePresent: boolean): boolean {
  return candidatePresent
}

/**
 * Station status warns when no guard booth is connected: nobody is told about door alarms.
 * `freshMs`: a station whose heartbeat is older is gone.
 */
export function guardStationConnected(
  stations: readonly { role: StationRole; lastSeen: string }[],
  now: number,
  freshMs: number,
): boolean {
  return stations.some((s) => s.role !== 'reception' && now - Date.parse(s.lastSeen) <= freshMs)
}
