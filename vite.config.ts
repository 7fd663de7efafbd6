import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// `base: './'` makes every asset URL relative, so the built site works from any sub-path
// (a GitHub project page, a folder on a blog's server).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
})
