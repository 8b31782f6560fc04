import { createApp } from 'vue'
import { messages } from '@shared/i18n/messages/index'
import { createGatehouseI18n } from '../i18n/create'
import KioskApp from './KioskApp.vue'
import '../styles/theme.css'
// Light or dark as the system says (main sets the system theme source to the station's choice).
import '../composables/appearance'

// The visitors' window: its own small app, no shell, no router, no desk pages. Its vue-i18n serves the
// shared components it borrows (the photo capture); KioskApp sets the visitor's language on it.
createApp(KioskApp).use(createGatehouseI18n('en', messages)).mount('#kiosk')
