// @vitest-environment node
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The packages an entry's source imports, every file it reaches followed (packages themselves left unbundled). */
async function packagesImported(entry: string): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const imports = Object.values(metafile.inputs).flatMap((input) => input.imports);
  return [...new Set(imports.filter((imported) => imported.external).map((imported) => imported.path))];
}

describe('msw, an optional peer, stays out of @sixtyseconds/react/mock', () => {
  it('the mock entry imports no msw', async () => {
    const packages = await packagesImported('src/mock/index.ts');
    expect(packages.filter((name) => /^msw(?:\/|$)/.test(name))).toEqual([]);
  });

  it('the mock/msw entry is where msw comes in', async () => {
    expect(await packagesImported('src/mock/msw-entry.ts')).toContain('msw');
  });
});
