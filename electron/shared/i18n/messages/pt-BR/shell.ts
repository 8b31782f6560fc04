import type { Translation } from '../../shape'
import type en from '../en/shell'

export default {
  brand: 'Gatehouse',
  pages: {
    reception: 'Recepção',
    guard: 'Vigilância',
    audit: 'Registro de auditoria',
    settings: 'Configurações',
    setup: 'Configurar',
  },
  mainNav: 'Principal',
  signedIn: 'Conectado',
  lockScreen: 'Bloquear tela',
  signOut: 'Sair',
  display: 'Exibição',
  displayPanel: 'Aparência e idioma desta tela',
  displayTheme: 'Tema',
  displayLanguage: 'Idioma',
  notForRole: 'Não disponível para a sua função',
  roleCannotOpen: 'Um {role} não pode abrir esta página.',
  signedOutUser: 'usuário desconectado',
  connection: {
    name: 'Conexão com o servidor',
    unconfigured: 'Não configurado',
    connecting: 'Conectando…',
    online: 'On-line',
    degraded: 'Instável',
    offline: 'Off-line',
    unreachableSince: 'Servidor inacessível desde {time}',
    noServer: 'Ainda não há servidor ZKBio: abra Configurações para conectar um.',
    lastAnswer: 'Última resposta às {time}',
    lastError: 'Último erro: {error}',
    nextTry: 'Próxima tentativa às {time}',
  },
  notices: {
    settingsResetTitle: 'Não foi possível ler as configurações; elas foram redefinidas',
    settingsResetBody:
      'O arquivo de configurações do Gatehouse estava danificado, então ele iniciou com as configurações padrão. Os perfis de servidor e as demais configurações precisam ser informados novamente; os tokens de API continuam no chaveiro do sistema. O arquivo danificado foi guardado aqui para a equipe de TI do local:',
    databaseResetTitle: 'Não foi possível ler o banco de dados deste posto; um novo foi criado',
    databaseResetBody:
      'O arquivo de banco de dados do posto estava danificado, então o Gatehouse criou um novo, vazio. Os visitantes registrados no servidor ZKBio continuam lá. O arquivo danificado foi guardado aqui para a equipe de TI do local:',
  },
  setupNotice: {
    title: 'Conecte primeiro um servidor ZKBio',
    needsServer: '{what} precisa de um servidor ZKBio CVSecurity.',
    openSettings: 'Abrir Configurações',
  },
} satisfies Translation<typeof en>
