import type { ChannelName } from '@shared/contract/index'
import { canCall } from '@shared/contract/permissions'
import type { SessionStatus, SignInResult } from '@shared/contract/session'
import type { Role } from '@shared/operators/roles'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { gatehouse, unwrap } from '../api/gatehouse'

/** Input that counts as "still at the desk"; main holds the idle timer, this only reports activity. */
const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const
/** At most one activity report per interval (a quarter of the idle time, at most 5 s). */
const ACTIVITY_THROTTLE_MS = 5_000

/**
 * Who is at the desk, as main reports it. Main decides every permission; this store only lets the
 * shell hide what the signed-in role can't do and show the sign-in or lock screen.
 */
export const useSessionStore = defineStore('session', () => {
  const status = ref<SessionStatus | null>(null)
  let unsubscribe: (() => void) | null = null
  let lastActivity = 0

  /** A fresh station (no accounts yet) is open to its first-run wizard, as main treats it. */
  const role = computed<Role | null>(() => {
    if (!status.value) return null
    if (status.value.operator) return status.value.operator.role
    return status.value.state === 'unclaimed' ? 'administrator' : null
  })
  const needsSignIn = computed(() => status.value?.state === 'signedOut' || status.value?.state === 'locked')
  const can = (channel: ChannelName): boolean => canCall(channel, role.value)

  function reportActivity(): void {
    if (status.value?.state !== 'signedIn' || status.value.demo) return
    const now = Date.now()
    const throttle = Math.min(ACTIVITY_THROTTLE_MS, status.value.idleLockSeconds * 250)
    if (now - lastActivity < throttle) return
    lastActivity = now
    void gatehouse.session.activity()
  }

  async function start(): Promise<void> {
    if (!unsubscribe) {
      const off = gatehouse.on('session.changed', (next) => {
        status.value = next
      })
      for (const name of ACTIVITY_EVENTS) window.addEventListener(name, reportActivity, { passive: true })
      unsubscribe = () => {
        off()
        for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, reportActivity)
      }
    }
    status.value = await unwrap(gatehouse.session.status())
  }

  function stop(): void {
    unsubscribe?.()
    unsubscribe = null
  }

  async function signIn(username: string, secret: string): Promise<SignInResult> {
    const result = await unwrap(gatehouse.session.signIn({ username, secret }))
    if (result.ok) {
      status.value = result.status
      lastActivity = 0
    }
    return result
  }

  async function signOut(): Promise<void> {
    status.value = await unwrap(gatehouse.session.signOut())
  }

  async function lock(): Promise<void> {
    status.value = await unwrap(gatehouse.session.lock())
  }

  async function createFirstAdministrator(input: {
    username: string
    displayName: string
    password: string
  }): Promise<void> {
    status.value = await unwrap(gatehouse.session.createFirstAdministrator(input))
  }

  return { status, role, needsSignIn, can, start, stop, signIn, signOut, lock, createFirstAdministrator }
})
