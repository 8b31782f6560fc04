/**
 * Names that must agree across the app, electron-builder.yml and the OS: the AppUserModelId on
 * Windows must equal the builder's appId or notifications lose their icon and grouping.
 * A test reads electron-builder.yml and compares.
 */
export const APP_ID = 'com.gatehouse.desk'
export const PRODUCT_NAME = 'Gatehouse'
/** The privileged scheme the renderer is served from: a secure, standard origin for getUserMedia. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'gatehouse'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
