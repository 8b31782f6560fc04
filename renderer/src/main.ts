import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { labelNumberSteppers } from './a11y/number-stepper-labels'
import App from './App.vue'
import { followMainLanguage, i18n } from './i18n/index'
import { router } from './router'
import './styles/theme.css'

labelNumberSteppers()
// The first screen is already in the station's language: wait for main's answer (a few ms).
void followMainLanguage().finally(() => {
  createApp(App).use(createPinia()).use(router).use(i18n).mount('#app')
})
