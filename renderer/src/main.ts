import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { labelNumberSteppers } from './a11y/number-stepper-labels'
import App from './App.vue'
import { followMainLanguage, i18n } from './i18n/index'
import { router } from './router'
import './styles/theme.css'

// Start-up phases as performance marks (the cold-start bench reads them; once per page, free to keep).
performance.mark('gatehouse:script evaluated')
labelNumberSteppers()
// The first screen is already in the station's language (main names it in the page's address).
void followMainLanguage().finally(() => {
  performance.mark('gatehouse:language ready')
  createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
  performance.mark('gatehouse:app mounted')
})
