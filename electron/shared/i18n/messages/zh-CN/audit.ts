import type { Translation } from '../../shape'
import type en from '../en/audit'

export default {
  title: '审计日志',
  filter: '审计筛选',
  operator: '操作员',
  any: '全部',
  action: '操作',
  from: '从',
  to: '到',
  search: '搜索',
  exportCsv: '导出 CSV',
  entries: '审计条目',
  written: '已将 {count} 条记录写入 {path}',
  columns: {
    time: '时间',
    station: '工作站',
    text: '发生了什么',
    result: '结果',
  },
  result: {
    ok: '成功',
    failed: '失败',
    info: '信息',
  },
} satisfies Translation<typeof en>
