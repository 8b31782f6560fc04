import type { Translation } from '../../shape'
import type en from '../en/shell'

export default {
  brand: 'Gatehouse',
  pages: {
    reception: 'Recepción',
    guard: 'Vigilancia',
    audit: 'Registro de auditoría',
    settings: 'Configuración',
    setup: 'Configurar',
  },
  mainNav: 'Principal',
  signedIn: 'Sesión iniciada',
  lockScreen: 'Bloquear pantalla',
  signOut: 'Cerrar sesión',
  display: 'Pantalla',
  displayPanel: 'Apariencia e idioma de esta pantalla',
  displayTheme: 'Tema',
  displayLanguage: 'Idioma',
  notForRole: 'No disponible para su rol',
  roleCannotOpen: 'Un {role} no puede abrir esta página.',
  signedOutUser: 'usuario sin sesión',
  connection: {
    name: 'Conexión con el servidor',
    unconfigured: 'Sin configurar',
    connecting: 'Conectando…',
    online: 'En línea',
    degraded: 'Degradado',
    offline: 'Sin conexión',
    unreachableSince: 'Servidor inaccesible desde las {time}',
    noServer: 'Aún no hay servidor ZKBio: abra Configuración para conectar uno.',
    lastAnswer: 'Última respuesta a las {time}',
    lastError: 'Último error: {error}',
    nextTry: 'Próximo intento a las {time}',
  },
  notices: {
    settingsResetTitle: 'No se pudo leer la configuración y se restableció',
    settingsResetBody:
      'El archivo de configuración de Gatehouse estaba dañado, así que se inició con la configuración predeterminada. Hay que volver a introducir los perfiles de servidor y demás ajustes; los tokens de API siguen en el llavero del sistema. El archivo dañado se guardó aquí para el equipo de TI del sitio:',
    databaseResetTitle: 'No se pudo leer la base de datos de este puesto y se creó una nueva',
    databaseResetBody:
      'El archivo de base de datos del puesto estaba dañado, así que Gatehouse creó uno nuevo y vacío. Los visitantes registrados en el servidor ZKBio siguen allí. El archivo dañado se guardó aquí para el equipo de TI del sitio:',
  },
  setupNotice: {
    title: 'Conecte primero un servidor ZKBio',
    needsServer: '{what} necesita un servidor ZKBio CVSecurity.',
    openSettings: 'Abrir Configuración',
  },
} satisfies Translation<typeof en>
