// Finds refs written during render: `x.current = …` (or `+=`, `++`, `--`) directly in the body of a component or a
// hook, outside the effects, callbacks and handlers it defines. React may render a component many times, or throw a
// render away, under concurrent rendering, so such a write can leave the ref holding what no committed render saw.
// A component or hook is a function named `use[A-Z]…` or `[A-Z]…`: by its declaration, by the variable it is assigned
// to, or through `forwardRef(…)`/`memo(…)`. Usage: `node scripts/check-render-refs.mjs [dir or file …]` (src by
// default); exits 1 on any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const RENDER_NAME = /^(?:use[A-Z0-9]|[A-Z])/;

/** The name a function goes by: its own, or that of the variable (or property) it is assigned to, through wrappers. */
function nameOf(fn) {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  let node = fn.parent;
  // `const Panel = forwardRef(function (…) {…})`, `memo(() => …)`: the wrapper call stands between.
  while (node && (ts.isCallExpression(node) || ts.isParenthesizedExpression(node) || ts.isAsExpression(node))) {
    node = node.parent;
  }
  if (node && (ts.isVariableDeclaration(node) || ts.isPropertyAssignment(node)) && ts.isIdentifier(node.name)) {
    return node.name.text;
  }
  return undefined;
}

const isFunction = (node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node) ||
  ts.isConstructorDeclaration(node);

/** `x.current` (or `x?.current`, `obj.x.current`) as the target of a write. */
const isRefCurrent = (node) => ts.isPropertyAccessExpression(node) && node.name.text === 'current';

const WRITES = new Set([
  ts.SyntaxKind.EqualsToken,
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.BarBarEqualsToken,
  ts.SyntaxKind.AmpersandAmpersandEqualsToken,
  ts.SyntaxKind.QuestionQuestionEqualsToken,
]);

/** The ref writes made during render in one source text: `{ line, text, owner }`. */
export function renderRefWrites(text, fileName = 'file.tsx') {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = [];
  const visit = (node) => {
    let target;
    if (ts.isBinaryExpression(node) && WRITES.has(node.operatorToken.kind)) target = node.left;
    else if (
      (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
      (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)
    )
      target = node.operand;
    if (target && isRefCurrent(target)) {
      // The function the write runs in: when it is the component or hook itself, it runs during render.
      const owner = ts.findAncestor(node.parent, isFunction);
      const name = owner && nameOf(owner);
      if (name && RENDER_NAME.test(name)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ line: line + 1, text: node.getText(source), owner: name });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .ts/.tsx file under `path`. */
function files(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const roots = process.argv.slice(2);
  const targets = (roots.length ? roots : ['src']).flatMap(files).filter((file) => /\.tsx?$/.test(file));
  let total = 0;
  for (const file of targets) {
    for (const { line, text, owner } of renderRefWrites(readFileSync(file, 'utf8'), file)) {
      total += 1;
      console.log(`${relative(process.cwd(), file)}:${line}  ${owner} writes a ref during render: ${text}`);
    }
  }
  if (total) {
    console.log(`\n${total} ref write(s) during render: move each into an effect or an event handler.`);
    process.exit(1);
  }
  console.log(`check-render-refs: no ref written during render in ${targets.length} files.`);
}
