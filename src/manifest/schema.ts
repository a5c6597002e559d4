import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Finding } from '../findings.js';
import { manifestValidator } from './schema-validator.js';
import { closest } from './suggest.js';
import type { PathSegment, SourceMap } from './yaml.js';

/**
 * Validates (and fills the defaults of) `data` in place against the manifest schema. Each
 * error becomes a finding at the line and column of the node that caused it.
 */
export function checkSchema(data: unknown, map: SourceMap): Finding[] {
  const validate = manifestValidator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const err of validate.errors ?? []) {
    const f = toFinding(err, map);
    const key = `${f.location?.line}:${f.location?.column}:${f.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}

function pathOf(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describe(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the manifest';
  return (
    '`' +
    path
      .map((s) => (typeof s === 'number' ? `[${s}]` : s))
      .join('.')
      .replace(/\.\[/g, '[') +
    '`'
  );
}

function toFinding(err: ErrorObject, map: SourceMap): Finding {
  const path = pathOf(err.instancePath);
  const what = describe(path);
  const p = err.params as Record<string, unknown>;
  const parentSchema = (err.parentSchema ?? {}) as Record<string, unknown>;
  const finding = (message: string, key = false, at = path): Finding => ({
    severity: 'error',
    rule: `schema-${err.keyword}`,
    message,
    location: map.locate(at, key),
  });
  switch (err.keyword) {
    case 'required':
      return finding(`${what} is missing the required field \`${String(p.missingProperty)}\``);
    case 'additionalProperties': {
      const field = String(p.additionalProperty);
      const known = Object.keys((parentSchema.properties as object | undefined) ?? {});
      const guess = closest(field, known);
      const hint = guess
        ? `; did you mean \`${guess}\`?`
        : known.length
          ? ` (known: ${known.join(', ')})`
          : '';
      return finding(`unknown field \`${field}\` in ${what}${hint}`, true, [...path, field]);
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const guess = typeof err.data === 'string' ? closest(err.data, allowed) : undefined;
      return finding(
        `${what} must be one of ${allowed.join(', ')}; got ${JSON.stringify(err.data)}` +
          (guess ? `; did you mean \`${guess}\`?` : ''),
      );
    }
    case 'const':
      return finding(
        `${what} must be ${JSON.stringify(p.allowedValue)}; got ${JSON.stringify(err.data)}`,
      );
    case 'type': {
      // YAML reads unquoted 0123… as a number and yes/no as booleans: say how to keep text.
      const quote =
        p.type === 'string' && err.data !== null && typeof err.data !== 'object'
          ? '; quote it to keep it as text'
          : '';
      return finding(
        `${what} must be ${article(String(p.type))}; got ${typeName(err.data)}${quote}`,
      );
    }
    case 'pattern': {
      const hint = parentSchema['x-hint'];
      return finding(
        `${what} must be ${typeof hint === 'string' ? hint : `a string matching ${String(p.pattern)}`}; got ${JSON.stringify(err.data)}`,
      );
    }
    case 'minItems':
      return finding(
        `${what} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`,
      );
    case 'maxItems':
      return finding(`${what} must have at most ${String(p.limit)} items`);
    case 'minLength':
      return finding(`${what} must not be empty`);
    case 'maxLength':
      return finding(`${what} must be at most ${String(p.limit)} characters`);
    default:
      return finding(`${what} ${err.message ?? 'is invalid'}`);
  }
}

function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}
