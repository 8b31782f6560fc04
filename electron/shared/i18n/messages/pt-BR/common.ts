import type { Translation } from '../../shape'
import type en from '../en/common'

export default {
  save: 'Salvar',
  cancel: 'Cancelar',
  close: 'Fechar',
  retry: 'Tentar novamente',
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
  decrease: 'Diminuir',
  increase: 'Aumentar',
  loading: 'Carregando…',
} satisfies Translation<typeof en>
