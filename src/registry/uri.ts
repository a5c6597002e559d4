import { isAbsolute, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export type RegistryLocation =
  { kind: 'file'; dir: string } | { kind: 's3'; bucket: string; prefix: string };

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const FORMS = 'file://DIR (e.g. file://.modelgate/registry) or s3://BUCKET/PREFIX';

/** Parses `--registry`. A relative file:// folder is read against `cwd`. */
export function parseRegistryUri(uri: string, cwd: string): RegistryLocation {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(uri.trim());
  if (!m) {
    throw new UsageError(
      `--registry ${JSON.stringify(uri)} is not a registry URI`,
      `write ${FORMS}${uri && !uri.includes(':') ? `; did you mean file://${uri}?` : ''}`,
    );
  }
  const scheme = m[1]!.toLowerCase();
  const rest = m[2]!;
  if (scheme === 'file') {
    if (rest === '' || rest.includes('\0'))
      throw new UsageError(`--registry ${uri} names no folder`, `write ${FORMS}`);
    return { kind: 'file', dir: isAbsolute(rest) ? rest : resolve(cwd, rest) };
  }
  if (scheme === 's3') {
    const [bucket = '', ...parts] = rest.split('/');
    // Never quote what stands before an @: it is most likely a key and a secret.
    if (bucket.includes('@'))
      throw new UsageError(
        `--registry s3://…@${bucket.slice(bucket.lastIndexOf('@') + 1)}/…: credentials do not belong in the registry URI (the part before @ is not shown)`,
        'remove them; the AWS SDK reads credentials from the environment, a profile or OIDC',
      );
    if (!BUCKET.test(bucket)) {
      throw new UsageError(
        `--registry ${uri}: ${JSON.stringify(bucket)} is not a valid S3 bucket name`,
        'bucket names have 3 to 63 lowercase letters, digits, dots and hyphens',
      );
    }
    const segments = parts.filter((p) => p !== '');
    if (segments.some((p) => p === '.' || p === '..')) {
      throw new UsageError(`--registry ${uri}: the prefix must not contain . or .. segments`);
    }
    return { kind: 's3', bucket, prefix: segments.join('/') };
  }
  throw new UsageError(`--registry ${uri}: unsupported scheme ${scheme}://`, `write ${FORMS}`);
}
