/**
 * Chromium switches main sets before `ready` (no Electron import here: the test harness launches
 * its Chromium with the same list, so tests and benches run the renderer the app runs).
 *
 * `--no-memory-reducer`: V8's memory reducer gives the heap's free pages back after a busy spell is
 * followed by a quieter one. The guard screen is never idle for long, so the memory was taken again
 * within seconds (in the guard bench's phases the renderer went from about 310 down to 230 MB and
 * back), and each release froze the page: unmapping 60 to 100 MB stopped its main thread for 67 to
 * 267 ms in the kernel on a virtual machine with one core busy (perf: TLB flushes waiting for the
 * other CPU). Without it (lab, 10 rounds of the guard bench's phases each way, one core busy): the
 * live feed and the door deltas had no frame over 50 ms instead of 10 such frames in 6 of 10
 * rounds; the renderer keeps its peak, 350 to 390 MB instead of 230 to 340 in that lab. Garbage is
 * still collected as before. The soak measures the renderer's RSS: it levels off (213 -> 216 MB
 * over the second half of a simulated week).
 */
export const CHROMIUM_SWITCHES: readonly (readonly [name: string, value: string])[] = [
  ['js-flags', '--no-memory-reducer'],
]

/** The switches as command-line arguments (`--name=value`). */
export const chromiumSwitchArgs = (switches = CHROMIUM_SWITCHES): string[] =>
  switches.map(([name, value]) => (value ? `--${name}=${value}` : `--${name}`))
