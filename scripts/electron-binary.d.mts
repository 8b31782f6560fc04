/** Where the Electron binary is, or null when none is installed (never downloads). */
export function installedElectronBinary(fromDir?: string): string | null
