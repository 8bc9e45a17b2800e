import { describe, expect, it } from 'vitest';
import { parseLenientJson } from '@/lib/extract/json-ld/lenient-json';

const PERSON = { '@type': 'Person', name: 'John' };

describe('parseLenientJson', () => {
  it.each([
    ['strict JSON', '{"@type":"Person","name":"John"}', [PERSON]],
    ['an HTML comment before the value', '<!-- John joined -->\n{"@type":"Person","name":"John"}', [PERSON]],
    ['the value wrapped in an HTML comment', '<!--\n{"@type":"Person","name":"John"}\n-->', [PERSON]],
    ['the value wrapped in CDATA', '<![CDATA[{"@type":"Person","name":"John"}]]>', [PERSON]],
    ['the value wrapped in commented-out CDATA', '//<![CDATA[\n{"@type":"Person","name":"John"}\n//]]>', [PERSON]],
    ['a line comment', '// John\n{"@type":"Person", // the type\n"name":"John"}', [PERSON]],
    ['a block comment', '{"@type":"Person", /* "name":"Jane", */ "name":"John"}', [PERSON]],
    ['trailing commas', '{"@type":"Person","name":"John",}', [PERSON]],
    ['a trailing comma in an array', '[{"@type":"Person","name":"John"},]', [[PERSON]]],
    ['a stray closing brace', '{"@type":"Person","name":"John"}}', [PERSON]],
    ['two values one after the other', '{"a":1}{"b":2}', [{ a: 1 }, { b: 2 }]],
    ['raw line breaks inside a string', '{"data": "line 1\n  line 2\tend"}', [{ data: 'line 1\n  line 2\tend' }]],
    ['a raw control character inside a string', '{"data": "a\u0001b"}', [{ data: 'a\u0001b' }]],
  ])('should read %s', (_case, text, expected) => {
    expect(parseLenientJson(text)).toEqual(expected);
  });

  it.each([
    ['comment markers inside strings', '{"html": "<!-- x --><b>y</b>", "js": "// not a comment", "url": "https://a.b/c"}'],
    ['escaped quotes and backslashes', '{"quote": "say \\"hi\\"", "path": "C:\\\\dir", "comma": ",}"}'],
  ])('should keep %s as written', (_case, text) => {
    expect(parseLenientJson(`${text},`)).toEqual([JSON.parse(text)]);
  });

  it.each([
    ['an unescaped quote inside a string', '{"name": "John "Johnny" Doe"}'],
    ['a JavaScript expression', '{"name": (function(){ return "John" })()}'],
    ['an empty block', '   '],
    ['plain text', 'not json at all'],
  ])('should give nothing for %s', (_case, text) => {
    expect(parseLenientJson(text)).toEqual([]);
  });

  it('should keep the values it can read when another one is broken', () => {
    const text = '{"name": "John "Johnny" Doe"} {"@type":"Person","name":"John"}';

    expect(parseLenientJson(text)).toEqual([PERSON]);
  });

  it('should read primitives that strict JSON allows', () => {
    expect(parseLenientJson('null')).toEqual([null]);
  });
});
