import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: '配置服务器',
} satisfies Translation<typeof en>
