import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { channelNames, eventNames } from './electron/shared/contract/index'

// Main is ESM so electron-store (ESM-only) can be bundled into it; native modules
// (keytar, better-sqlite3) stay external and are rebuilt for Electron at packaging time.
// The preload must be ONE CommonJS file requiring nothing but `electron`, because the
// window runs with `sandbox: true` where a preload cannot require anything else.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['electron-store', 'zod', 'qrcode'] },
      rollupOptions: {
        // index.js is the small bootstrap (compile cache on, then the app as a chunk of its own).
        // Chunks sit next to index.js: main finds preload, renderer and resources relative to its own file.
        input: { index: resolve('electron/main/bootstrap.ts') },
        output: { format: 'es', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    // The preload gets the contract's NAMES only, baked in at build time, so it stays a few hundred
    // bytes with no schema library: validation is main's job.
    define: {
      __GATEHOUSE_CHANNELS__: JSON.stringify(channelNames),
      __GATEHOUSE_EVENTS__: JSON.stringify(eventNames),
    },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias: { '@': resolve('renderer/src'), '@shared': resolve('electron/shared') } },
    plugins: [vue()],
    // vue-i18n's bundler flags: composition API only, no devtools; messages are compiled just in time
    // (no eval, so the CSP's script-src 'self' holds).
    define: {
      __VUE_I18N_FULL_INSTALL__: 'true',
      __VUE_I18N_LEGACY_API__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      // electron-vite leaves the renderer unminified: minified, the first window's ~2 MB of Vue, Naive UI and
      // messages is about half the bytes to fetch through the app protocol and to parse before first paint.
      // GATEHOUSE_NO_MINIFY=1 keeps the names readable in a CPU profile of the renderer.
      minify: !process.env.GATEHOUSE_NO_MINIFY,
      // The kiosk is its own page: a visitor's window never loads the desk's app.
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), kiosk: resolve('renderer/kiosk.html') },
      },
    },
  },
})
