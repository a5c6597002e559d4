import S3rver from 's3rver';
import { S3Client, CreateBucketCommand } from '@aws-sdk/client-s3';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Bytes } from '../../src/digest.js';
import type { Provenance, VersionRecord } from '../../src/registry/model.js';

export const BUCKET = 'models-test';
export const S3_ENV = {
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
};

export interface S3Server {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
  /** A client of this server, or of a proxy in front of it. */
  client(endpoint?: string): S3Client;
}

/**
 * A real S3 server (s3rver) on loopback with one bucket, its data in `dir` so that a restart
 * keeps it. s3rver ignores `If-None-Match: *`: it is the store the probe must refuse. For one
 * that honours conditional writes, see `startMoto` (test/helpers/moto.ts).
 */
export async function startS3(dir: string, port = 0): Promise<S3Server> {
  const srv = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: dir,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const addr = await srv.run();
  const endpoint = `http://127.0.0.1:${addr.port}`;
  const client = (via = endpoint) =>
    new S3Client({
      endpoint: via,
      forcePathStyle: true,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  await client()
    .send(new CreateBucketCommand({ Bucket: BUCKET }))
    .catch(() => undefined);
  return { endpoint, port: addr.port, stop: () => srv.close(), client };
}

export const prov = (actor = 'tester'): Provenance => ({ actor, at: new Date().toISOString() });

/** A version record whose artifact digests are those of `content`. */
export function versionRecord(
  model: string,
  version: string,
  content = 'weights',
  requiredEvidence = ['validate'],
): VersionRecord {
  return {
    format: 1,
    model,
    version,
    framework: 'custom',
    artifacts: [
      { path: 'model.bin', sha256: sha256Bytes(content), size: Buffer.byteLength(content) },
    ],
    requiredEvidence,
    published: prov(),
  };
}

export interface ModelDirOptions {
  name?: string;
  version?: string;
  artifactBytes?: Buffer;
  extra?: string;
}

/** A repository folder with a manifest and one artifact, ready for `modelgate publish`. */
export async function modelDir(
  dir: string,
  opts: ModelDirOptions = {},
  manifest = 'modelgate.yaml',
): Promise<string> {
  await mkdir(join(dir, 'model'), { recursive: true });
  await mkdir(join(dir, '.git'), { recursive: true });
  if (opts.artifactBytes) await writeFile(join(dir, 'model/model.bin'), opts.artifactBytes);
  await writeFile(
    join(dir, manifest),
    [
      'apiVersion: modelgate/v1',
      'model:',
      `  name: ${opts.name ?? 'demo'}`,
      `  version: ${opts.version ?? '1.0.0'}`,
      '  framework: custom',
      '  artifacts:',
      '    - path: model/model.bin',
      opts.extra ?? '',
    ].join('\n') + '\n',
  );
  return dir;
}

/** Publishes as `modelgate publish` does, in-process: the record, then the event that binds it. */
export async function publishRecord(
  registry: import('../../src/registry/registry.js').Registry,
  record: VersionRecord,
): Promise<void> {
  const { recordDigest } = await import('../../src/registry/model.js');
  await registry.createVersion(record);
  const stored = await registry.version(record.model, record.version);
  await registry.transition(record.model, record.published, () => ({
    change: { type: 'publish', version: record.version, record: recordDigest(stored!) },
    gates: [],
    forced: false,
  }));
}
