/**
 * Reads the JSON found in real `<script type="application/ld+json">` blocks, which is often not JSON:
 * wrapped in `<!-- -->` or `<![CDATA[ ]]>`, annotated with `//` or `/* *\/` comments, with raw line
 * breaks inside strings, trailing commas, or a stray closing brace after the value. Strict JSON.parse
 * is tried first; then one repair pass fixes exactly those faults, outside string literals only, and
 * each complete top-level value is parsed on its own. What still fails to parse (an unescaped quote
 * inside a string, say) is dropped: the block gives nothing, the rest of the page still counts.
 * Nothing is ever evaluated.
 */
export function parseLenientJson(text: string): unknown[] {
  try {
    return [JSON.parse(text)];
  } catch {
    return topLevelSlices(repairJson(text)).flatMap(parseOrNothing);
  }
}

function parseOrNothing(json: string): unknown[] {
  try {
    return [JSON.parse(json)];
  } catch {
    return [];
  }
}

/** Markers that wrap a JSON value to hide it from old HTML parsers: dropped, their content kept. */
const WRAPPER_MARKERS = ['<![CDATA[', ']]>', '-->'];

/** Where reading resumes when a comment or wrapper marker starts at `index` (outside strings), if one does. */
function skipOutsideString(text: string, index: number): number | undefined {
  if (text.startsWith('//', index)) return endOf(text, '\n', index + 2);
  if (text.startsWith('/*', index)) return endOf(text, '*/', index + 2);
  if (text.startsWith('<!--', index)) {
    // `<!-- {…} -->` hides the JSON itself; `<!-- note -->` before the JSON is a comment.
    const end = endOf(text, '-->', index + 4);
    return /[{[]/.test(text.slice(index + 4, end)) ? index + 4 : end;
  }
  const marker = WRAPPER_MARKERS.find((wrapper) => text.startsWith(wrapper, index));
  return marker === undefined ? undefined : index + marker.length;
}

function endOf(text: string, closer: string, from: number): number {
  const end = text.indexOf(closer, from);
  return end === -1 ? text.length : end + closer.length;
}

function repairJson(text: string): string {
  const output: string[] = [];
  let inString = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (inString) {
      if (char === '\\') {
        output.push(text.slice(index, index + 2));
        index += 2;
        continue;
      }
      if (char === '"') inString = false;
      output.push(escapeControlCharacter(char));
      index += 1;
      continue;
    }
    const resumeAt = skipOutsideString(text, index);
    if (resumeAt !== undefined) {
      index = resumeAt;
      continue;
    }
    if (char === '"') inString = true;
    if (char === '}' || char === ']') dropTrailingComma(output);
    output.push(char);
    index += 1;
  }
  return output.join('');
}

function dropTrailingComma(output: string[]): void {
  let last = output.length - 1;
  while (last >= 0 && /^\s$/.test(output[last])) last -= 1;
  if (output[last] === ',') output.splice(last, 1);
}

function escapeControlCharacter(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x20) return char;
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Each balanced `{…}` or `[…]` at the top level of repaired text, skipping anything between them. */
function topLevelSlices(json: string): string[] {
  const slices: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const char = json[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = depth > 0;
    } else if (char === '{' || char === '[') {
      if (depth === 0) start = index;
      depth += 1;
    } else if ((char === '}' || char === ']') && depth > 0) {
      depth -= 1;
      if (depth === 0) slices.push(json.slice(start, index + 1));
    }
  }
  return slices;
}
