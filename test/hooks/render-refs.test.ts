// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRefWrites } from '../../scripts/check-render-refs.mjs';

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );

describe('no ref is written during render (npm run lint runs scripts/check-render-refs.mjs)', () => {
  it('finds none in src', () => {
    const found = sources('src').flatMap((file) =>
      renderRefWrites(readFileSync(file, 'utf8'), file).map(({ line, text }) => `${file}:${line} ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('flags a write in the body of a component, a hook or a forwardRef render function', () => {
    const code = `
      function Provider(props) { const live = useRef(props); live.current = props; return null; }
      export function useLatest(value) { const ref = useRef(value); ref.current = value; return ref; }
      const Panel = forwardRef(function (props, ref) { const count = useRef(0); count.current++; return null; });
      const Memoised = memo(() => { const seen = useRef(false); if (!seen.current) seen.current = true; return null; });
    `;
    expect(renderRefWrites(code).map(({ owner, text }) => `${owner}: ${text}`)).toEqual([
      'Provider: live.current = props',
      'useLatest: ref.current = value',
      'Panel: count.current++',
      'Memoised: seen.current = true',
    ]);
  });

  it('leaves writes in effects, callbacks, handlers and plain functions alone', () => {
    const code = `
      function Form() {
        const mounted = useRef(false);
        useEffect(() => { mounted.current = true; return () => { mounted.current = false; }; }, []);
        const submit = useCallback(() => { mounted.current = false; }, []);
        return <form onSubmit={() => { mounted.current = true; }} />;
      }
      function reset(ref) { ref.current = null; }
    `;
    expect(renderRefWrites(code)).toEqual([]);
  });
});
