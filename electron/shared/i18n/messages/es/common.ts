import type { Translation } from '../../shape'
import type en from '../en/common'

export default {
  save: 'Guardar',
  cancel: 'Cancelar',
  close: 'Cerrar',
  retry: 'Reintentar',
  roles: {
    receptionist: 'Recepcionista',
    guard: 'Vigilante',
    supervisor: 'Supervisor',
    administrator: 'Administrador',
  },
  /** The role inside a sentence ("A guard cannot…"). */
  rolesInline: {
    receptionist: 'recepcionista',
    guard: 'vigilante',
    supervisor: 'supervisor',
    administrator: 'administrador',
  },
  /** Naive UI's -/+ buttons of number fields. */
  decrease: 'Disminuir',
  increase: 'Aumentar',
  loading: 'Cargando…',
} satisfies Translation<typeof en>
