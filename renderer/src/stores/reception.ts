import type {
  FormOptions,
  HostDirectoryStatus,
  Reservation,
  ServerHistoryStatus,
  VisitFilter,
  VisitRecord,
} from '@shared/contract/reception'
import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { gatehouse, unwrap } from '../api/gatehouse'
import { useServerClock } from '../composables/useServerClock'
import { markFirstStart } from '../composables/startup-marks'

/**
 * Reception's data as main keeps it: visits, reservations, form options and the host directory's
 * state. Main pushes `reception.visitsChanged` when something moves on its own (replay of a pending
 * registration, automatic check-out), and the lists reload.
 */
export const useReceptionStore = defineStore('reception', () => {
  const visits = ref<VisitRecord[]>([])
  const filter = ref<VisitFilter>('onSite')
  const query = ref('')
  const reservations = ref<Reservation[]>([])
  const options = ref<FormOptions | null>(null)
  const directory = ref<HostDirectoryStatus | null>(null)
  const pendingCount = ref(0)
  /** How fresh the server's visits registered elsewhere (in the list) are. */
  const serverHistory = ref<ServerHistoryStatus | null>(null)
  const clock = useServerClock()
  const unsubscribers: (() => void)[] = []
  let started = false

  async function loadVisits(): Promise<void> {
    const [list, pending] = await Promise.all([
      unwrap(gatehouse.reception.listVisits({ filter: filter.value, query: query.value })),
      unwrap(gatehouse.reception.listVisits({ filter: 'pending', query: '' })),
    ])
    visits.value = list.visits
    serverHistory.value = list.serverHistory
    pendingCount.value = pending.visits.filter((v) => v.status === 'pending').length
  }

  async function loadReservations(): Promise<void> {
    reservations.value = (
      await unwrap(gatehouse.reception.listReservations({ includeClosed: false }))
    ).reservations
  }

  async function loadOptions(): Promise<FormOptions> {
    const next = await unwrap(gatehouse.reception.formOptions())
    options.value = next
    clock.calibrate(next.serverNow)
    return next
  }

  async function loadDirectory(): Promise<void> {
    directory.value = await unwrap(gatehouse.reception.hostDirectoryStatus())
  }
  // The host field can find people from here on (a start-up phase for the cold-start bench).
  watch(directory, (status) => {
    if (status && status.count > 0) markFirstStart('directory searchable')
  })

  async function start(): Promise<void> {
    if (started) return
    started = true
    unsubscribers.push(
      gatehouse.on('reception.visitsChanged', () => {
        void loadVisits()
        void loadReservations()
      }),
      gatehouse.on('reception.directoryChanged', (status) => {
        directory.value = status
      }),
    )
    await Promise.allSettled([loadVisits(), loadReservations(), loadOptions(), loadDirectory()])
  }

  function stop(): void {
    for (const u of unsubscribers.splice(0)) u()
    started = false
  }

  return {
    visits,
    filter,
    query,
    reservations,
    options,
    directory,
    pendingCount,
    serverHistory,
    serverNow: clock.serverNow,
    start,
    stop,
    loadVisits,
    loadReservations,
    loadOptions,
    loadDirectory,
  }
})
