import { defineConfig } from "vite";

// Tauri serves ui/dist in production and this dev server (port 5173) in `tauri dev`.
export default defineConfig({
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    // WebKitGTK 2.40+ (Debian 12) and WebView2 both handle ES2021.
    target: "es2021",
    // Fonts stay files (never data: URLs) so the CSP's font-src 'self' covers them.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});
