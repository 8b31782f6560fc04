import type { Translation } from '../../shape'
import type en from '../en/audit'

export default {
  title: 'Registro de auditoria',
  filter: 'Filtro de auditoria',
  operator: 'Operador',
  any: 'qualquer',
  action: 'Ação',
  from: 'De',
  to: 'Até',
  search: 'Pesquisar',
  exportCsv: 'Exportar CSV',
  entries: 'Entradas de auditoria',
  written: '{count} entradas gravadas em {path}',
  columns: {
    time: 'Hora',
    station: 'Posto',
    text: 'O que aconteceu',
    result: 'Resultado',
  },
  result: {
    ok: 'ok',
    failed: 'falhou',
    info: 'info',
  },
} satisfies Translation<typeof en>
