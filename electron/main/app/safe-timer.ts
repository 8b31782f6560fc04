import { createLogger } from '../log'

const log = createLogger('timers')

/**
 * Runs a background task so that its failure is logged, never thrown into the event loop: a throw in
 * an interval callback is an uncaught exception in main, and a rejected promise nobody awaits is an
 * unhandled rejection. A periodic prune must not be able to take the station down (e.g. a database
 * locked by a backup tool for a minute).
 */
export function runSafely(name: string, task: () => unknown): void {
  try {
    const result = task()
    if (result instanceof Promise) result.catch((error: unknown) => log.warn(`${name} failed`, { error }))
  } catch (error) {
    log.warn(`${name} failed`, { error })
  }
}

/** setInterval for background work: failures are logged, the timer never keeps the process alive. */
export function safeInterval(
  name: string,
  task: () => unknown,
  everyMs: number,
): ReturnType<typeof setInterval> {
  const timer = setInterval(() => runSafely(name, task), everyMs)
  timer.unref?.()
  return timer
}
