import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { labelNumberSteppers } from './a11y/number-stepper-labels'
import App from './App.vue'
import { router } from './router'
import './styles/theme.css'

labelNumberSteppers()
createApp(App).use(createPinia()).use(router).mount('#app')
