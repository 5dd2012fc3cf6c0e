import { createProxyHandler } from '@sixtyseconds/react/server';

// `next build` imports this module with no key in the environment; the proxy only needs it once requests arrive.
const handler = createProxyHandler({
  apiKey: process.env.SIXTYSECONDS_API_KEY,
  upstream: process.env.SIXTYSECONDS_API_URL,
  basePath: '/api/sixtyseconds',
});

export { handler as GET, handler as POST };
