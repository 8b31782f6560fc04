import { createApp } from 'vue'
import KioskApp from './KioskApp.vue'
import '../styles/theme.css'
// Light or dark as the system says (main sets the system theme source to the station's choice).
import '../composables/appearance'

// The visitors' window: its own small app, no shell, no router, no desk pages.
createApp(KioskApp).mount('#kiosk')
