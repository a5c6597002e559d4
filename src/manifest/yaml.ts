import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import type { Finding, SourceLocation } from '../findings.js';

/** Aliases expanded beyond this are a "billion laughs" attack, not a manifest. */
const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

/**
 * Maps a path into the parsed data back to the YAML node it came from, so that every error
 * names the line and column a person must edit.
 */
export class SourceMap {
  constructor(
    readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  /**
   * The location of the node at `path`, or of its nearest ancestor that exists. With
   * `key`, the location of the last segment's key rather than its value (for unknown or
   * duplicate fields).
   */
  locate(path: readonly PathSegment[], key = false): SourceLocation {
    let node: unknown = this.doc.contents;
    let best: unknown = node;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const last = i === path.length - 1;
        if (key && last) {
          best = pair.key;
          break;
        }
        node = pair.value;
        best = hasRange(pair.value) ? pair.value : pair.key;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)];
        if (item === undefined) break;
        node = item;
        best = item;
      } else {
        // Scalars and aliases: nothing further to descend into.
        break;
      }
      if (isAlias(node)) break;
    }
    return this.at(hasRange(best) ? best.range[0] : 0);
  }

  at(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
}

function hasRange(node: unknown): node is Node & { range: [number, number, number] } {
  return (
    typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range)
  );
}

export type ParsedYaml =
  { ok: true; data: unknown; map: SourceMap } | { ok: false; findings: Finding[] };

/**
 * Parses YAML keeping source positions. Syntax errors, duplicate keys and alias bombs come
 * back as findings with their positions, never as exceptions.
 */
export function parseYaml(source: string, file: string): ParsedYaml {
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    // The parser recurses per nesting level; absurd nesting exhausts the stack.
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          rule: 'yaml-syntax',
          message: `cannot parse YAML: ${err instanceof RangeError ? 'nesting is too deep' : String(err)}`,
          location: { file, line: 1, column: 1 },
        },
      ],
    };
  }
  const map = new SourceMap(file, doc, lines);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) => ({
        severity: 'error' as const,
        rule: e.code === 'DUPLICATE_KEY' ? 'yaml-duplicate-key' : 'yaml-syntax',
        message: yamlMessage(e.code, e.message),
        location: map.at(e.pos[0]),
      })),
    };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, data, map };
  } catch (err) {
    const bomb = err instanceof ReferenceError && /alias/i.test(err.message);
    return {
      ok: false,
      findings: [
        {
          severity: 'error',
          rule: bomb ? 'yaml-alias-bomb' : 'yaml-syntax',
          message: bomb
            ? `aliases expand to too many nodes (limit ${MAX_ALIAS_COUNT}): refusing a possible YAML bomb`
            : `cannot read YAML: ${err instanceof Error ? err.message : String(err)}`,
          location: { file, line: 1, column: 1 },
        },
      ],
    };
  }
}

function yamlMessage(code: string, message: string): string {
  // The library appends " at line L, column C" and a code frame; we print our own position.
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return code === 'DUPLICATE_KEY' ? 'duplicate key: map keys must be unique' : first;
}
