import type { Translation } from '../../shape'
import type en from '../en/server'

export default {
  alarm: {
    title: '{kind}: {place}',
    titleWithTemperature: '{kind}: {place} ({temperature} °C)',
    stillNotAcknowledged: 'Aún sin reconocer: {title}',
    since: 'Desde las {time}',
    foundAfterOutage: '(detectada tras un corte)',
    summaryTitle: '{count} alarmas más',
    summaryTitleOne: '1 alarma más',
    summaryCritical: '{title} ({critical} críticas)',
    summaryBody: 'Demasiadas alarmas para mostrarlas una a una. Abra la cola de alarmas en Gatehouse.',
    serverSaid: 'Servidor: "{name}"',
    unknownDevice: 'dispositivo desconocido',
    linkLostPlace: 'servidor ZKBio',
    serverAnswersAgain: 'El servidor vuelve a responder.',
    serverSilentFor: 'El servidor no responde desde hace {seconds} s.',
    serverDidNotAnswer: 'El servidor no respondió.',
    noAnswerWithin: 'Sin respuesta en {ms} ms.',
    notFound: 'No existe la alarma n.º {id}.',
  },
  badge: {
    visitor: 'VISITANTE',
    visitOf: 'Visita del {day}',
    visiting: 'Visita a:',
    validUntil: 'Válido hasta:',
    noPhoto: 'Sin foto',
    photoAlt: 'Foto del visitante',
    qrAlt: 'Código QR del visitante',
    documentTitle: 'Credencial de visitante - {name}',
    pending: 'La credencial estará disponible cuando el servidor confirme el registro.',
    failed: 'El servidor rechazó este registro, así que no tiene credencial. Registre de nuevo al visitante.',
    visitGone: 'Esta visita ya no está en los registros locales.',
    sentTo: 'Credencial enviada a {where}.',
    defaultPrinter: 'la impresora predeterminada',
    printerMissing:
      'La impresora de credenciales "{name}" no está instalada en este equipo. Elija otra impresora en Configuración.',
    photoNotJpeg: 'La foto debe ser una imagen JPEG.',
    printCancelled: 'Se canceló la impresión.',
    printFailed:
      'La impresora no pudo imprimir: {reason}. Compruebe que está encendida, conectada y con etiquetas.',
    printFailedNamed:
      'La impresora "{name}" no pudo imprimir: {reason}. Compruebe que está encendida, conectada y con etiquetas.',
    savePdfTitle: 'Guardar como PDF',
    pdfDocument: 'Documento PDF',
  },
  rollCall: {
    title: 'Lista de evacuación',
    printed: 'Impreso el {time}.',
    counts: '{visits} visita(s), {people} persona(s) en el recinto.',
    notYetOnServer: '(aún no está en el servidor)',
    photo: 'Foto',
    visitor: 'Visitante',
    company: 'Empresa',
    host: 'Anfitrión',
    timeIn: 'Hora de entrada',
    safe: 'A salvo',
    nobody: 'No hay nadie registrado en el recinto.',
  },
  csv: {
    history: {
      time: 'Hora',
      event: 'Evento',
      level: 'Nivel',
      point: 'Puerta / torniquete',
      reader: 'Lector',
      device: 'Dispositivo',
      deviceSn: 'N.º de serie del dispositivo',
      area: 'Área',
      pin: 'PIN',
      person: 'Persona',
      card: 'Tarjeta',
      verification: 'Verificación',
    },
    audit: {
      time: 'Hora (UTC)',
      station: 'Puesto',
      operator: 'Operador',
      action: 'Acción',
      target: 'Objeto',
      result: 'Resultado',
      detail: 'Detalle',
      whatHappened: 'Qué ocurrió',
    },
    exportEvents: 'Exportar eventos',
    exportAudit: 'Exportar el registro de auditoría',
  },
  startup: {
    couldNotStartTitle: 'Gatehouse no pudo iniciarse',
    couldNotStart: 'Gatehouse no pudo iniciarse.',
    unexpected:
      'Algo inesperado detuvo Gatehouse mientras se iniciaba. Vuelva a iniciarlo; si sigue ocurriendo, entregue los detalles de abajo al departamento de TI.',
    dataFolder: 'Carpeta de datos: {path}',
    details: 'Detalles: {text}',
    quit: 'Salir',
    tryAgain: 'Reintentar',
    databaseInUse: 'La base de datos de Gatehouse está en uso por otro programa.',
    databaseInUseDetail:
      '{file} está en uso por otro programa: quizá otro Gatehouse con la misma carpeta de datos, o una herramienta de copia de seguridad o antivirus. Ciérrelo y elija Reintentar.',
  },
  storage: {
    DISK_FULL:
      'El disco de este equipo está lleno, así que Gatehouse no pudo guardar. No se ha perdido nada de lo escrito: libere espacio (o pida a TI que lo haga) y vuelva a intentarlo.',
    DATABASE_BUSY:
      'Otro programa está usando la base de datos de Gatehouse y no se pudo escribir en este momento. No se ha perdido nada de lo escrito: inténtelo de nuevo en un momento. Si sigue ocurriendo, cierre los programas que abren los datos de Gatehouse (una copia de seguridad o una herramienta de bases de datos).',
    READ_ONLY:
      'Gatehouse no puede escribir en su carpeta de datos: la carpeta o el disco son de solo lectura, o cambiaron sus permisos. No se ha perdido nada de lo escrito: pida a TI que permita escribir en la carpeta de datos de Gatehouse y vuelva a intentarlo.',
    STORAGE_FAILED:
      'Gatehouse no pudo escribir en el disco (un error del disco o del sistema de archivos). No se ha perdido nada de lo escrito: inténtelo de nuevo; si sigue ocurriendo, pida a TI que revise el disco.',
  },
  storageAtStart: {
    DISK_FULL:
      'El disco de este equipo está lleno, así que Gatehouse no puede abrir sus datos. Libere espacio (o pida a TI que lo haga) y vuelva a iniciar Gatehouse.',
    DATABASE_BUSY:
      'Otro programa está usando la base de datos de Gatehouse. Ciérrelo (una copia de seguridad o una herramienta de bases de datos) y vuelva a iniciar Gatehouse.',
    READ_ONLY:
      'Gatehouse no puede escribir en su carpeta de datos: la carpeta o el disco son de solo lectura, o cambiaron sus permisos. Pida a TI que permita escribir en ella y vuelva a iniciar Gatehouse.',
    STORAGE_FAILED:
      'Gatehouse no pudo leer ni escribir su carpeta de datos (un error del disco o del sistema de archivos). Pida a TI que revise el disco y vuelva a iniciar Gatehouse.',
  },
  zkbio: {
    network:
      'No se puede contactar con el servidor ZKBio. Compruebe el cable de red o la wifi y que el servidor esté en marcha.',
    timeout: 'El servidor ZKBio no respondió a tiempo. Puede estar ocupado o la red puede ser lenta.',
    tls: 'La conexión segura con el servidor ZKBio falló: su certificado no es de confianza. Pida al administrador que revise la dirección del servidor y la configuración del certificado.',
    tlsPinMismatch:
      'El servidor ZKBio presentó un certificado de seguridad distinto del que se confió para él. No continúe: pida al administrador que confirme el certificado del servidor.',
    auth: 'El servidor ZKBio rechazó el token de acceso. Pida al administrador que revise el token de la API y que la licencia de la API esté activa.',
    http: 'El servidor ZKBio respondió con un error inesperado.',
    html: 'El servidor ZKBio respondió con una página web en lugar de datos. Puede que un proxy o una pasarela delante de él no funcione.',
    springError:
      'El servidor ZKBio no reconoce esta petición. Puede ser una versión anterior o configurada de otra forma.',
    malformedJson: 'El servidor ZKBio envió una respuesta dañada. Inténtelo de nuevo.',
    server: 'El servidor ZKBio rechazó la petición.',
    validation: 'El servidor ZKBio envió una respuesta con un formato inesperado.',
    unsupported: 'Este servidor ZKBio no ofrece esta función.',
    aborted: 'Se canceló la petición al servidor ZKBio.',
    refusedWithText: 'El servidor ZKBio rechazó la petición: {text}',
    refusedWithTextAndCode: 'El servidor ZKBio rechazó la petición: {text} (código {code}).',
    refusedWithCode: 'El servidor ZKBio rechazó la petición (código {code}).',
  },
  connection: {
    certificateChanged:
      'El certificado del servidor ha cambiado desde que lo aceptó. Ocurre cuando se reinstala el servidor ZKBio o se renueva su certificado, pero también es lo que vería si un atacante interceptara la conexión, así que Gatehouse no envía el token.',
    certificateChangedAction:
      'Pregunte al administrador de ZKBio si se sustituyó el certificado y compare la nueva huella con la que muestra el servidor. Solo entonces abra el perfil, elija "Olvidar el certificado de confianza" y pruebe de nuevo para confiar en el nuevo.',
    unexpected:
      'Gatehouse no pudo comunicarse con el servidor ZKBio por un problema inesperado. Lo volverá a intentar.',
    advice: {
      network:
        'Compruebe la dirección y el puerto, que el servidor ZKBio esté en marcha y que ningún cortafuegos bloquee este equipo.',
      timeout:
        'El servidor puede estar sobrecargado o la red ser lenta. Inténtelo de nuevo; si persiste, revise el servidor.',
      html: 'Respondió un proxy o pasarela delante del servidor ZKBio en lugar del servidor. Compruebe que el servidor detrás está en marcha o use directamente la dirección del servidor.',
      springError:
        'La dirección responde pero no tiene la API de ZKBio en esta ruta. Revise la dirección: use la raíz del servidor (por ejemplo https://192.168.1.10:8098), no una página dentro de él.',
      malformed:
        'Inténtelo de nuevo. Si sigue ocurriendo, puede que la versión del servidor no sea compatible; notifíquelo indicando la versión del servidor.',
      tls: 'Revise la configuración del certificado de este perfil (huella de confianza o archivo de CA).',
      auth: 'Copie de nuevo el token de la API desde ZKBio CVSecurity (Sistema > Autorización de API, el cliente que añadió para Gatehouse) y péguelo aquí.',
      other: 'Inténtelo de nuevo. Si sigue ocurriendo, revise el servidor y este perfil.',
    },
  },
  guardOps: {
    doorTarget: 'Puerta "{name}" ({id})',
    gateTarget: 'Torniquete "{name}" ({id})',
    floorTarget: 'Planta "{name}" ({id})',
    doorOpened: 'Puerta "{name}" abierta durante {seconds} s.',
    doorClosed: 'Puerta "{name}" cerrada.',
    gateOpenedEntry: 'Torniquete "{name}" abierto para entrar.',
    gateOpenedExit: 'Torniquete "{name}" abierto para salir.',
    floorReleased: 'Planta "{name}" liberada durante {seconds} s.',
    floorLocked: 'Planta "{name}" bloqueada.',
    floorNumbered: 'Planta {number}',
    failedInside: 'La orden falló dentro de Gatehouse; no se reintentó.',
    notDone: 'No realizado: {message}',
  },
  guard: {
    statesNotLive:
      'Los estados de puertas y torniquetes no están en directo: los paneles muestran el último estado conocido.',
    feature: {
      doorStates: 'Este servidor no informa del estado de las puertas.',
      gateStates: 'Este servidor no tiene torniquetes de control de acceso.',
      accessEvents: 'Este servidor no ofrece el monitor de eventos de acceso.',
      gateEvents: 'Este servidor no tiene monitor de eventos de torniquetes.',
      temperatureEvents: 'Este servidor no tiene monitor de temperatura y mascarilla.',
    },
  },
  audit: {
    other: 'hizo {action} en {target}',
    failedSignIn: "Inicio de sesión fallido como '{target}'",
    tried: '{operator} intentó: {what} — no realizado{detail}',
    did: '{operator} {what}{detail}',
    detail: ": '{detail}'",
    alarmTarget: "'{title}, {place}'",
    quoted: "'{target}'",
    phrase: {
      guard_alarm_acknowledge: 'reconoció {target}',
      guard_alarm_clear: 'borró {target}',
      guard_sound_mute: 'silenció el sonido de alarma',
      guard_sound_unmute: 'volvió a activar el sonido de alarma',
      door_remoteOpen: 'abrió {target}',
      door_remoteClose: 'cerró {target}',
      gate_remoteOpen_entry: 'abrió {target} para entrar',
      gate_remoteOpen_exit: 'abrió {target} para salir',
      floor_remoteOpen: 'liberó {target}',
      floor_remoteClose: 'bloqueó {target}',
      reception_register: 'registró un visitante ({target})',
      reception_replay: 'envió un visitante registrado sin conexión ({target})',
      reception_checkOut: 'registró la salida de un visitante ({target})',
      reception_autoCheckOut: 'registró la salida de un visitante al final del día ({target})',
      reception_reserve: 'reservó una visita ({target})',
      reception_cancelReservation: 'canceló una visita reservada ({target})',
      reception_discardPending: 'descartó un registro no enviado ({target})',
      reception_printRollCall: 'imprimió la lista de evacuación',
      reception_saveRollCallPdf: 'guardó la lista de evacuación como PDF',
      badge_print: 'imprimió la credencial de {target}',
      badge_savePdf: 'guardó la credencial de {target} como PDF',
      person_enrolPhoto: 'registró la foto de la persona {target}',
      settings_update: 'cambió la configuración ({target})',
      settings_addProfile: 'añadió el servidor {target}',
      settings_editProfile: 'cambió el servidor {target}',
      settings_removeProfile: 'quitó el servidor {target}',
      settings_switchProfile: 'cambió al servidor {target}',
      session_signIn: 'inició sesión',
      session_signOut: 'cerró sesión',
      session_lock: 'bloqueó la pantalla',
      session_idleLock: 'fue desconectado por el bloqueo por inactividad',
      session_signInFailed: 'no pudo iniciar sesión como {target}',
      operators_create: 'añadió el operador {target}',
      operators_update: 'cambió el operador {target}',
      operators_setSecret: 'estableció una nueva contraseña o PIN para {target}',
      operators_recover: 'restableció el administrador {target} desde el equipo',
      operators_updatePolicy: 'cambió la política de inicio de sesión ({target})',
      audit_exportCsv: 'exportó el registro de auditoría a {target}',
    },
  },
  errors: {
    planNotFound: 'No existe el plano n.º {id}.',
    planImageMissing: 'Falta en este puesto la imagen del plano "{name}".',
    planNotImage: 'La imagen del plano no es una imagen PNG ni JPEG. Elija un archivo PNG, JPEG, SVG o PDF.',
    planTooLarge: 'La imagen del plano debe medir como máximo {max} píxeles por lado.',
    planNotSaved: 'No se pudo guardar el plano en este puesto: {reason}',
    checksAgain: '{feature} Gatehouse lo vuelve a comprobar dentro de 10 minutos.',
    profileGone: 'Este perfil de servidor ya no existe.',
    addressChanged:
      'La dirección ha cambiado: introduzca de nuevo el token de la API para probar la nueva dirección.',
    trustChanged:
      'La confianza del certificado ha cambiado: introduzca de nuevo el token de la API para probar con la nueva confianza.',
    serverHasIt:
      'El visitante está registrado en el servidor, pero este equipo no pudo anotarlo: su disco está lleno o su base de datos ocupada. Libere espacio (o espere un momento): Gatehouse completará el registro desde el servidor y nada se registrará dos veces.',
    pending:
      'No se puede contactar con el servidor. El registro se guarda en este equipo y se enviará automáticamente cuando el servidor vuelva.',
    alreadyPending:
      'Este visitante ya está guardado en este equipo a la espera del servidor; Gatehouse lo completa automáticamente (nunca se registra dos veces).',
    tokenNotForServer:
      'El token de la API guardado era para otra dirección o certificado de servidor, así que Gatehouse no lo envía aquí. Abra Configuración, edite el perfil e introduzca de nuevo el token de la API.',
    inKeychain:
      'Los tokens de la API se guardan en el llavero del sistema de este equipo (como "{service}").',
    noKeychain:
      'Este equipo no tiene un llavero del sistema que Gatehouse pueda usar (en Linux: no hay ningún Secret Service como gnome-keyring en marcha), así que el token de la API no puede guardarse allí.',
    noKey:
      '{noKeychain} Tampoco hay una clave de cifrado segura ({problem}). Gatehouse nunca guarda el token en texto plano: inicie un llavero (por ejemplo gnome-keyring) y reinicie Gatehouse.',
    askConsent:
      '{noKeychain} Si lo permite, Gatehouse puede guardar el token en un archivo de su carpeta de datos, cifrado con la clave de este equipo para esta cuenta de usuario (nunca en texto plano).',
    encryptedFile:
      '{noKeychain} Como lo permitió, el token de la API se guarda en un archivo cifrado en la carpeta de datos de Gatehouse ({file}), legible solo por esta cuenta de usuario en este equipo.',
  },
} satisfies Translation<typeof en>
