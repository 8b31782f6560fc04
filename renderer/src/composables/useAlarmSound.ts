import type { SoundState } from '@shared/contract/guard'
import { onUnmounted, watch, type Ref } from 'vue'
import alarmUrl from '../../../resources/alarm.wav?url'
import duressUrl from '../../../resources/duress.wav?url'

/**
 * Plays the alarm sound as main's sound policy says: once each time `cue` changes while ringing, and
 * over and over while `loop` is on (high-priority alarms until acknowledged). Duress has its own siren
 * (`tone`), and an escalated alarm plays at full volume (normally 70 %). Muting is main's decision (it
 * needs a reason and is audited), so a muted state simply stays silent here.
 */
const NORMAL_VOLUME = 0.7

export function useAlarmSound(sound: Ref<SoundState | null>): void {
  const tones = { alarm: new Audio(alarmUrl), duress: new Audio(duressUrl) }
  for (const a of Object.values(tones)) a.preload = 'auto'
  let audio = tones.alarm

  const apply = (state: SoundState | null, previous: SoundState | null | undefined) => {
    const audible = !!state && state.enabled && state.ringing && !state.muted
    const next = tones[state?.tone ?? 'alarm']
    if (next !== audio) {
      audio.pause()
      audio.currentTime = 0
      audio = next
    }
    audio.loop = audible && state.loop
    audio.volume = state?.escalated ? 1 : NORMAL_VOLUME
    if (!audible) {
      audio.pause()
      audio.currentTime = 0
      return
    }
    if (!previous || previous.cue !== state.cue || (state.loop && audio.paused)) {
      audio.currentTime = 0
      // Autoplay may be refused until the guard has clicked once; the queue still shows the alarm.
      void audio.play().catch(() => undefined)
    }
  }

  const stop = watch(sound, apply, { immediate: true })
  onUnmounted(() => {
    stop()
    for (const a of Object.values(tones)) a.pause()
  })
}
