import { onBeforeUnmount, ref, shallowRef } from 'vue'

/**
 * The webcam, for the visitor photo: list the cameras, start one (video only: main grants nothing
 * else), stop it, and say why it could not start: a problem, whose words for the operator are the
 * translations `reception.camera.<problem>`. Whatever goes wrong, the caller carries on without a photo.
 */

export const CAMERA_PROBLEMS = [
  'unsupported',
  'noCamera',
  'denied',
  'busy',
  'disconnected',
  'failed',
] as const
export type CameraProblem = (typeof CAMERA_PROBLEMS)[number]

/** DOMException names from getUserMedia, across Chromium versions, to one of our problems. */
export function classifyCameraError(error: unknown): CameraProblem {
  const name =
    error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : ''
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return 'denied'
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return 'noCamera'
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy'
    default:
      return 'failed'
  }
}

export interface CameraDevice {
  deviceId: string
  label: string
}

const REMEMBERED_CAMERA = 'gatehouse.camera'

export function useCamera() {
  const devices = ref<CameraDevice[]>([])
  const deviceId = ref<string | null>(localStorage.getItem(REMEMBERED_CAMERA))
  const stream = shallowRef<MediaStream | null>(null)
  const state = ref<'idle' | 'starting' | 'live' | 'error'>('idle')
  const problem = ref<CameraProblem | null>(null)
  const media = typeof navigator !== 'undefined' ? navigator.mediaDevices : undefined

  async function refreshDevices(): Promise<CameraDevice[]> {
    if (!media?.enumerateDevices) return []
    const all = await media.enumerateDevices()
    devices.value = all
      .filter((d) => d.kind === 'videoinput')
      .map((d, i) => ({ deviceId: d.deviceId, label: d.label || `Camera ${i + 1}` }))
    return devices.value
  }

  function fail(kind: CameraProblem): void {
    problem.value = kind
    state.value = 'error'
  }

  function stop(): void {
    for (const track of stream.value?.getTracks() ?? []) track.stop()
    stream.value = null
    if (state.value !== 'error') state.value = 'idle'
  }

  async function start(chosen: string | null = deviceId.value): Promise<MediaStream | null> {
    stop()
    problem.value = null
    if (!media?.getUserMedia) {
      fail('unsupported')
      return null
    }
    state.value = 'starting'
    try {
      const known = await refreshDevices()
      if (known.length === 0) {
        fail('noCamera')
        return null
      }
      // A remembered camera that is gone is not an error: use the first one.
      const id = chosen && known.some((d) => d.deviceId === chosen) ? chosen : null
      const next = await media.getUserMedia({
        audio: false,
        video: {
          ...(id ? { deviceId: { exact: id } } : {}),
          width: { ideal: 1280 },
          height: { ideal: 720 },
        },
      })
      const track = next.getVideoTracks()[0]
      track?.addEventListener('ended', () => {
        if (stream.value === next) {
          stream.value = null
          fail('disconnected')
        }
      })
      stream.value = next
      state.value = 'live'
      const actual = track?.getSettings().deviceId ?? id
      if (actual) {
        deviceId.value = actual
        localStorage.setItem(REMEMBERED_CAMERA, actual)
      }
      // Labels are only readable once access is granted.
      await refreshDevices()
      return next
    } catch (error) {
      fail(classifyCameraError(error))
      return null
    }
  }

  const onDeviceChange = (): void => void refreshDevices()
  media?.addEventListener?.('devicechange', onDeviceChange)
  onBeforeUnmount(() => {
    media?.removeEventListener?.('devicechange', onDeviceChange)
    stop()
  })

  return { devices, deviceId, stream, state, problem, start, stop, refreshDevices }
}
