// What the English catalogue weighs inside the whole library (issue 13 asks that it add at most 3 kB): the whole
// library bundled with esbuild as `npm run size` bundles it, three ways: as shipped; with every English area module
// emptied (no words at all); and emptied with the areas' words appended as plain strings, the text a library without
// a catalogue would still carry inline. The first difference is the catalogue with its words; the second is what the
// catalogue adds over the same words written inline (keys, message functions, binding). Appending the words as one
// list gzips them a little better than text spread over many components would, so that second figure errs high.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** English modules in the installed package: `dist/messages/en/<area>.js` and `en/charts/<chart>.js`. */
const ENGLISH = /[\\/]dist[\\/]messages[\\/]en[\\/]/;
/** Of those, the ones that compose areas rather than hold words. */
const COMPOSED = /[\\/]en[\\/](?:index|charts)\.js$/;

/** Every string and template text in a module's source (template parts without their `${…}`). */
function texts(source) {
  const found = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      found.push(node.head.text);
      for (const span of node.templateSpans) found.push(span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('area.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS));
  return found.filter((text) => text !== '');
}

/** An esbuild plugin that empties the English areas, collecting their words into `words`. */
const emptyAreas = (words) => ({
  name: 'empty-english-areas',
  setup(build) {
    build.onLoad({ filter: ENGLISH }, (args) => {
      if (COMPOSED.test(args.path)) return undefined;
      const source = readFileSync(args.path, 'utf8');
      words.push(...texts(source.replace(/^import .*$/gm, '')));
      const name = /export\s*\{\s*(\w+)\s*\}/.exec(source)?.[1] ?? /export const (\w+)/.exec(source)?.[1];
      return { contents: `export const ${name} = {};`, loader: 'js' };
    });
  },
});

/**
 * `{ shipped, withoutWords, inlineWords }` gzip bytes of the whole library (`file` imports it as a namespace), measured
 * by `measure(file, options)` with esbuild options added.
 */
export async function measureCatalogue(measure, file) {
  const words = [];
  const shipped = (await measure(file)).gzip;
  const withoutWords = (await measure(file, { plugins: [emptyAreas(words)] })).gzip;
  const footer = `globalThis.__words=${JSON.stringify(words)};`;
  const inlineWords = (await measure(file, { plugins: [emptyAreas([])], footer: { js: footer } })).gzip;
  return { shipped, withoutWords, inlineWords, words: words.length };
}
