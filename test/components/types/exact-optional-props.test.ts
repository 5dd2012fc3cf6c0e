// @vitest-environment node
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./hook-results.fixture.tsx', import.meta.url));

/** The project's compiler options with `exactOptionalPropertyTypes` on, as a strict host sets it. */
function strictHostOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  return { ...options, exactOptionalPropertyTypes: true, noEmit: true };
}

describe('optional props under exactOptionalPropertyTypes', () => {
  it('take hook results straight in, undefined included', () => {
    const program = ts.createProgram([fixture], strictHostOptions());
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(fixture));
    const messages = diagnostics.map(
      (diagnostic) =>
        `${diagnostic.start === undefined ? '' : `@${diagnostic.start} `}` +
        ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0],
    );
    expect(messages).toEqual([]);
  }, 120_000);
});
