import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: 'Configurar um servidor',
} satisfies Translation<typeof en>
