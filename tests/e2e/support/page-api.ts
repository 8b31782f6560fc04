/**
 * Calls the app's own contract functions in a page (window.gatehouse.<domain>.<verb>), as the renderer
 * does: for end-to-end tests that read state the UI shows only in part (the guard workers' states).
 */
import { expect } from '@playwright/test'
import type { Page } from 'playwright'
import type { GuardSnapshot } from '../../../electron/shared/contract/guard'

type Api = Record<
  string,
  Record<string, (x?: unknown) => Promise<{ ok: boolean; data?: unknown; error?: { message: string } }>>
>

export async function call<T>(page: Page, domain: string, verb: string, payload?: unknown): Promise<T> {
  const result = (await page.evaluate(
    async ([d, v, p]) => {
      const api = (window as unknown as { gatehouse: Api }).gatehouse
      return p === undefined ? api[d as string]![v as string]!() : api[d as string]![v as string]!(p)
    },
    [domain, verb, payload] as const,
  )) as { ok: boolean; data?: T; error?: { message: string } }
  if (!result.ok) throw new Error(`${domain}.${verb} failed: ${result.error?.message}`)
  return result.data as T
}

export const snapshot = (page: Page) => call<GuardSnapshot>(page, 'guard', 'snapshot')

/**
 * Waits until the guard is live: the door board loaded and every poll worker (each event stream's
 * monitor session among them) has succeeded once. An event raised on the server before its stream's
 * first poll is history to a new station, not news: a test that triggers an alarm sooner can miss it
 * (the guard cells test did once on a loaded machine: its held-open and forced doors raised no alarm).
 */
export async function untilGuardLive(page: Page, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const s = await snapshot(page)
        return s.doors.length > 0 && s.workers.every((w) => w.lastSuccessAt !== null)
      },
      { timeout, message: 'the guard polls every stream once' },
    )
    .toBe(true)
}
