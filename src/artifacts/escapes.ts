/**
 * The one-character backslash escapes of a Python string literal, as `ast.literal_eval` (npy
 * headers) and `codecs.escape_decode` (protocol 0 STRING) read them. Octal, `\x`, `\u` and a
 * backslash before a newline are each reader's own business.
 */
export const PYTHON_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};
