/**
 * Chromium switches main sets before `ready` (no Electron import here: the test harness launches its
 * Chromium with the same list, so tests and benches run the renderer the app runs).
 *
 * `--no-memory-reducer`: V8's memory reducer gives the heap's free pages back after a busy spell is
 * followed by a quiet one. The guard screen is never idle for long: the memory came back within
 * seconds (the renderer swung between about 230 and 320 MB every few seconds of the guard bench), and
 * each release froze the page. Unmapping 60 to 100 MB stopped its main thread for 67 to 267 ms in
 * the kernel on a virtual machine with one core busy (perf: TLB flushes waiting for the other CPU).
 * Without it (lab, 10 rounds of the guard bench's phases each way, one core busy): the live feed and
 * the door deltas had no frame over 50 ms instead of 7 such frames in 5 of 10 rounds; the renderer
 * keeps its peak, 350 to 390 MB instead of 230 to 340. Garbage is still collected as before; the
 * soak's renderer heap (measured after a full GC) does not depend on it.
 */
export const CHROMIUM_SWITCHES: readonly (readonly [name: string, value: string])[] = [
  ['js-flags', '--no-memory-reducer'],
]

/** The switches as command-line arguments (`--name=value`). */
export const chromiumSwitchArgs = (switches = CHROMIUM_SWITCHES): string[] =>
  switches.map(([name, value]) => (value ? `--${name}=${value}` : `--${name}`))
