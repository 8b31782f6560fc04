import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: 'Configurar un servidor',
} satisfies Translation<typeof en>
