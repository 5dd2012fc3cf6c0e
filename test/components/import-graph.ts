import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** The React APIs a React Server Component may not call: state, effects, refs, context (React's react-server build lacks them). */
export const CLIENT_ONLY_REACT = [
  'createContext',
  'useContext',
  'useState',
  'useReducer',
  'useEffect',
  'useLayoutEffect',
  'useInsertionEffect',
  'useRef',
  'useSyncExternalStore',
  'useTransition',
  'useDeferredValue',
  'useImperativeHandle',
  'useOptimistic',
  'useActionState',
  'useEffectEvent',
];

/** One module of the graph: its repo-relative path, its bare imports and the names it takes from `react`. */
export interface GraphModule {
  path: string;
  packages: string[];
  reactNames: string[];
}

const ROOT = resolve(import.meta.dirname, '../..');
const IMPORT = /^\s*(import|export)\s+(type\s+)?([\s\S]*?)\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT_IMPORT = /^\s*import\s+['"]([^'"]+)['"]/gm;

function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.tsx?$/.test(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Every module a source file loads at run time (type-only imports left out), following relative imports. */
export function importGraph(entry: string): GraphModule[] {
  const seen = new Map<string, GraphModule>();
  const visit = (file: string) => {
    const path = relative(ROOT, file);
    if (seen.has(path)) return;
    const module: GraphModule = { path, packages: [], reactNames: [] };
    seen.set(path, module);
    const text = readFileSync(file, 'utf8');
    const specifiers: string[] = [];
    for (const [, , typeOnly, clause = '', specifier = ''] of text.matchAll(IMPORT)) {
      if (typeOnly) continue;
      // `import { type A, b }`: only the value names are loaded.
      const names = /\{([\s\S]*)\}/
        .exec(clause)?.[1]
        ?.split(',')
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith('type '))
        .map((name) => name.split(/\s+as\s+/)[0] as string);
      if (names && names.length === 0 && !/^[\w*]/.test(clause.replace(/\{[\s\S]*\}/, '').trim())) continue;
      if (specifier === 'react') module.reactNames.push(...(names ?? ['*']));
      specifiers.push(specifier);
    }
    for (const [, specifier = ''] of text.matchAll(SIDE_EFFECT_IMPORT)) specifiers.push(specifier);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(resolveModule(file, specifier));
      else module.packages.push(specifier);
    }
  };
  visit(resolve(ROOT, entry));
  return [...seen.values()];
}
