/**
 * Every text main produces for people: native notifications, the badge, the roll call, CSV headers,
 * error messages, start-up dialogs. Machine codes (error codes, audit action ids) stay untranslated;
 * only these sentences change with the language. English is the source.
 */
export default {
  alarm: {
    title: '{kind}: {place}',
    titleWithTemperature: '{kind}: {place} ({temperature} °C)',
    stillNotAcknowledged: 'Still not acknowledged: {title}',
    since: 'Since {time}',
    foundAfterOutage: '(found after an outage)',
    summaryTitle: '{count} more alarms',
    summaryTitleOne: '1 more alarm',
    summaryCritical: '{title} ({critical} critical)',
    summaryBody: 'Too many alarms to show one by one. Open the alarm queue in Gatehouse.',
    serverSaid: 'Server: "{name}"',
    unknownDevice: 'unknown device',
    linkLostPlace: 'ZKBio server',
    serverAnswersAgain: 'The server answers again.',
    serverSilentFor: 'The server has not answered for {seconds} s.',
    serverDidNotAnswer: 'The server did not answer.',
    noAnswerWithin: 'No answer within {ms} ms.',
    notFound: 'There is no alarm #{id}.',
  },
  badge: {
    visitor: 'VISITOR',
    visitOf: 'Visit of {day}',
    visiting: 'Visiting:',
    validUntil: 'Valid until:',
    noPhoto: 'No photo',
    photoAlt: 'Visitor photo',
    qrAlt: 'Visitor QR code',
    documentTitle: 'Visitor badge - {name}',
    pending: 'The badge is available once the server has confirmed the registration.',
    failed: 'The server refused this registration, so it has no badge. Register the visitor again.',
    visitGone: 'This visit is no longer in the local records.',
    sentTo: 'Badge sent to {where}.',
    defaultPrinter: 'the default printer',
    printerMissing:
      'The badge printer "{name}" is not installed on this computer. Choose another printer in Settings.',
    photoNotJpeg: 'The photo must be a JPEG picture.',
    printCancelled: 'Printing was cancelled.',
    printFailed: 'The printer could not print: {reason}. Check that it is on, connected and has labels.',
    printFailedNamed:
      'The printer "{name}" could not print: {reason}. Check that it is on, connected and has labels.',
    savePdfTitle: 'Save as PDF',
    pdfDocument: 'PDF document',
    enrolAccepted: 'The server accepted the photo. It is now on the employee’s record.',
  },
  rollCall: {
    title: 'Evacuation roll call',
    printed: 'Printed {time}.',
    counts: '{visits} visit(s), {people} person(s) on site.',
    notYetOnServer: '(not yet on server)',
    photo: 'Photo',
    visitor: 'Visitor',
    company: 'Company',
    host: 'Host',
    desk: 'Desk',
    timeIn: 'Time in',
    safe: 'Safe',
    nobody: 'Nobody is registered on site.',
    registeredElsewhere: 'ZKBio server (registered elsewhere)',
    checkOutWithdrawn: 'The registration had not reached the server; it was withdrawn.',
    checkOutWithdrawnUnsettled:
      'Checked out. The server could not yet confirm whether the registration had reached it; if it had, its visit there will be closed as soon as the server answers.',
    checkOutAlready: 'Already checked out.',
    checkOutVisitGone: 'This visit is no longer on this desk.',
    checkOutAlreadyByServer: 'The server had already checked this visitor out.',
    checkOutNoServer: 'No ZKBio server is configured.',
    noLongerListed: 'This visitor is no longer on the server’s list of visits; check with the server again.',
    historyAsOf: 'Server visit history as of {time}.',
    historyStale: 'The server could not be asked; server visit history as of {time}.',
    historyNotYet: 'The server could not be asked: visitors registered elsewhere are not shown.',
    historyUnsupported:
      'This server cannot list visits: visitors registered outside Gatehouse are not shown.',
  },
  csv: {
    history: {
      time: 'Time',
      event: 'Event',
      level: 'Level',
      point: 'Door / gate',
      reader: 'Reader',
      device: 'Device',
      deviceSn: 'Device SN',
      area: 'Area',
      pin: 'PIN',
      person: 'Person',
      card: 'Card',
      verification: 'Verification',
    },
    audit: {
      time: 'Time (UTC)',
      station: 'Station',
      operator: 'Operator',
      action: 'Action',
      target: 'Target',
      result: 'Result',
      detail: 'Detail',
      whatHappened: 'What happened',
    },
    exportEvents: 'Export events',
    exportAudit: 'Export the audit log',
  },
  startup: {
    couldNotStartTitle: 'Gatehouse could not start',
    couldNotStart: 'Gatehouse could not start.',
    unexpected:
      'Something unexpected stopped Gatehouse while it was starting. Start it again; if this keeps happening, give the details below to IT.',
    dataFolder: 'Data folder: {path}',
    details: 'Details: {text}',
    quit: 'Quit',
    tryAgain: 'Try again',
    databaseInUse: "Gatehouse's database is in use by another program.",
    databaseInUseDetail:
      '{file} is held by another program: perhaps another Gatehouse using the same data folder, or a backup or antivirus tool. Close it, then choose Try again.',
  },
  storage: {
    DISK_FULL:
      "This computer's disk is full, so Gatehouse could not save. Nothing you typed is lost: free some disk space (or ask IT to), then try again.",
    DATABASE_BUSY:
      "Gatehouse's database is being used by another program and could not be written just now. Nothing you typed is lost: try again in a moment. If it keeps happening, close other programs that open Gatehouse's data (a backup or a database tool).",
    READ_ONLY:
      "Gatehouse cannot write to its data folder: the folder or the disk is read-only, or its permissions changed. Nothing you typed is lost: ask IT to make Gatehouse's data folder writable, then try again.",
    STORAGE_FAILED:
      'Gatehouse could not write to the disk (a disk or file system error). Nothing you typed is lost: try again; if it keeps happening, ask IT to check the disk.',
  },
  storageAtStart: {
    DISK_FULL:
      "This computer's disk is full, so Gatehouse cannot open its data. Free some disk space (or ask IT to), then start Gatehouse again.",
    DATABASE_BUSY:
      "Gatehouse's database is being used by another program. Close it (a backup or a database tool), then start Gatehouse again.",
    READ_ONLY:
      'Gatehouse cannot write to its data folder: the folder or the disk is read-only, or its permissions changed. Ask IT to make it writable, then start Gatehouse again.',
    STORAGE_FAILED:
      'Gatehouse could not read or write its data folder (a disk or file system error). Ask IT to check the disk, then start Gatehouse again.',
  },
  zkbio: {
    network:
      'The ZKBio server cannot be reached. Check the network cable or Wi-Fi and that the server is running.',
    timeout: 'The ZKBio server did not answer in time. It may be busy or the network may be slow.',
    tls: 'The secure connection to the ZKBio server failed: its certificate is not trusted. Ask the administrator to check the server address and certificate settings.',
    tlsPinMismatch:
      'The ZKBio server presented a different security certificate than the one trusted for it. Do not continue: ask the administrator to confirm the server certificate.',
    auth: 'The ZKBio server refused the access token. Ask the administrator to check the API token and that the API licence is active.',
    http: 'The ZKBio server answered with an unexpected error.',
    html: 'The ZKBio server answered with a web page instead of data. A proxy or gateway in front of it may be down.',
    springError:
      'The ZKBio server does not know this request. It may be an older or differently configured version.',
    malformedJson: 'The ZKBio server sent a damaged answer. Try again.',
    server: 'The ZKBio server refused the request.',
    validation: 'The ZKBio server sent an answer in an unexpected format.',
    unsupported: 'This ZKBio server does not offer this feature.',
    aborted: 'The request to the ZKBio server was cancelled.',
    refusedWithText: 'The ZKBio server refused the request: {text}',
    refusedWithTextAndCode: 'The ZKBio server refused the request: {text} (code {code}).',
    refusedWithCode: 'The ZKBio server refused the request (code {code}).',
    /** What Node's socket error codes mean (zkbio/transport/node-errors.ts). */
    hints: {
      DEPTH_ZERO_SELF_SIGNED_CERT:
        'The ZKBio server uses a self-signed certificate that is not trusted yet. Use "Test connection" to review its fingerprint and trust it.',
      SELF_SIGNED_CERT_IN_CHAIN:
        'The ZKBio server certificate was signed by an authority this computer does not trust. Trust its fingerprint or add the CA file.',
      UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        'The ZKBio server certificate cannot be verified. Trust its fingerprint or add the CA file that signed it.',
      CERT_HAS_EXPIRED: 'The ZKBio server certificate has expired. Ask the administrator to renew it.',
      ERR_TLS_CERT_ALTNAME_INVALID:
        'The ZKBio server certificate was issued for a different address than the one configured. Check the server address.',
      ECONNREFUSED:
        'The ZKBio server refused the connection. Check the address and port, and that the server is running.',
      ENOTFOUND: 'The ZKBio server name cannot be found. Check the server address.',
      EAI_AGAIN: 'The ZKBio server name cannot be looked up right now. Check the network.',
      EHOSTUNREACH: 'The ZKBio server cannot be reached from this computer. Check the network.',
      ENETUNREACH: 'This computer is not connected to a network that reaches the ZKBio server.',
      ECONNRESET:
        'The connection to the ZKBio server was cut off. Check the network and that the server is running.',
    },
    /** Answers that carry no data: a login page, a gateway's page, an HTTP error (zkbio/envelope.ts). */
    answer: {
      loginRedirect:
        'The ZKBio server sent the request to its login page: the API token was refused or the API is not enabled. Ask the administrator to check the token and that the API client is added on the server.',
      loginPage:
        'The ZKBio server answered with its login page: the API token was refused or the API is not enabled.',
      apiAccessAbnormal:
        'The ZKBio server says "API access abnormal": the API licence is not active or this API client is not added on the server. Ask the administrator to activate it under System > API Authorization.',
      gatewayFailing:
        'The ZKBio server, or a gateway in front of it, is not answering properly (HTTP {status}). Try again in a moment; if it lasts, ask the administrator to check the server.',
      notFound: 'The ZKBio server does not know this request (HTTP 404). It may be an older version.',
      serverFailing:
        'The ZKBio server had a problem answering (HTTP {status}). Try again in a moment; if it lasts, ask the administrator to check the server.',
      unexpectedStatus: 'The ZKBio server answered with an unexpected error (HTTP {status}).',
      tooLarge:
        'The ZKBio server sent an answer larger than Gatehouse accepts for this request ({limit}), so it was not read. If this is a list, ask for fewer rows (a shorter period, a narrower search); otherwise the server or something in front of it is answering wrongly.',
    },
    /** A request that cannot be made or checked as asked. */
    request: {
      badScheme: 'The server address must start with http:// or https://.',
      noToken: 'No API token is configured for this server.',
      missingValue: 'A required value is missing for this request.',
      badDateTime: 'A date or time is not valid; use the form yyyy-MM-dd HH:mm:ss.',
      badId: {
        door: 'This door id is not valid; choose the door again from the list.',
        gate: 'This gate id is not valid; choose the gate again from the list.',
        floor: 'This floor id is not valid; choose the floor again from the list.',
      },
      httpHasNoCertificate:
        'This address uses http://, which has no certificate to check. Use https:// to connect securely.',
      noCertificate: 'The server did not present a certificate.',
      visitorNotFound: 'No registered visitor with this ID document was found on the server.',
    },
    /** What a server without an optional feature cannot do (zkbio/capabilities.ts). */
    features: {
      visitorList:
        "This server cannot look up a visitor's pin; update ZKBio CVSecurity to v1.2 or later to print QR badges.",
      visitorQrByCertNumber:
        "This server cannot give a visitor's QR code from their ID document; update ZKBio CVSecurity to v1.2 or later.",
      visitTransactions:
        'This server cannot list past visits; update ZKBio CVSecurity to v1.2 or later to see visit history.',
      visitorQrByPinQuery:
        'This server does not offer the newer QR code request; the older request is used instead.',
      visitorQr:
        "This server offers no way to get a visitor's QR code after registration; update ZKBio CVSecurity to v1.2 or later to print QR badges.",
    },
    /** The optional features by name, as Settings lists them. */
    featureLabels: {
      visitorQr: 'QR codes on visitor badges',
      visitorList: 'Visitor look-up (finds the visitor number for QR badges)',
      visitorQrByCertNumber: 'QR code from the visitor ID document',
      visitTransactions: 'Visit history',
      visitorQrByPinQuery: 'Newer QR code request',
    },
  },
  connection: {
    certificateChanged:
      "The server's certificate has changed since you trusted it. This happens when the ZKBio server was reinstalled or its certificate renewed, but it is also what an attacker intercepting the connection would look like, so Gatehouse refuses to send the token.",
    certificateChangedAction:
      'Ask the ZKBio administrator whether the certificate was replaced and compare the new fingerprint with the one shown on the server. Only then open the profile, choose "Forget trusted certificate" and test again to trust the new one.',
    unexpected:
      'Gatehouse could not talk to the ZKBio server because of an unexpected problem. It will try again.',
    advice: {
      network:
        'Check the address and port, that the ZKBio server is running, and that no firewall blocks this computer.',
      timeout:
        'The server may be overloaded or the network slow. Try again; if it persists, check the server.',
      html: 'A proxy or gateway in front of the ZKBio server answered instead of the server. Check that the server behind it is running, or use the server address directly.',
      springError:
        'The address answers but has no ZKBio API at this path. Check the address: use the server root (for example https://192.168.1.10:8098), not a page inside it.',
      malformed:
        'Try again. If it keeps happening, the server version may not be supported; report it with the server version.',
      tls: 'Check the certificate settings of this profile (trusted fingerprint or CA file).',
      auth: 'Copy the API token again from ZKBio CVSecurity (System > API Authorization, the client you added for Gatehouse) and paste it here.',
      other: 'Try again. If it keeps happening, check the server and this profile.',
    },
    noToken: 'No API token is stored for this server. Open Settings, edit the profile and enter the token.',
    notSetUp: 'No ZKBio server is set up yet. Open Settings to connect one.',
    notConnected: 'The ZKBio server is not connected yet.',
  },
  guardOps: {
    doorTarget: 'Door "{name}" ({id})',
    gateTarget: 'Gate "{name}" ({id})',
    floorTarget: 'Floor "{name}" ({id})',
    doorOpened: 'Door "{name}" opened for {seconds} s.',
    doorClosed: 'Door "{name}" closed.',
    gateOpenedEntry: 'Gate "{name}" opened for entry.',
    gateOpenedExit: 'Gate "{name}" opened for exit.',
    floorReleased: 'Floor "{name}" released for {seconds} s.',
    floorLocked: 'Floor "{name}" locked.',
    floorNumbered: 'Floor {number}',
    failedInside: 'The command failed inside Gatehouse; it was not retried.',
    notDone: 'Not done: {message}',
  },
  guard: {
    statesNotLive: 'Door and gate states are not live: the boards show the last known states.',
    feature: {
      doorStates: 'This server does not report door states.',
      gateStates: 'This server has no entrance-control gates.',
      accessEvents: 'This server does not offer the access event monitor.',
      gateEvents: 'This server has no entrance-control event monitor.',
      temperatureEvents: 'This server has no temperature and mask monitor.',
    },
  },
  audit: {
    other: 'did {action} on {target}',
    failedSignIn: "Failed sign-in as '{target}'",
    tried: '{operator} tried: {what} — not done{detail}',
    did: '{operator} {what}{detail}',
    detail: ": '{detail}'",
    alarmTarget: "'{title}, {place}'",
    quoted: "'{target}'",
    phrase: {
      guard_alarm_acknowledge: 'acknowledged {target}',
      guard_alarm_clear: 'cleared {target}',
      guard_sound_mute: 'muted the alarm sound',
      guard_sound_unmute: 'turned the alarm sound back on',
      door_remoteOpen: 'opened {target}',
      door_remoteClose: 'closed {target}',
      gate_remoteOpen_entry: 'opened {target} for entry',
      gate_remoteOpen_exit: 'opened {target} for exit',
      floor_remoteOpen: 'released {target}',
      floor_remoteClose: 'locked {target}',
      reception_register: 'registered a visitor ({target})',
      reception_replay: 'sent a visitor registered offline ({target})',
      reception_checkOut: 'checked out a visitor ({target})',
      reception_autoCheckOut: 'checked out a visitor at the end of the day ({target})',
      reception_reserve: 'booked a visit ({target})',
      reception_cancelReservation: 'cancelled a booked visit ({target})',
      reception_discardPending: 'discarded an unsent registration ({target})',
      reception_printRollCall: 'printed the evacuation roll call',
      reception_saveRollCallPdf: 'saved the evacuation roll call as PDF',
      badge_print: 'printed the badge of {target}',
      badge_savePdf: 'saved the badge of {target} as PDF',
      person_enrolPhoto: 'enrolled the photo of person {target}',
      settings_update: 'changed the settings ({target})',
      settings_addProfile: 'added the server {target}',
      settings_editProfile: 'changed the server {target}',
      settings_removeProfile: 'removed the server {target}',
      settings_switchProfile: 'switched to the server {target}',
      settings_site: 'changed the site database settings ({target})',
      session_signIn: 'signed in',
      session_signOut: 'signed out',
      session_lock: 'locked the screen',
      session_idleLock: 'was signed out by the idle lock',
      session_signInFailed: 'failed to sign in as {target}',
      operators_create: 'added the operator {target}',
      operators_update: 'changed the operator {target}',
      operators_setSecret: 'set a new password or PIN for {target}',
      operators_recover: 'reset the administrator {target} from the machine',
      operators_updatePolicy: 'changed the sign-in policy ({target})',
      audit_exportCsv: 'exported the audit log to {target}',
    },
  },
  errors: {
    planNotFound: 'There is no floor plan #{id}.',
    planImageMissing: 'The image of plan "{name}" is missing from this station.',
    stillWaiting: 'Still waiting for the server (attempt {attempts}): {reason}',
    planNotImage: 'The plan image is not a PNG or JPEG picture. Choose a PNG, JPEG, SVG or PDF file.',
    planTooLarge: 'The plan image must be at most {max} pixels on each side.',
    planNotSaved: 'The plan could not be saved on this station: {reason}',
    checksAgain: '{feature} Gatehouse checks again in 10 minutes.',
    profileGone: 'This server profile no longer exists.',
    addressChanged: 'The address changed: enter the API token again to test the new address.',
    trustChanged: 'The certificate trust changed: enter the API token again to test with the new trust.',
    serverHasIt:
      'The visitor is registered on the server, but this computer could not record it: its disk is full or its database is busy. Free some disk space (or wait a moment): Gatehouse then completes the record from the server, and nothing is registered twice.',
    pending:
      'The server cannot be reached. The registration is saved on this computer and will be sent automatically when the server is back.',
    alreadyPending:
      'This visitor is already saved on this computer and waiting for the server; Gatehouse completes it automatically (it is never registered twice).',
    tokenNotForServer:
      'The stored API token was saved for another server address or certificate, so Gatehouse does not send it here. Open Settings, edit the profile and enter the API token again.',
    inKeychain: 'API tokens are kept in this computer\'s system keychain (under "{service}").',
    noKeychain:
      'This computer has no system keychain that Gatehouse can use (on Linux: no Secret Service such as gnome-keyring is running), so the API token cannot be stored there.',
    noKey:
      '{noKeychain} No secure encryption key is available either ({problem}). Gatehouse never stores the token in plain text: start a keyring (for example gnome-keyring) and restart Gatehouse.',
    askConsent:
      "{noKeychain} If you allow it, Gatehouse can instead keep the token in a file in its data folder, encrypted with this computer's key for this user account (it is never stored in plain text).",
    encryptedFile:
      "{noKeychain} As you allowed, the API token is kept in an encrypted file in Gatehouse's data folder ({file}), readable only by this user account on this computer.",
    keyProblem: {
      notInBuild: 'encrypted storage is not available in this build',
      noSystemKey: 'the operating system offers no encryption key for this app',
      builtInKey:
        'the only encryption available uses a fixed built-in key, which protects no better than plain text',
    },
  },
  code: {
    n1: 'The ZKBio server hit an internal error. Try again; if it keeps happening, ask the administrator to check the server.',
    n10: 'A department needs both a number and a name.',
    n12: 'A department with this name already exists.',
    n13: 'No department with this number exists on the server.',
    n14: 'This department cannot be chosen as the parent department.',
    n15: 'This department cannot be deleted (it may still have people or sub-departments).',
    n20: 'A person number (PIN) is required.',
    n22: 'No person with this number exists on the server.',
    n23: 'This card number is already assigned to someone else.',
    n24: 'The chosen access level does not exist on the server.',
    n25: 'Nobody is assigned to this access level.',
    n26: 'This device password is already used by someone else.',
    n27: 'The photo was not accepted. Take a new, clear photo of the face.',
    n29: 'The person number (PIN) is not valid.',
    n31: 'This fingerprint is already enrolled for the person.',
    n32: 'The fingerprint type is not valid (use normal or duress).',
    n33: 'The finger number must be between 0 and 9.',
    n34: 'No fingerprint is enrolled for this finger.',
    n40: 'The access rights could not be given.',
    n41: 'The access level could not be removed.',
    n42: 'Both a person and an access level are required.',
    n43: 'An access level is required.',
    n44: 'No door was chosen.',
    n45: 'The door can be opened for 1 to 254 seconds only.',
    n46: 'No door name was given.',
    n47: 'This door does not exist on the server (it may have been removed).',
    n48: 'A device serial number is required.',
    n70: 'This media item does not exist on the server.',
    n71: 'This file format is not supported.',
    n80: 'This area does not exist on the server.',
    n81: 'At least one person number (PIN) is required.',
    n82: 'Too many people at once: send at most 500 person numbers.',
    n83: 'An area is required.',
    n90: 'The page number and page size must be at least 1.',
    n91: 'At most 1000 records can be fetched per page.',
    n92: 'The page number and page size are required.',
    n100: 'A date or time was not in the format the server expects.',
    n101: 'The start time must be before the end time.',
    n102: 'This device does not exist on the server.',
    n103: 'The device is offline or disabled, so the command could not be sent. Check its power and network.',
    n104: 'This device does not support this feature.',
    n105: 'The server could not synchronise the change to the device. Try again later.',
    n200: 'A device serial number is required.',
    n201: 'No floor was chosen.',
    n202: 'Say how long the door should stay open.',
    n203: 'The opening time must be at least 1 second.',
    n220: 'The operation type is not valid.',
    n221: 'The vehicle list type must be allow-list or block-list.',
    n222: 'The dates given are not valid.',
    n223: 'The licence plate is not valid.',
    n240: 'Choose the person being visited (the host).',
    n241: 'Choose the type of the visitor’s ID document.',
    n242: 'Enter the number of the visitor’s ID document.',
    n243: 'Enter the visitor’s name.',
    n244: 'This visitor already has a reservation for that time.',
    n245: 'This visitor is already on site; no reservation is needed.',
    n246: 'Enter the reason for the visit.',
    n247: 'Enter the visit date.',
    n248: 'No matching reservation was found for this visitor and date.',
    n249: 'A date was not in the format the server expects.',
    n250: 'This ID document type is not accepted.',
    n251: 'The national ID number is not valid. Check it and try again.',
    n252: 'Enter a valid date.',
    n253: 'The person being visited does not exist on the server.',
    n254: 'This visitor is on the block list and cannot be registered. Call security.',
    n255: 'This visitor is already registered and on site.',
    n256: 'This visitor is not checked in, so they cannot be checked out.',
    n257: 'No visitor with these details exists on the server.',
    n258: 'The number of visitors must be at least 1.',
    n259: 'Nothing was selected for this operation.',
    n260: 'The department being visited does not exist on the server.',
    n261: 'A field contains characters the server does not accept.',
    n262: 'The photo was not accepted. Take a new, clear photo of the face.',
    n263: 'A reader is required.',
    n264: 'This reader does not exist on the server.',
    n265: 'Choose whether to open the gate for entry or exit.',
    n266: 'The gate opening direction must be entry or exit.',
    n5001: 'The photo is too small. Use a photo of at least 80,000 pixels (for example 320 x 250).',
    n5002: 'No face was found in the photo. Take a new photo facing the camera.',
    n5003: 'More than one face is in the photo. Take a photo of the visitor alone.',
  },
  connectionTest: {
    titleReachable: 'Server reachable',
    titleCertificate: 'Certificate',
    titleToken: 'API token',
    titleLicence: 'API licence',
    titleCapabilities: 'Optional features',
    httpWarning:
      'This address uses http://: the token and all visitor data travel unencrypted on the network.',
    httpAction: 'If the ZKBio server offers https (often on port 8098), use https:// instead.',
    presentedTrusted: 'The server presented the trusted certificate.{expiry}',
    expired:
      ' Note: it is outside its validity dates ({from} to {to}); ask the ZKBio administrator to renew it.',
    signedByCa: 'The certificate is signed by the CA file {file}.',
    caFails: 'The server certificate does not verify with the chosen CA file ({problem}).',
    caFailsAction:
      'Choose the CA file that signed the server certificate, or trust the certificate by its fingerprint instead.',
    trustedBySystem: 'The certificate is trusted by this computer.{expiry}',
    selfSigned:
      'The server uses a self-signed certificate (usual for ZKBio CVSecurity), which this computer does not trust yet.',
    notTrusted: 'The server certificate is not trusted by this computer ({problem}).',
    unknownIssuer: 'unknown issuer',
    compareFingerprint:
      'Compare the SHA-256 fingerprint below with the one of the ZKBio server certificate (ask its administrator). If they match, choose "Trust this certificate".',
    notChecked: 'Not checked: an earlier step failed.',
    nothingAnswers: 'Nothing answers at {host}:{port}. {message}',
    nothingAnswersAction:
      'Check the address and port (ZKBio CVSecurity usually listens on 8098 for https or 8088 for http), that the server is switched on, and that no firewall blocks this computer.',
    somethingAnswers: 'Something answers at {host}:{port}.',
    noToken: 'No API token was entered.',
    noTokenAction:
      'Paste the API token of the client you added for Gatehouse in ZKBio CVSecurity (System > API Authorization).',
    tokenAccepted: 'The server accepted the token.',
    licenceActive: 'The API licence is active and this API client is allowed.',
    licenceFirst: 'Cannot be checked until the API licence works.',
    apiAbnormal:
      'The server says "API access abnormal": its API licence is not active, or no API client with this token has been added.',
    apiAbnormalAction:
      'In ZKBio CVSecurity, activate the API licence, then add an API client under System > API Authorization and use its token here.',
    tokenRefused:
      'The server refused this token: it sent the request to its login page instead of answering.',
    tokenUnchecked: 'The token could not be checked: {error}',
    allFeatures: 'The server offers every optional feature Gatehouse uses.',
    lacks: 'This server lacks: {list}.',
    couldNotTell: 'Could not tell for: {list}.',
    worksWithout: 'Gatehouse works without these; the features that need them say so where they appear.',
    featuresUnchecked: 'Optional features could not be checked: {error}',
    checkedAgain: 'They will be checked again when Gatehouse connects.',
    handshakeTimeout: 'the server did not complete the secure handshake in time',
    notSignedByCa: 'not signed by this CA',
  },
  /** Refusals of the desk's services (AppError messages shown in the renderer). */
  /** Host notices and e-mails that could not be delivered (a technical detail may follow). */
  delivery: {
    mailAuth: 'The mail server {server} refused the user name or password.',
    mailTls: 'A secure connection (TLS) to the mail server {server} could not be made.',
    mailAddress: 'The mail server refused the address.',
    mailMessage: 'The mail server refused the message.',
    mailUnreachable: 'The mail server {server} could not be reached.',
    mailFailed: 'The e-mail could not be sent.',
    mailNoServer: 'No mail server is set up (Settings › Visitor services › E-mail).',
    mailNoSender: 'No sender address is set up (Settings › Visitor services › E-mail).',
    webhookInvalid: 'The {service} webhook address is not valid (https:// needed).',
    webhookUnreachable: 'The {service} webhook could not be reached.',
    webhookAnswered: 'The {service} webhook answered {status}.',
    hostEmailUnreadable: "The host's e-mail address could not be read from the server.",
    hostNoEmail: '{host} has no e-mail address on the server.',
    hostNoEmailUnnamed: 'The host has no e-mail address on the server.',
    failed: 'The notice could not be sent.',
  },
  refusals: {
    reservation: {
      endBeforeStart: 'The end must be after the start.',
      visitOver: 'The visit is already over.',
      gone: 'This reservation is no longer on this desk.',
      unreachable:
        'The server cannot be reached, so the reservation was not changed. Try again when the connection is back.',
    },
    invite: {
      onlyBooked: 'Only a booked visit can be sent an invitation.',
      qrFailed: "The visitor's QR code could not be fetched from the server: {reason}",
      noValidDate: 'The reservation has no valid date.',
      notSent: 'The invitation could not be sent: {error}',
      alreadyArrived: 'This visitor has already arrived or the visit was cancelled.',
      checkedInPending:
        '{name} is checked in on this desk; the server cannot be reached, so print the badge when it is back.',
      checkedIn: '{name} is checked in. {badge}',
      checkedInNoBadge: '{name} is checked in, but the badge was not printed: {error}',
    },
    kiosk: {
      chooseHostAgain: 'Please choose the person you are visiting again.',
      signAgreement: 'Please sign the visitor agreement.',
      noSignIn: 'There is no sign-in on this kiosk right now.',
      seeReception: 'We could not sign you in here. Please see the receptionist, who will help you.',
      takenOver: 'The receptionist will help you now. Thank you!',
    },
    operators: {
      alreadySetUp: 'This station already has operator accounts. Sign in instead.',
      gone: 'This operator no longer exists.',
      pinsOff: 'PINs are turned off at this station; give a password instead.',
      usernameTaken: 'The user name "{username}" is taken.',
      lastAdministrator: 'This is the last administrator. Make someone else an administrator first.',
      pinDigitsOnly: 'A PIN is digits only.',
      pinLength: 'A PIN has 6 to 12 digits.',
      pinTooEasy: 'This PIN is too easy to guess; avoid repeated or consecutive digits.',
      passwordTooShort: 'A password has at least 8 characters.',
      passwordOnlySpaces: 'A password cannot be only spaces.',
      wrongCredentials: 'Wrong user name or password.',
      wrongCredentialsWait:
        'Wrong user name or password. Too many wrong attempts: wait {seconds} s before the next try.',
      tooManyAttempts: 'Too many wrong attempts. Wait {seconds} s, then try again.',
      accountDisabled: 'This account is disabled. Ask an administrator.',
      pinsOffSignIn: 'PINs are turned off at this station. Ask an administrator for a password.',
    },
    settings: {
      notValid: 'These settings are not valid; nothing was changed.',
      profileGone: 'This server profile no longer exists. Reload the settings page.',
      profileNameTaken: 'A server profile named "{name}" already exists. Choose another name.',
      tooManyProfiles: 'Gatehouse keeps at most 20 server profiles. Remove one first.',
      noAgreement: 'No signed agreement is kept for this visit.',
    },
  },
  /** The reception desk's own sentences (block-list check, badge pin, registrations that wait). */
  reception: {
    discardOnlyUnsent: 'Only a registration that never reached the server can be discarded.',
    onSite: 'This ID document is already registered and on site (not checked out).',
    pinNotListedYet: 'The server has not listed this visitor yet; the badge will try again when opened.',
    noPinLookup:
      "This server offers no way to look up a visitor's pin after registration; update ZKBio CVSecurity to v1.2 or later to print QR badges.",
    levelsUnavailable:
      "Visitor levels could not be loaded ({reason}). Registration works without them; the server's default applies.",
    waiting: {
      unknownServer: 'an unknown server',
      forServer: '{count} registration waits for {name}. | {count} registrations wait for {name}.',
      unrecorded:
        '{count} registration waits for the server they were typed for, which Gatehouse did not record (saved by an older version). Check and discard them, or register them again. | {count} registrations wait for the server they were typed for, which Gatehouse did not record (saved by an older version). Check and discard them, or register them again.',
      removed:
        '{count} registration waits for {name}, a server profile that was removed. Add it again to send them, or discard them. | {count} registrations wait for {name}, a server profile that was removed. Add it again to send them, or discard them.',
      changed:
        "{count} registration waits for {name} at its earlier address or certificate; they are not sent to the changed server. Discard them or restore the profile's settings. | {count} registrations wait for {name} at its earlier address or certificate; they are not sent to the changed server. Discard them or restore the profile's settings.",
      inactive:
        '{count} registration waits for {name}. They are sent when {name} is the server in use again. | {count} registrations wait for {name}. They are sent when {name} is the server in use again.',
    },
  },
  /** The fixed words of an invitation e-mail and its calendar entry (the rest is the Settings template). */
  invitation: {
    ourSite: 'our site',
    summary: 'Visit to {site}',
    summaryWithHost: 'Visit to {site} ({host})',
    host: 'Host: {host}',
    reason: 'Reason: {reason}',
    entryCode: 'Your entry code: {code}',
    qrAlt: 'Your entry QR code',
    subject: 'Your visit to {site} on {date}',
    body: 'Hello {visitor},\n\n{host} expects you on {date} at {site}, {address}.\nShow the QR code below at the entrance.',
  },
  /** The fixed words of a host's arrival notice (e-mail, Teams, Slack). */
  hostNotice: {
    visitor: 'Visitor',
    company: 'Company',
    host: 'Host',
    photoAlt: 'Photo of the visitor',
    defaultDesk: 'Reception',
    subject: '{visitor} is at reception',
    body: '{visitor} ({company}) has arrived at {desk} at {time} to see you.\n\n{site}',
    kioskDesk: 'Self sign-in kiosk',
  },
  /** Refusals of the IPC bridge itself (electron/main/ipc); the technical detail goes to the log only. */
  ipc: {
    invalidRequest:
      'Invalid request: some of what was sent is missing or not in the expected form, so nothing was changed. Check the form and try again.',
    forbiddenSender: 'This request did not come from Gatehouse.',
    internal:
      'Something went wrong inside Gatehouse. Please try again; if it keeps happening, restart the app.',
  },
}
