// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ClientOptions } from '../../src/api';
import type { SixtySecondsProviderProps } from '../../src/hooks';

/** The browser entry as a host app's bundler would ship it: everything but React bundled, minified. */
async function browserBundle(): Promise<string> {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: ['react', 'react/*', 'react-dom', 'react-dom/*'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('the browser entry', () => {
  it('contains no proxy code, no upstream address and nothing that sets an Authorization header', async () => {
    const code = await browserBundle();
    expect(code.length).toBeGreaterThan(10_000);
    for (const marker of [
      'api.sixtyseconds.video',
      'Bearer',
      'SIXTYSECONDS_API_KEY',
      'maxBodyBytes',
      'upstream',
      'x-forwarded-host',
      'The SixtySeconds API key',
    ]) {
      expect(code, `browser bundle mentions ${marker}`).not.toContain(marker);
    }
    expect(code.toLowerCase()).not.toMatch(/["']authorization["']/);
  });

  it('offers no option to pass an API key', () => {
    expectTypeOf<ClientOptions>().not.toHaveProperty('apiKey');
    expectTypeOf<SixtySecondsProviderProps>().not.toHaveProperty('apiKey');
    expectTypeOf<SixtySecondsProviderProps>().not.toHaveProperty('token');
  });
});
