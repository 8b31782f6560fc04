import type { Translation } from '../../shape'
import type en from '../en/settings'

export default {
  title: 'Configuración',
  language: {
    title: 'Idioma',
    label: 'Idioma',
    system: 'Predeterminado del sistema',
    hint: 'Se aplica de inmediato a las pantallas, notificaciones, credenciales y exportaciones de este puesto.',
  },
  connection: {
    title: 'Conexión',
    unconfigured: 'Sin configurar',
    connecting: 'Conectando…',
    online: 'En línea',
    degraded: 'Algunas solicitudes fallan',
    offline: 'Servidor inaccesible',
    offlineSince: '{state} desde las {time}',
    nextTry: 'Próximo intento a las {time}',
    checkNow: 'Comprobar ahora',
    missing: 'Funciones que le faltan a este servidor',
  },
  about: {
    title: 'Acerca de',
    version: 'Versión',
    platform: 'Plataforma',
    electron: 'Electron',
    notElectron: 'no se ejecuta en Electron',
  },
  appearance: {
    title: 'Apariencia',
    system: 'Sistema',
    light: 'Claro',
    dark: 'Oscuro',
  },
} satisfies Translation<typeof en>
