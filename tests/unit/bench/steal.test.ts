import { describe, expect, it } from 'vitest'
import { sampleSteal, stealBetween, stealMs, type StealSample } from '../../bench/support/steal'

// Steal ticks every 10 ms: samples 10 ms apart, the host taking 40 ms between 1,020 and 1,060.
const samples: StealSample[] = [1000, 1010, 1020, 1030, 1040, 1050, 1060, 1070, 1080].map((at) => ({
  at,
  steal: at <= 1020 ? 500 : at >= 1060 ? 540 : 500 + (at - 1020),
}))

describe('steal time in a frame window', () => {
  it('is what the host took between the samples around the window', () => {
    expect(stealBetween(samples, 1015, 1065)).toBe(40)
    expect(stealBetween(samples, 1025, 1045)).toBe(30)
  })

  it('is none in a window where the counter did not move', () => {
    expect(stealBetween(samples, 1061, 1079)).toBe(0)
    expect(stealBetween(samples, 1000, 1020)).toBe(0)
  })

  it('takes the first and last sample for a window past the samples', () => {
    expect(stealBetween(samples, 900, 2000)).toBe(40)
    expect(stealBetween([], 0, 10)).toBe(0)
  })

  it('reads a counter that only grows, with a first and a last sample', async () => {
    const before = stealMs()
    expect(before).toBeGreaterThanOrEqual(0)
    const sampler = sampleSteal(5)
    await new Promise((resolve) => setTimeout(resolve, 30))
    const taken = sampler.stop()
    expect(taken.length).toBeGreaterThanOrEqual(2)
    expect(taken.at(-1)!.at).toBeGreaterThan(taken[0]!.at)
    expect(taken.at(-1)!.steal).toBeGreaterThanOrEqual(before)
  })
})
