import { darkTheme, type GlobalThemeOverrides } from 'naive-ui'

/**
 * Naive UI's colours for each theme, matched to styles/theme.css. The light set is darker than Naive's
 * defaults where those miss WCAG AA (success tags, "No data", text buttons on alerts).
 */
export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#0969da',
    primaryColorHover: '#0860c4',
    primaryColorPressed: '#0550ae',
    primaryColorSuppl: '#0969da',
    successColor: '#1a7f37',
    successColorHover: '#1f8f3f',
    successColorPressed: '#116329',
    successColorSuppl: '#1a7f37',
    warningColor: '#9a6700',
    warningColorHover: '#a87300',
    warningColorPressed: '#7d4e00',
    warningColorSuppl: '#9a6700',
    errorColor: '#cf222e',
    errorColorHover: '#d93c47',
    errorColorPressed: '#a40e26',
    errorColorSuppl: '#cf222e',
    infoColor: '#0969da',
    infoColorHover: '#0860c4',
    infoColorPressed: '#0550ae',
    infoColorSuppl: '#0969da',
    textColor3: '#57606a',
    placeholderColor: '#6e7781',
    borderRadius: '6px',
    fontSize: '14px',
  },
  Empty: { textColor: '#57606a', iconColor: '#6e7781' },
  // A tag's text sits on a pale tint of its own colour: one shade darker keeps it above 4.5:1.
  Tag: {
    textColorSuccess: '#116329',
    textColorWarning: '#7d4e00',
    textColorError: '#a40e26',
    textColorInfo: '#0550ae',
    textColorPrimary: '#0550ae',
  },
}

export const darkThemeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#58a6ff',
    primaryColorHover: '#79c0ff',
    primaryColorPressed: '#388bfd',
    primaryColorSuppl: '#58a6ff',
    successColor: '#3fb950',
    successColorHover: '#56d364',
    successColorPressed: '#2ea043',
    successColorSuppl: '#3fb950',
    warningColor: '#d29922',
    warningColorHover: '#e3b341',
    warningColorPressed: '#bb8009',
    warningColorSuppl: '#d29922',
    errorColor: '#ff7b72',
    errorColorHover: '#ffa198',
    errorColorPressed: '#f85149',
    errorColorSuppl: '#ff7b72',
    bodyColor: '#0d1117',
    cardColor: '#161b22',
    modalColor: '#161b22',
    popoverColor: '#1c2128',
    infoColor: '#58a6ff',
    infoColorHover: '#79c0ff',
    infoColorPressed: '#388bfd',
    infoColorSuppl: '#58a6ff',
    textColor3: '#9da7b3',
    placeholderColor: '#8b949e',
    borderRadius: '6px',
    fontSize: '14px',
  },
  Empty: { textColor: '#9da7b3', iconColor: '#8b949e' },
  // Naive's dark alert tints are light enough that a link button on them drops under 4.5:1.
  Alert: {
    colorSuccess: '#12261e',
    colorInfo: '#0c2d4f',
    colorWarning: '#2e2409',
    colorError: '#3c1618',
  },
}

export { darkTheme }
