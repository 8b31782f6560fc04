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
    enrolAccepted: 'El servidor aceptó la foto. Ya figura en la ficha del empleado.',
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
    desk: 'Mostrador',
    timeIn: 'Hora de entrada',
    safe: 'A salvo',
    nobody: 'No hay nadie registrado en el recinto.',
    registeredElsewhere: 'Servidor ZKBio (registrado en otro lugar)',
    checkOutWithdrawn: 'El registro no había llegado al servidor; se ha retirado.',
    checkOutWithdrawnUnsettled:
      'Salida registrada. El servidor aún no ha podido confirmar si el registro le había llegado; si fue así, su visita en el servidor se cerrará en cuanto responda.',
    checkOutAlready: 'Ya se registró la salida.',
    checkOutVisitGone: 'Esta visita ya no está en este mostrador.',
    checkOutAlreadyByServer: 'El servidor ya había registrado la salida de este visitante.',
    checkOutNoServer: 'No hay ningún servidor ZKBio configurado.',
    noLongerListed:
      'Este visitante ya no está en la lista de visitas del servidor; vuelva a consultar con el servidor.',
    historyAsOf: 'Historial de visitas del servidor a las {time}.',
    historyStale: 'No se pudo consultar el servidor; historial de visitas del servidor a las {time}.',
    historyNotYet:
      'No se pudo consultar el servidor: no se muestran los visitantes registrados en otro lugar.',
    historyUnsupported:
      'Este servidor no puede listar visitas: no se muestran los visitantes registrados fuera de Gatehouse.',
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
    hints: {
      DEPTH_ZERO_SELF_SIGNED_CERT:
        'El servidor ZKBio usa un certificado autofirmado que aún no es de confianza. Use "Probar conexión" para revisar su huella y confiar en él.',
      SELF_SIGNED_CERT_IN_CHAIN:
        'El certificado del servidor ZKBio lo firmó una autoridad en la que este equipo no confía. Confíe en su huella o añada el archivo de CA.',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        'No se puede verificar el certificado del servidor ZKBio. Confíe en su huella o añada el archivo de CA que lo firmó.',
      CERT_HAS_EXPIRED:
        'El certificado del servidor ZKBio ha caducado. Pida al administrador que lo renueve.',
      ERR_TLS_CERT_ALTNAME_INVALID:
        'El certificado del servidor ZKBio se emitió para una dirección distinta de la configurada. Compruebe la dirección del servidor.',
      ECONNREFUSED:
        'El servidor ZKBio rechazó la conexión. Compruebe la dirección y el puerto, y que el servidor esté en marcha.',
      ENOTFOUND: 'No se encuentra el nombre del servidor ZKBio. Compruebe la dirección del servidor.',
      EAI_AGAIN: 'Ahora mismo no se puede resolver el nombre del servidor ZKBio. Compruebe la red.',
      EHOSTUNREACH: 'No se puede llegar al servidor ZKBio desde este equipo. Compruebe la red.',
      ENETUNREACH: 'Este equipo no está conectado a una red que llegue al servidor ZKBio.',
      ECONNRESET:
        'Se cortó la conexión con el servidor ZKBio. Compruebe la red y que el servidor esté en marcha.',
    },
    answer: {
      loginRedirect:
        'El servidor ZKBio envió la petición a su página de inicio de sesión: se rechazó el token de la API o la API no está habilitada. Pida al administrador que revise el token y que el cliente de la API esté añadido en el servidor.',
      loginPage:
        'El servidor ZKBio respondió con su página de inicio de sesión: se rechazó el token de la API o la API no está habilitada.',
      apiAccessAbnormal:
        'El servidor ZKBio dice "API access abnormal": la licencia de la API no está activa o este cliente de la API no está añadido en el servidor. Pida al administrador que lo active en Sistema > Autorización de API.',
      gatewayFailing:
        'El servidor ZKBio, o una pasarela delante de él, no responde correctamente (HTTP {status}). Inténtelo de nuevo en un momento; si continúa, pida al administrador que revise el servidor.',
      notFound: 'El servidor ZKBio no reconoce esta petición (HTTP 404). Puede ser una versión anterior.',
      serverFailing:
        'El servidor ZKBio tuvo un problema al responder (HTTP {status}). Inténtelo de nuevo en un momento; si continúa, pida al administrador que revise el servidor.',
      unexpectedStatus: 'El servidor ZKBio respondió con un error inesperado (HTTP {status}).',
      tooLarge:
        'El servidor ZKBio envió una respuesta mayor de lo que Gatehouse acepta para esta petición ({limit}), así que no se leyó. Si es una lista, pida menos filas (un periodo más corto, una búsqueda más precisa); si no, el servidor o algo delante de él está respondiendo mal.',
    },
    request: {
      badScheme: 'La dirección del servidor debe empezar por http:// o https://.',
      noToken: 'No hay ningún token de la API configurado para este servidor.',
      missingValue: 'Falta un valor obligatorio para esta petición.',
      badDateTime: 'Una fecha u hora no es válida; use el formato yyyy-MM-dd HH:mm:ss.',
      badId: {
        door: 'El identificador de esta puerta no es válido; elija de nuevo la puerta en la lista.',
        gate: 'El identificador de este torniquete no es válido; elija de nuevo el torniquete en la lista.',
        floor: 'El identificador de esta planta no es válido; elija de nuevo la planta en la lista.',
      },
      httpHasNoCertificate:
        'Esta dirección usa http://, que no tiene ningún certificado que comprobar. Use https:// para conectarse de forma segura.',
      noCertificate: 'El servidor no presentó ningún certificado.',
      visitorNotFound: 'No se encontró en el servidor ningún visitante registrado con este documento.',
    },
    features: {
      visitorList:
        'Este servidor no puede buscar el PIN de un visitante; actualice ZKBio CVSecurity a la v1.2 o posterior para imprimir credenciales con QR.',
      visitorQrByCertNumber:
        'Este servidor no puede dar el código QR de un visitante a partir de su documento; actualice ZKBio CVSecurity a la v1.2 o posterior.',
      visitTransactions:
        'Este servidor no puede listar las visitas pasadas; actualice ZKBio CVSecurity a la v1.2 o posterior para ver el historial de visitas.',
      visitorQrByPinQuery:
        'Este servidor no ofrece la petición de código QR más reciente; se usa la anterior en su lugar.',
      visitorQr:
        'Este servidor no ofrece ninguna forma de obtener el código QR de un visitante tras el registro; actualice ZKBio CVSecurity a la v1.2 o posterior para imprimir credenciales con QR.',
    },
    featureLabels: {
      visitorQr: 'Códigos QR en las credenciales de visitante',
      visitorList: 'Búsqueda de visitantes (obtiene el número del visitante para las credenciales con QR)',
      visitorQrByCertNumber: 'Código QR a partir del documento del visitante',
      visitTransactions: 'Historial de visitas',
      visitorQrByPinQuery: 'Petición de código QR más reciente',
    },
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
    noToken:
      'No hay ningún token de la API guardado para este servidor. Abra Configuración, edite el perfil e introduzca el token.',
    notSetUp: 'Todavía no hay ningún servidor ZKBio configurado. Abra Configuración para conectar uno.',
    notConnected: 'El servidor ZKBio aún no está conectado.',
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
      settings_site: 'cambió la configuración de la base de datos del sitio ({target})',
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
    stillWaiting: 'Aún esperando al servidor (intento {attempts}): {reason}',
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
    keyProblem: {
      notInBuild: 'el almacenamiento cifrado no está disponible en esta versión',
      noSystemKey: 'el sistema operativo no ofrece ninguna clave de cifrado para esta aplicación',
      builtInKey:
        'el único cifrado disponible usa una clave fija integrada, que no protege más que el texto sin cifrar',
    },
  },
  code: {
    n1: 'El servidor ZKBio sufrió un error interno. Inténtelo de nuevo; si sigue ocurriendo, pida al administrador que revise el servidor.',
    n10: 'Un departamento necesita un número y un nombre.',
    n12: 'Ya existe un departamento con este nombre.',
    n13: 'No existe en el servidor ningún departamento con este número.',
    n14: 'Este departamento no puede elegirse como departamento superior.',
    n15: 'Este departamento no se puede borrar (puede que aún tenga personas o subdepartamentos).',
    n20: 'Se necesita un número de persona (PIN).',
    n22: 'No existe en el servidor ninguna persona con este número.',
    n23: 'Este número de tarjeta ya está asignado a otra persona.',
    n24: 'El nivel de acceso elegido no existe en el servidor.',
    n25: 'Nadie tiene asignado este nivel de acceso.',
    n26: 'Esta contraseña de dispositivo ya la usa otra persona.',
    n27: 'No se aceptó la foto. Tome una foto nueva y nítida de la cara.',
    n29: 'El número de persona (PIN) no es válido.',
    n31: 'Esta huella ya está registrada para la persona.',
    n32: 'El tipo de huella no es válido (use normal o coacción).',
    n33: 'El número de dedo debe estar entre 0 y 9.',
    n34: 'No hay ninguna huella registrada para este dedo.',
    n40: 'No se pudieron conceder los derechos de acceso.',
    n41: 'No se pudo quitar el nivel de acceso.',
    n42: 'Se necesitan una persona y un nivel de acceso.',
    n43: 'Se necesita un nivel de acceso.',
    n44: 'No se eligió ninguna puerta.',
    n45: 'La puerta solo puede abrirse de 1 a 254 segundos.',
    n46: 'No se indicó el nombre de la puerta.',
    n47: 'Esta puerta no existe en el servidor (puede que se haya quitado).',
    n48: 'Se necesita el número de serie del dispositivo.',
    n70: 'Este elemento multimedia no existe en el servidor.',
    n71: 'Este formato de archivo no es compatible.',
    n80: 'Esta área no existe en el servidor.',
    n81: 'Se necesita al menos un número de persona (PIN).',
    n82: 'Demasiadas personas a la vez: envíe como máximo 500 números de persona.',
    n83: 'Se necesita un área.',
    n90: 'El número y el tamaño de página deben ser al menos 1.',
    n91: 'Como máximo se pueden obtener 1000 registros por página.',
    n92: 'Se necesitan el número y el tamaño de página.',
    n100: 'Una fecha u hora no tenía el formato que espera el servidor.',
    n101: 'La hora de inicio debe ser anterior a la de fin.',
    n102: 'Este dispositivo no existe en el servidor.',
    n103: 'El dispositivo está desconectado o deshabilitado, así que no se pudo enviar la orden. Compruebe su alimentación y su red.',
    n104: 'Este dispositivo no admite esta función.',
    n105: 'El servidor no pudo sincronizar el cambio con el dispositivo. Inténtelo más tarde.',
    n200: 'Se necesita el número de serie del dispositivo.',
    n201: 'No se eligió ninguna planta.',
    n202: 'Indique cuánto tiempo debe quedar abierta la puerta.',
    n203: 'El tiempo de apertura debe ser de al menos 1 segundo.',
    n220: 'El tipo de operación no es válido.',
    n221: 'El tipo de lista de vehículos debe ser lista de permitidos o de bloqueados.',
    n222: 'Las fechas indicadas no son válidas.',
    n223: 'La matrícula no es válida.',
    n240: 'Elija la persona visitada (el anfitrión).',
    n241: 'Elija el tipo de documento de identidad del visitante.',
    n242: 'Introduzca el número del documento de identidad del visitante.',
    n243: 'Introduzca el nombre del visitante.',
    n244: 'Este visitante ya tiene una reserva para esa hora.',
    n245: 'Este visitante ya está en el recinto; no necesita reserva.',
    n246: 'Introduzca el motivo de la visita.',
    n247: 'Introduzca la fecha de la visita.',
    n248: 'No se encontró ninguna reserva para este visitante y fecha.',
    n249: 'Una fecha no tenía el formato que espera el servidor.',
    n250: 'Este tipo de documento de identidad no se acepta.',
    n251: 'El número de documento nacional no es válido. Compruébelo e inténtelo de nuevo.',
    n252: 'Introduzca una fecha válida.',
    n253: 'La persona visitada no existe en el servidor.',
    n254: 'Este visitante está en la lista de bloqueo y no puede registrarse. Llame a seguridad.',
    n255: 'Este visitante ya está registrado y en el recinto.',
    n256: 'Este visitante no ha registrado la entrada, así que no se puede registrar su salida.',
    n257: 'No existe en el servidor ningún visitante con estos datos.',
    n258: 'El número de visitantes debe ser al menos 1.',
    n259: 'No se seleccionó nada para esta operación.',
    n260: 'El departamento visitado no existe en el servidor.',
    n261: 'Un campo contiene caracteres que el servidor no acepta.',
    n262: 'No se aceptó la foto. Tome una foto nueva y nítida de la cara.',
    n263: 'Se necesita un lector.',
    n264: 'Este lector no existe en el servidor.',
    n265: 'Elija si el torniquete se abre para entrar o para salir.',
    n266: 'La dirección de apertura del torniquete debe ser entrada o salida.',
    n5001: 'La foto es demasiado pequeña. Use una foto de al menos 80 000 píxeles (por ejemplo 320 x 250).',
    n5002: 'No se encontró ninguna cara en la foto. Tome una foto nueva mirando a la cámara.',
    n5003: 'Hay más de una cara en la foto. Tome una foto del visitante solo.',
  },
  connectionTest: {
    titleReachable: 'Servidor accesible',
    titleCertificate: 'Certificado',
    titleToken: 'Token de la API',
    titleLicence: 'Licencia de la API',
    titleCapabilities: 'Funciones opcionales',
    httpWarning:
      'Esta dirección usa http://: el token y todos los datos de visitantes viajan sin cifrar por la red.',
    httpAction: 'Si el servidor ZKBio ofrece https (a menudo en el puerto 8098), use https:// en su lugar.',
    presentedTrusted: 'El servidor presentó el certificado de confianza.{expiry}',
    expired:
      ' Nota: está fuera de sus fechas de validez ({from} a {to}); pida al administrador de ZKBio que lo renueve.',
    signedByCa: 'El certificado está firmado por el archivo de CA {file}.',
    caFails: 'El certificado del servidor no se verifica con el archivo de CA elegido ({problem}).',
    caFailsAction:
      'Elija el archivo de CA que firmó el certificado del servidor, o confíe en el certificado por su huella.',
    trustedBySystem: 'Este equipo confía en el certificado.{expiry}',
    selfSigned:
      'El servidor usa un certificado autofirmado (habitual en ZKBio CVSecurity), en el que este equipo aún no confía.',
    notTrusted: 'Este equipo no confía en el certificado del servidor ({problem}).',
    unknownIssuer: 'emisor desconocido',
    compareFingerprint:
      'Compare la huella SHA-256 de abajo con la del certificado del servidor ZKBio (pregunte a su administrador). Si coinciden, elija "Confiar en este certificado".',
    notChecked: 'No comprobado: falló un paso anterior.',
    nothingAnswers: 'Nada responde en {host}:{port}. {message}',
    nothingAnswersAction:
      'Compruebe la dirección y el puerto (ZKBio CVSecurity suele escuchar en 8098 para https u 8088 para http), que el servidor esté encendido y que ningún cortafuegos bloquee este equipo.',
    somethingAnswers: 'Algo responde en {host}:{port}.',
    noToken: 'No se introdujo ningún token de la API.',
    noTokenAction:
      'Pegue el token de la API del cliente que añadió para Gatehouse en ZKBio CVSecurity (Sistema > Autorización de API).',
    tokenAccepted: 'El servidor aceptó el token.',
    licenceActive: 'La licencia de la API está activa y este cliente de la API está permitido.',
    licenceFirst: 'No se puede comprobar hasta que funcione la licencia de la API.',
    apiAbnormal:
      'El servidor dice "API access abnormal": su licencia de la API no está activa, o no se ha añadido ningún cliente de la API con este token.',
    apiAbnormalAction:
      'En ZKBio CVSecurity, active la licencia de la API, añada un cliente de la API en Sistema > Autorización de API y use aquí su token.',
    tokenRefused:
      'El servidor rechazó este token: envió la petición a su página de inicio de sesión en lugar de responder.',
    tokenUnchecked: 'No se pudo comprobar el token: {error}',
    allFeatures: 'El servidor ofrece todas las funciones opcionales que usa Gatehouse.',
    lacks: 'A este servidor le falta: {list}.',
    couldNotTell: 'No se pudo saber para: {list}.',
    worksWithout: 'Gatehouse funciona sin ellas; las funciones que las necesitan lo indican donde aparecen.',
    featuresUnchecked: 'No se pudieron comprobar las funciones opcionales: {error}',
    checkedAgain: 'Se comprobarán de nuevo cuando Gatehouse se conecte.',
    handshakeTimeout: 'el servidor no completó a tiempo el protocolo de conexión segura',
    notSignedByCa: 'no está firmado por esta CA',
  },
  /** Host notices and e-mails that could not be delivered (a technical detail may follow). */
  delivery: {
    mailAuth: 'El servidor de correo {server} rechazó el nombre de usuario o la contraseña.',
    mailTls: 'No se pudo establecer una conexión segura (TLS) con el servidor de correo {server}.',
    mailAddress: 'El servidor de correo rechazó la dirección.',
    mailMessage: 'El servidor de correo rechazó el mensaje.',
    mailUnreachable: 'No se pudo contactar con el servidor de correo {server}.',
    mailFailed: 'No se pudo enviar el correo electrónico.',
    mailNoServer:
      'No hay ningún servidor de correo configurado (Configuración › Servicios al visitante › Correo electrónico).',
    mailNoSender:
      'No hay ninguna dirección de remitente configurada (Configuración › Servicios al visitante › Correo electrónico).',
    webhookInvalid: 'La dirección del webhook de {service} no es válida (se necesita https://).',
    webhookUnreachable: 'No se pudo contactar con el webhook de {service}.',
    webhookAnswered: 'El webhook de {service} respondió {status}.',
    hostEmailUnreadable: 'No se pudo leer del servidor la dirección de correo del anfitrión.',
    hostNoEmail: '{host} no tiene dirección de correo en el servidor.',
    hostNoEmailUnnamed: 'El anfitrión no tiene dirección de correo en el servidor.',
    failed: 'No se pudo enviar el aviso.',
  },
  refusals: {
    reservation: {
      endBeforeStart: 'El final debe ser posterior al inicio.',
      visitOver: 'La visita ya ha terminado.',
      gone: 'Esta reserva ya no está en este puesto.',
      unreachable:
        'No se puede contactar con el servidor, así que la reserva no se ha cambiado. Inténtelo de nuevo cuando vuelva la conexión.',
    },
    invite: {
      onlyBooked: 'Solo se puede enviar una invitación a una visita reservada.',
      qrFailed: 'No se pudo obtener del servidor el código QR del visitante: {reason}',
      noValidDate: 'La reserva no tiene una fecha válida.',
      notSent: 'No se pudo enviar la invitación: {error}',
      alreadyArrived: 'Este visitante ya ha llegado o la visita se ha cancelado.',
      checkedInPending:
        '{name} ha quedado registrado en este puesto; no se puede contactar con el servidor, así que imprima la tarjeta cuando vuelva.',
      checkedIn: '{name} ha quedado registrado. {badge}',
      checkedInNoBadge: '{name} ha quedado registrado, pero la tarjeta no se imprimió: {error}',
    },
    kiosk: {
      chooseHostAgain: 'Vuelva a elegir a la persona que visita.',
      signAgreement: 'Firme el acuerdo del visitante.',
      noSignIn: 'Ahora mismo no hay ningún registro en este quiosco.',
      seeReception: 'No hemos podido registrarle aquí. Diríjase a recepción, donde le ayudarán.',
      takenOver: 'La recepción le atenderá ahora. ¡Gracias!',
    },
    operators: {
      alreadySetUp: 'Este puesto ya tiene cuentas de operador. Inicie sesión.',
      gone: 'Este operador ya no existe.',
      pinsOff: 'Los PIN están desactivados en este puesto; indique una contraseña.',
      usernameTaken: 'El nombre de usuario "{username}" ya está en uso.',
      lastAdministrator: 'Es el último administrador. Nombre antes a otra persona administrador.',
      pinDigitsOnly: 'Un PIN solo contiene dígitos.',
      pinLength: 'Un PIN tiene de 6 a 12 dígitos.',
      pinTooEasy: 'Este PIN es demasiado fácil de adivinar; evite dígitos repetidos o consecutivos.',
      passwordTooShort: 'Una contraseña tiene al menos 8 caracteres.',
      passwordOnlySpaces: 'Una contraseña no puede estar formada solo por espacios.',
      wrongCredentials: 'Usuario o contraseña incorrectos.',
      wrongCredentialsWait:
        'Usuario o contraseña incorrectos. Demasiados intentos fallidos: espere {seconds} s antes del siguiente intento.',
      tooManyAttempts: 'Demasiados intentos fallidos. Espere {seconds} s y vuelva a intentarlo.',
      accountDisabled: 'Esta cuenta está desactivada. Consulte a un administrador.',
      pinsOffSignIn: 'Los PIN están desactivados en este puesto. Pida una contraseña a un administrador.',
    },
    settings: {
      notValid: 'Esta configuración no es válida; no se ha cambiado nada.',
      profileGone: 'Este perfil de servidor ya no existe. Vuelva a cargar la página de configuración.',
      profileNameTaken: 'Ya existe un perfil de servidor llamado "{name}". Elija otro nombre.',
      tooManyProfiles: 'Gatehouse guarda como máximo 20 perfiles de servidor. Elimine uno primero.',
      noAgreement: 'No se guarda ningún acuerdo firmado para esta visita.',
    },
  },
  reception: {
    discardOnlyUnsent: 'Solo se puede descartar un registro que nunca llegó al servidor.',
    onSite: 'Este documento ya está registrado y en el recinto (sin salida registrada).',
    pinNotListedYet:
      'El servidor aún no ha listado a este visitante; la credencial lo intentará de nuevo al abrirla.',
    noPinLookup:
      'Este servidor no ofrece ninguna forma de buscar el PIN de un visitante tras el registro; actualice ZKBio CVSecurity a la v1.2 o posterior para imprimir credenciales con QR.',
    levelsUnavailable:
      'No se pudieron cargar los niveles de visitante ({reason}). El registro funciona sin ellos; se aplica el valor predeterminado del servidor.',
    waiting: {
      unknownServer: 'un servidor desconocido',
      forServer: '{count} registro espera a {name}. | {count} registros esperan a {name}.',
      unrecorded:
        '{count} registro espera al servidor para el que se escribió, que Gatehouse no anotó (lo guardó una versión anterior). Revíselo y descártelo, o regístrelo de nuevo. | {count} registros esperan al servidor para el que se escribieron, que Gatehouse no anotó (los guardó una versión anterior). Revíselos y descártelos, o regístrelos de nuevo.',
      removed:
        '{count} registro espera a {name}, un perfil de servidor que se eliminó. Añada el perfil de nuevo para enviarlo, o descártelo. | {count} registros esperan a {name}, un perfil de servidor que se eliminó. Añada el perfil de nuevo para enviarlos, o descártelos.',
      changed:
        '{count} registro espera a {name} en su dirección o certificado anterior; no se envía al servidor cambiado. Descártelo o restaure la configuración del perfil. | {count} registros esperan a {name} en su dirección o certificado anterior; no se envían al servidor cambiado. Descártelos o restaure la configuración del perfil.',
      inactive:
        '{count} registro espera a {name}. Se envía cuando {name} vuelva a ser el servidor en uso. | {count} registros esperan a {name}. Se envían cuando {name} vuelva a ser el servidor en uso.',
    },
  },
  invitation: {
    ourSite: 'nuestras instalaciones',
    summary: 'Visita a {site}',
    summaryWithHost: 'Visita a {site} ({host})',
    host: 'Anfitrión: {host}',
    reason: 'Motivo: {reason}',
    entryCode: 'Su código de acceso: {code}',
    qrAlt: 'Su código QR de acceso',
    subject: 'Su visita a {site} el {date}',
    body: 'Hola, {visitor}:\n\n{host} le espera el {date} en {site}, {address}.\nMuestre el código QR de abajo en la entrada.',
  },
  hostNotice: {
    visitor: 'Visitante',
    company: 'Empresa',
    host: 'Anfitrión',
    photoAlt: 'Foto del visitante',
    defaultDesk: 'Recepción',
    subject: '{visitor} está en recepción',
    body: '{visitor} ({company}) ha llegado a {desk} a las {time} para verle.\n\n{site}',
    kioskDesk: 'Quiosco de autorregistro',
  },
  ipc: {
    invalidRequest:
      'Solicitud no válida: falta parte de lo enviado o no tiene la forma esperada, así que no se ha cambiado nada. Revise el formulario e inténtelo de nuevo.',
    forbiddenSender: 'Esta solicitud no procede de Gatehouse.',
    internal:
      'Algo ha fallado dentro de Gatehouse. Inténtelo de nuevo; si sigue ocurriendo, reinicie la aplicación.',
  },
} satisfies Translation<typeof en>
