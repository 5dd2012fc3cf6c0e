import type { AspectRatio } from '../api';

/** What a poster shows: the video's title and template, in the template's colour, at the video's shape. */
export interface PosterInput {
  title: string;
  templateName: string;
  /** A CSS colour (`#4f46e5`). */
  colour: string;
  aspectRatio: AspectRatio;
}

/**
 * Sizes per ratio (an SVG scales; these fix its shape and the text's proportions), and how much of the bottom-right
 * corner to leave free: cards put the duration badge there, so the title wraps before reaching it.
 */
const LAYOUTS: Record<AspectRatio, { width: number; height: number; fontSize: number; corner: number; lines: number }> =
  {
    '16:9': { width: 640, height: 360, fontSize: 30, corner: 120, lines: 3 },
    '9:16': { width: 360, height: 640, fontSize: 28, corner: 90, lines: 4 },
    '1:1': { width: 480, height: 480, fontSize: 30, corner: 100, lines: 4 },
  };

const MARGIN = 28;

// Characters XML 1.0 forbids (a control character makes the whole SVG unreadable) and unpaired surrogates.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for SVG content and attribute values: markup characters escaped, XML-forbidden characters dropped. */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** Greedy word wrap by character count (an SVG cannot wrap text); long words are cut, the last line ellipsised. */
export function wrapTitle(title: string, maxChars: number, maxLines: number): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words.flatMap((w) => chunks(w, maxChars))) {
    const next = line ? `${line} ${word}` : word;
    if (Array.from(next).length <= maxChars) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const last = Array.from(lines[maxLines - 1] as string);
  return [...lines.slice(0, maxLines - 1), `${last.slice(0, maxChars - 1).join('')}…`];
}

/** A word cut into pieces of at most `size` characters (code points, so an emoji is never split). */
function chunks(word: string, size: number): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) pieces.push(chars.slice(i, i + size).join(''));
  return pieces;
}

/**
 * The poster of one video as an SVG document: template name top left, title bottom left, and the centre (a card's
 * play button) and bottom-right corner (its duration) left free.
 */
export function posterSvg({ title, templateName, colour, aspectRatio }: PosterInput): string {
  const { width, height, fontSize, corner, lines: maxLines } = LAYOUTS[aspectRatio];
  // Average glyph width of a bold sans-serif is about 0.56 em.
  const maxChars = Math.max(8, Math.floor((width - MARGIN - corner) / (fontSize * 0.56)));
  const lines = wrapTitle(title, maxChars, maxLines);
  const lineHeight = Math.round(fontSize * 1.2);
  const firstBaseline = height - MARGIN - lineHeight * (lines.length - 1);
  const tspans = lines
    .map((line, i) => `<tspan x="${MARGIN}" y="${firstBaseline + i * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const fill = escapeXml(colour);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><linearGradient id="shade" x1="0" y1="0" x2="1" y2="1">',
    '<stop offset="0" stop-color="#fff" stop-opacity="0.18"/><stop offset="1" stop-color="#000" stop-opacity="0.45"/>',
    '</linearGradient></defs>',
    `<rect width="100%" height="100%" fill="${fill}"/><rect width="100%" height="100%" fill="url(#shade)"/>`,
    `<circle cx="${width}" cy="0" r="${Math.min(width, height) * 0.6}" fill="#fff" fill-opacity="0.08"/>`,
    `<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif" fill="#fff">`,
    `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="15" font-weight="600" letter-spacing="1.5" fill-opacity="0.85">`,
    `${escapeXml(templateName.toUpperCase())}</text>`,
    `<text font-size="${fontSize}" font-weight="700">${tspans}</text>`,
    '</g></svg>',
  ].join('');
}
