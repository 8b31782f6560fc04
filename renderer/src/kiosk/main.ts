import { createApp } from 'vue'
import KioskApp from './KioskApp.vue'

// The visitors' window: its own small app, no shell, no router, no desk pages.
createApp(KioskApp).mount('#kiosk')
