/**
 * What may reach a GitHub Actions log. The runner reads a step's stdout and stderr line by line
 * (.NET's StreamReader.ReadLine: a line ends at \n, \r or \r\n) and runs a line as a workflow
 * command when, after leading white space (its TrimStart), it starts with `::` (`::error::…`,
 * `::add-mask::…`, `::stop-commands::…`, `::set-output …`), or when it holds `##[` anywhere
 * (the legacy syntax, `##[error]…`, which the runner still parses). File names, manifest
 * fields, reasons and registry contents are not ours: one line of them could annotate, hide
 * text behind a mask, stop our own commands or set an output. Every line the action or the
 * CLI prints in Actions passes through `logText` or, for a `--json` document, `logJson`.
 *
 * The workflow commands we issue ourselves go through @actions/core, whose command.ts escapes
 * their data (%, CR, LF) and properties (also `:` and `,`) so that they stay one line, and a
 * line that starts with our own `::` is never untrusted text; what we hand it is redacted.
 */

/** How the runner splits a stream into lines. */
const LINE_BREAK = /(\r\n|\r|\n)/;

/**
 * A line that starts a command: `::` after what .NET's TrimStart removes (JavaScript's \s,
 * plus U+0085 and U+180E) and, to be safe, invisible format characters (zero-width spaces,
 * a byte-order mark) that some reader might drop as well.
 */
const LEADING_COMMAND = /^([\s\u0085\u180e\p{Cf}]*)::/u;

/** The legacy command prefix, matched anywhere in a line. */
const LEGACY_COMMAND = /##\[/g;

/**
 * The userinfo of a URL (`https://user:password@host`, `https://TOKEN@host`): a credential
 * whatever it holds. Stops at what ends a URL's authority or a quoted string.
 */
// Greedy to the last @ of the authority, as URL parsers read `user:p@ss@host`.
const USERINFO = /([a-z][a-z0-9+.-]*:\/\/)[^\s/?#"'<>\\]+@/gi;

/** Replaces the userinfo of every URL in `text` by `***`: no message shows a credential. */
export function redactUserinfo(text: string): string {
  return text.replace(USERINFO, '$1***@');
}

/** Replaces every occurrence of each secret by `***`, as the runner masks what it was told. */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  // Longest first: a password inside its userinfo must not leave the user name behind.
  const longestFirst = [...secrets].filter(Boolean).sort((a, b) => b.length - a.length);
  return longestFirst.reduce((t, secret) => t.split(secret).join('***'), text);
}

/**
 * The credentials in the URLs of `value` (an input such as `s3-endpoint`): each userinfo, and
 * its password part alone, for the runner to mask wherever they show up, however quoted.
 */
export function urlCredentials(value: string): string[] {
  const out = new Set<string>();
  for (const m of value.matchAll(USERINFO)) {
    const userinfo = m[0].slice(m[1]!.length, -1);
    out.add(userinfo);
    const colon = userinfo.indexOf(':');
    if (colon >= 0 && colon < userinfo.length - 1) out.add(userinfo.slice(colon + 1));
  }
  return [...out];
}

/**
 * `text` made safe to print as log lines: URL credentials redacted, and every line that the
 * runner would take for a workflow command escaped with a backslash (`\::error::…`,
 * `##\[error]…`), which the runner prints as it is. Lines keep their breaks.
 */
export function logText(text: string): string {
  return redactUserinfo(text)
    .split(LINE_BREAK)
    .map((part, i) =>
      // Odd parts are the line breaks the split kept.
      i % 2 === 1 ? part : part.replace(LEADING_COMMAND, '$1\\::').replace(LEGACY_COMMAND, '##\\['),
    )
    .join('');
}

/**
 * A JSON document made safe to print: the same redaction, and `##[` (which can only sit inside
 * a string: JSON.stringify escapes every line break there, so no line starts with `::`)
 * written `#\u0023[`, which a JSON reader decodes back to the same text.
 */
export function logJson(json: string): string {
  return redactUserinfo(json).replace(LEGACY_COMMAND, '#\\u0023[');
}
