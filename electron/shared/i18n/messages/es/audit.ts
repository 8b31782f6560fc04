import type { Translation } from '../../shape'
import type en from '../en/audit'

export default {
  title: 'Registro de auditoría',
  filter: 'Filtro de auditoría',
  operator: 'Operador',
  any: 'cualquiera',
  action: 'Acción',
  from: 'Desde',
  to: 'Hasta',
  search: 'Buscar',
  exportCsv: 'Exportar CSV',
  entries: 'Entradas de auditoría',
  written: '{count} entradas guardadas en {path}',
  columns: {
    time: 'Hora',
    station: 'Puesto',
    text: 'Qué ocurrió',
    result: 'Resultado',
  },
  result: {
    ok: 'correcto',
    failed: 'fallido',
    info: 'info',
  },
} satisfies Translation<typeof en>
