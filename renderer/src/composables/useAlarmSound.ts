import type { SoundState } from '@shared/contract/guard'
import { onUnmounted, watch, type Ref } from 'vue'
import alarmUrl from '../../../resources/alarm.wav?url'

/**
 * Plays the alarm sound as main's sound policy says: once each time `cue` changes while ringing, and
 * over and over while `loop` is on (high-priority alarms until acknowledged). Muting is main's
 * decision (it needs a reason and is audited), so a muted state simply stays silent here.
 */
export function useAlarmSound(sound: Ref<SoundState | null>): void {
  const audio = new Audio(alarmUrl)
  audio.preload = 'auto'

  const apply = (state: SoundState | null, previous: SoundState | null | undefined) => {
    const audible = !!state && state.enabled && state.ringing && !state.muted
    audio.loop = audible && state.loop
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
    audio.pause()
  })
}
