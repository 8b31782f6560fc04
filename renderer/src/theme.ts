import type { GlobalThemeOverrides } from 'naive-ui'

export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#1f6feb',
    primaryColorHover: '#388bfd',
    primaryColorPressed: '#1158c7',
    borderRadius: '6px',
    fontSize: '14px',
  },
}
