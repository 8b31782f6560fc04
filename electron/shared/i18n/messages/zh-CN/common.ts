import type { Translation } from '../../shape'
import type en from '../en/common'

export default {
  save: '保存',
  cancel: '取消',
  close: '关闭',
  retry: '重试',
  roles: {
    receptionist: '前台接待',
    guard: '保安',
    supervisor: '主管',
    administrator: '管理员',
  },
  /** The role inside a sentence ("A guard cannot…"). */
  rolesInline: {
    receptionist: '前台接待',
    guard: '保安',
    supervisor: '主管',
    administrator: '管理员',
  },
  /** Naive UI's -/+ buttons of number fields. */
  decrease: '减少',
  increase: '增加',
  loading: '正在加载…',
} satisfies Translation<typeof en>
