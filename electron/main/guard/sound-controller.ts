/**
 * Owns the alarm sound state: rings while an alarm is new, loops for high-priority ones (policy),
 * stays silent while muted. A mute needs a reason and an end, and both mute and unmute go to the
 * audit log. The renderer plays resources/alarm.wav as `guard.sound` says.
 */
import type { SoundState } from '../../shared/contract/guard'
import { shallowEqual } from '../../shared/guard/board-diff'
import { computeSound, type Mute, type RingingAlarm, type SoundPolicy } from '../../shared/guard/sound-policy'

export interface SoundControllerDeps {
  policy: () => SoundPolicy
  newAlarms: () => RingingAlarm[]
  send: (state: SoundState) => void
  audit: (action: 'guard.sound.mute' | 'guard.sound.unmute', operator: string, detail: string) => void
  now?: () => number
}

export class SoundController {
  private cue = 0
  private mute: Mute | null = null
  private muteTimer: ReturnType<typeof setTimeout> | null = null
  private last: SoundState | null = null
  private readonly now: () => number

  constructor(private readonly deps: SoundControllerDeps) {
    this.now = deps.now ?? Date.now
  }

  state(): SoundState {
    return computeSound(this.deps.policy(), this.deps.newAlarms(), this.mute, this.now(), this.cue)
  }

  /** A new alarm: a new cue (the renderer plays once per cue). */
  onRaised(): void {
    this.cue++
    this.update()
  }

  /** Alarms changed (acknowledged, cleared): maybe stop ringing or looping. */
  update(): void {
    const next = this.state()
    if (this.last && shallowEqualSound(this.last, next)) return
    this.last = next
    this.deps.send(next)
  }

  muteFor(minutes: number, reason: string, by: string): SoundState {
    const untilMs = this.now() + minutes * 60_000
    this.mute = { untilMs, reason, by }
    this.deps.audit('guard.sound.mute', by, `${minutes} min: ${reason}`)
    if (this.muteTimer) clearTimeout(this.muteTimer)
    this.muteTimer = setTimeout(() => {
      this.muteTimer = null
      this.mute = null
      this.update()
    }, minutes * 60_000)
    this.muteTimer.unref?.()
    this.update()
    return this.state()
  }

  unmute(by: string): SoundState {
    if (this.mute) this.deps.audit('guard.sound.unmute', by, `mute "${this.mute.reason}" ended early`)
    this.mute = null
    if (this.muteTimer) clearTimeout(this.muteTimer)
    this.muteTimer = null
    this.update()
    return this.state()
  }

  stop(): void {
    if (this.muteTimer) clearTimeout(this.muteTimer)
    this.muteTimer = null
  }
}

function shallowEqualSound(a: SoundState, b: SoundState): boolean {
  const { muted: am, ...ar } = a
  const { muted: bm, ...br } = b
  if (!shallowEqual(ar, br)) return false
  if (am === null || bm === null) return am === bm
  return shallowEqual(am, bm)
}
