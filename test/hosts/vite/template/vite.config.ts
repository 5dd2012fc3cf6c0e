import { createProxyHandler, toNodeHandler } from '@sixtyseconds/react/server';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Serves the SixtySeconds proxy at /api/sixtyseconds in `vite preview`, as the host's own Node server would. */
function sixtySecondsProxy(): Plugin {
  return {
    name: 'sixtyseconds-proxy',
    configurePreviewServer(server) {
      const proxy = createProxyHandler({
        apiKey: process.env.SIXTYSECONDS_API_KEY,
        upstream: process.env.SIXTYSECONDS_API_URL,
        basePath: '/api/sixtyseconds',
      });
      server.middlewares.use(toNodeHandler(proxy));
    },
  };
}

export default defineConfig({ plugins: [react(), sixtySecondsProxy()] });
