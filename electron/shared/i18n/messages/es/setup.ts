import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: 'Configurar un servidor',
  wizard: {
    add: 'Añadir un servidor ZKBio',
    connect: 'Conecte Gatehouse a su servidor ZKBio',
    step1:
      'En ZKBio CVSecurity, active la licencia de API y añada un cliente de API en Sistema > Autorización de API.',
    step2:
      'Introduzca abajo la dirección del servidor (por ejemplo https://192.168.1.10:8098) y el token del cliente.',
    step3: 'Pruebe la conexión. Un certificado autofirmado se muestra con su huella para que la confirme.',
    loading: 'Cargando configuración…',
  },
  server: {
    profileName: 'Nombre del perfil',
    address: 'Dirección del servidor',
    token: 'Token de API',
    tokenStored: 'Guardado: déjelo vacío para conservarlo',
    tokenFrom: 'De ZKBio: Sistema > Autorización de API',
    hideToken: 'Ocultar token',
    showToken: 'Mostrar token',
    hide: 'Ocultar',
    show: 'Mostrar',
    trusted: 'Certificado de confianza:',
    forget: 'Olvidar certificado de confianza',
    test: 'Probar conexión',
    saveChanges: 'Guardar cambios',
    saveConnect: 'Guardar y conectar',
    badAddress:
      'Introduzca la dirección del servidor con http:// o https://, por ejemplo https://192.168.1.10:8098',
    testResult: 'Prueba de conexión',
    works: 'La conexión funciona',
    canTalk: 'Gatehouse puede comunicarse con este servidor.',
    canTalkSave: 'Gatehouse puede comunicarse con este servidor. Guarde para empezar a usarlo.',
  },
} satisfies Translation<typeof en>
