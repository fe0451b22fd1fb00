import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// In development Vite serves the page; `/api` goes to the server that mounts the sign handler (`node server.mjs`).
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': process.env.API_ORIGIN ?? 'http://127.0.0.1:3000',
    },
  },
})
