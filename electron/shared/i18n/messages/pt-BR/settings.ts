import type { Translation } from '../../shape'
import type en from '../en/settings'

export default {
  title: 'Configurações',
  language: {
    title: 'Idioma',
    label: 'Idioma',
    system: 'Padrão do sistema',
    hint: 'Aplica-se na hora às telas, notificações, crachás e exportações deste posto.',
  },
  connection: {
    title: 'Conexão',
    unconfigured: 'Não configurado',
    connecting: 'Conectando…',
    online: 'On-line',
    degraded: 'Algumas solicitações falham',
    offline: 'Servidor inacessível',
    offlineSince: '{state} desde {time}',
    nextTry: 'Próxima tentativa às {time}',
    checkNow: 'Verificar agora',
    missing: 'Recursos que faltam neste servidor',
  },
  about: {
    title: 'Sobre',
    version: 'Versão',
    platform: 'Plataforma',
    electron: 'Electron',
    notElectron: 'não está rodando no Electron',
  },
  appearance: {
    title: 'Aparência',
    system: 'Sistema',
    light: 'Claro',
    dark: 'Escuro',
  },
} satisfies Translation<typeof en>
