// Finds user-visible English left in components: every word they show must come from the message catalogue
// (src/messages). Flags JSX text, string literals given to text attributes (aria-label, title, placeholder, alt, …),
// string literals a JSX expression shows directly (`{busy ? 'Saving…' : 'Save'}`), and messages passed to
// `new Error(…)`. Usage: `node scripts/check-literals.mjs [dir or file …]` (src/components by default); exits 1 on any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  'summary',
  'caption',
  'heading',
]);
/** Text a person reads: at least one letter (digits, punctuation, arrows and symbols alone are not words). */
const WORDS = /\p{L}/u;

/** Every .ts/.tsx file under `path`. */
function files(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

/** A node whose value JSX shows as it is: a literal, possibly behind `?:`, `&&`, `||`, `??` or parentheses. */
function shownLiteral(node) {
  let child = node;
  let parent = node.parent;
  while (parent) {
    if (ts.isJsxExpression(parent)) return true;
    if (ts.isParenthesizedExpression(parent)) {
    } else if (ts.isConditionalExpression(parent)) {
      if (parent.condition === child) return false;
    } else if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      const logical =
        op === ts.SyntaxKind.AmpersandAmpersandToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken;
      if (!logical || (op === ts.SyntaxKind.AmpersandAmpersandToken && parent.left === child)) return false;
    } else return false;
    child = parent;
    parent = parent.parent;
  }
  return false;
}

const isStringish = (node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
/** The words a literal or template writes itself (a template's `${…}` parts are values, not words). */
const ownText = (node) =>
  ts.isTemplateExpression(node)
    ? [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ')
    : isStringish(node)
      ? node.text
      : undefined;

/** The findings in one file: `{ line, text, why }`. */
function check(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found = [];
  const report = (node, text, why) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push({ line: line + 1, text: text.trim().replace(/\s+/g, ' '), why });
  };
  const visit = (node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text, 'JSX text');
    else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const text = value && ownText(value);
      if (TEXT_ATTRIBUTES.has(name) && text && WORDS.test(text)) report(node, value.getText(source), `${name}=`);
    } else if (WORDS.test(ownText(node) ?? '') && shownLiteral(node)) {
      const attribute = ts.findAncestor(node, ts.isJsxAttribute);
      const name = attribute?.name.getText(source);
      // Class names, ids, roles and the like are for machines; text attributes are caught above.
      if (!attribute || TEXT_ATTRIBUTES.has(name)) report(node, node.getText(source), 'shown literal');
    } else if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText(source))) {
      const first = node.arguments?.[0];
      if (first && (isStringish(first) || ts.isTemplateExpression(first)))
        report(node, first.getText(source), 'Error message');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const roots = process.argv.slice(2);
const targets = (roots.length ? roots : ['src/components']).flatMap(files).filter((f) => /\.tsx?$/.test(f));
let total = 0;
for (const file of targets) {
  for (const { line, text, why } of check(file)) {
    total += 1;
    console.log(`${relative(process.cwd(), file)}:${line}  ${why}: ${JSON.stringify(text)}`);
  }
}
if (total) {
  console.log(`\n${total} user-visible string(s) outside the message catalogue (src/messages): move each into it.`);
  process.exit(1);
}
console.log(`check-literals: no user-visible strings outside the catalogue in ${targets.length} files.`);
