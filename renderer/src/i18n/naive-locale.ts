/**
 * Naive UI's own texts (empty tables, date pickers, pagination) and its right-to-left styles, for the
 * language in use. Used by the desk's and the kiosk's n-config-provider.
 */
import type { Language } from '@shared/i18n/languages'
import {
  arDZ,
  dateArDZ,
  dateEnUS,
  dateEsAR,
  datePtBR,
  dateZhCN,
  enUS,
  esAR,
  ptBR,
  unstableAlertRtl,
  unstableButtonGroupRtl,
  unstableButtonRtl,
  unstableCardRtl,
  unstableCheckboxRtl,
  unstableDataTableRtl,
  unstableDialogRtl,
  unstableDrawerRtl,
  unstableInputNumberRtl,
  unstableInputRtl,
  unstableListRtl,
  unstableMessageRtl,
  unstableNotificationRtl,
  unstablePaginationRtl,
  unstablePopoverRtl,
  unstableRadioRtl,
  unstableScrollbarRtl,
  unstableSelectRtl,
  unstableSpaceRtl,
  unstableStepsRtl,
  unstableTableRtl,
  unstableTabsRtl,
  unstableTagRtl,
  zhCN,
  type NDateLocale,
  type NLocale,
} from 'naive-ui'

// Naive UI has no es-ES date names that differ from es-AR for what we show; es-AR is its fuller table.
const LOCALES: Record<Language, { locale: NLocale; dateLocale: NDateLocale }> = {
  en: { locale: enUS, dateLocale: dateEnUS },
  es: { locale: esAR, dateLocale: dateEsAR },
  'zh-CN': { locale: zhCN, dateLocale: dateZhCN },
  'pt-BR': { locale: ptBR, dateLocale: datePtBR },
  ar: { locale: arDZ, dateLocale: dateArDZ },
}

export const naiveLocale = (language: Language) => LOCALES[language]

/** Every Naive UI component we use that has RTL styles. */
export const NAIVE_RTL = [
  unstableAlertRtl,
  unstableButtonGroupRtl,
  unstableButtonRtl,
  unstableCardRtl,
  unstableCheckboxRtl,
  unstableDataTableRtl,
  unstableDialogRtl,
  unstableDrawerRtl,
  unstableInputNumberRtl,
  unstableInputRtl,
  unstableListRtl,
  unstableMessageRtl,
  unstableNotificationRtl,
  unstablePaginationRtl,
  unstablePopoverRtl,
  unstableRadioRtl,
  unstableScrollbarRtl,
  unstableSelectRtl,
  unstableSpaceRtl,
  unstableStepsRtl,
  unstableTableRtl,
  unstableTabsRtl,
  unstableTagRtl,
]
