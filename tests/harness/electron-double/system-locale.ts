/**
 * The system's languages as Electron reports them on Linux: from the standard variables of main's
 * environment (LANGUAGE, a colon-separated list, first; then LC_ALL, LC_MESSAGES, LANG), as
 * g_get_language_names() reads them. `es_ES.UTF-8` becomes `es-ES`; `C` and `POSIX` mean no preference.
 * Tests start the app "in a language" the way a user's machine would: `env: { LANG: 'es_ES.UTF-8' }`.
 */
function toBcp47(posix: string): string | null {
  const base = posix.split('.')[0]!.split('@')[0]!.trim()
  if (!base || base === 'C' || base === 'POSIX') return null
  return base.replace('_', '-')
}

export function preferredSystemLanguages(env: NodeJS.ProcessEnv = process.env): string[] {
  const sources = [env.LANGUAGE?.split(':') ?? [], [env.LC_ALL], [env.LC_MESSAGES], [env.LANG]]
  for (const list of sources) {
    const languages = list.map((v) => (v ? toBcp47(v) : null)).filter((v): v is string => !!v)
    if (languages.length) return [...new Set(languages)]
  }
  return ['en-US']
}
