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
  credentials: {
    name: 'Almacenamiento del token',
    title: 'Dónde se guarda el token de API',
    allow: 'Permitir el archivo cifrado',
    stop: 'Dejar de usar el archivo cifrado',
    stopTitle: '¿Dejar de usar el archivo cifrado?',
    stopBody:
      'Se eliminan el archivo cifrado y los tokens que contiene. Los servidores quedan desconectados hasta que haya un llavero disponible y vuelva a introducir sus tokens.',
    delete: 'Eliminar el archivo',
  },
  steps: {
    name: 'Resultados de la prueba de conexión',
    passed: 'correcto',
    failed: 'fallido',
    warning: 'advertencia',
    skipped: 'no comprobado',
    whatToDo: 'Qué hacer:',
  },
  cert: {
    name: 'Certificado del servidor',
    trustTitle: '¿Confiar en este certificado?',
    trustBody:
      'Confíe en él solo si esta huella coincide con la del certificado de su servidor ZKBio: {fingerprint}',
    trust: 'Confiar',
    changedTitle: 'El certificado cambió: conexión rechazada',
    changedBody:
      'El servidor presenta ahora el certificado de abajo, que no es el que usted aceptó. Gatehouse no le enviará el token.',
    fingerprint: 'Huella SHA-256',
    issuedTo: 'Emitido para',
    noName: '(sin nombre)',
    issuedBy: 'Emitido por',
    selfSigned: 'sí mismo (autofirmado)',
    valid: 'Validez',
    validRange: '{from} a {to}',
    expired: '(no válido hoy)',
    trustThis: 'Confiar en este certificado',
  },
} satisfies Translation<typeof en>
