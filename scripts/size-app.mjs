// The scratch app `npm run size` measures in: the packed tarball (not a link, not src/) installed by package name
// into a folder in os.tmpdir(), outside the repository, next to the React the repository tests with.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

/** Packs `root` (after `npm run build`), installs the tarball and React into a new scratch app; returns its folder. */
export function createScratchApp(root) {
  const scratch = mkdtempSync(join(tmpdir(), 'sixtyseconds-size-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'size-app', private: true, type: 'module' }));
  const version = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      join(scratch, packed.filename),
      `react@${version('react')}`,
      `react-dom@${version('react-dom')}`,
    ],
    app,
  );
  return { scratch, app, tarball: packed.filename };
}
