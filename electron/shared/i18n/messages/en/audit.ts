export default {
  title: 'Audit log',
  filter: 'Audit filter',
  operator: 'Operator',
  any: 'any',
  action: 'Action',
  from: 'From',
  to: 'To',
  search: 'Search',
  exportCsv: 'Export CSV',
  entries: 'Audit entries',
  written: '{count} entries written to {path}',
  columns: {
    time: 'Time',
    station: 'Station',
    text: 'What happened',
    result: 'Result',
  },
  result: {
    ok: 'ok',
    failed: 'failed',
    info: 'info',
  },
}
