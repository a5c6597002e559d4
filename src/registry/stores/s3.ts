import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { CorruptRegistryError, StoreError } from '../errors.js';
import { hashingStream } from '../hashing.js';
import type { BlobStore, CreateResult, UploadExpectation } from '../store.js';

export type ServerSideEncryption = 'AES256' | 'aws:kms';

export interface S3StoreOptions {
  bucket: string;
  /** Key prefix without leading or trailing `/`; empty for the bucket's root. */
  prefix: string;
  endpoint?: string;
  sse?: ServerSideEncryption;
  kmsKeyId?: string;
  /** For tests and tools that already hold a client. */
  client?: S3Client;
}

/** Parts of a multipart upload: 16 MiB keeps a 10 GB model under S3's 10,000-part limit. */
const PART_SIZE = 16 * 1024 * 1024;

const REQUEST_IDLE_MS = 15_000;

function status(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
}

/**
 * The registry on S3 or an S3-compatible store. Credentials and region come from the SDK's
 * default chains (environment, profile, web identity), so OIDC role assumption in Actions
 * works without options here; the SDK retries throttling and 5xx answers itself.
 */
export class S3Store implements BlobStore {
  private readonly client: S3Client;

  constructor(private readonly opts: S3StoreOptions) {
    this.client =
      opts.client ??
      new S3Client({
        ...(opts.endpoint ? { endpoint: opts.endpoint, forcePathStyle: true } : {}),
        maxAttempts: 5,
        // A connection that stalls (a proxy, a store that stopped mid-answer) is retried
        // rather than left to hang the job: no byte for this long fails the attempt.
        requestHandler: { connectionTimeout: 10_000, socketTimeout: REQUEST_IDLE_MS },
        // Checksums on every request, not only where S3 demands them: an upload damaged on
        // the way is refused by the store instead of stored.
        requestChecksumCalculation: 'WHEN_SUPPORTED',
      });
  }

  uriOf(key: string): string {
    return `s3://${this.opts.bucket}/${this.key(key)}`;
  }

  private key(key: string): string {
    return this.opts.prefix ? `${this.opts.prefix}/${key}` : key;
  }

  private encryption(): Pick<PutObjectCommandInput, 'ServerSideEncryption' | 'SSEKMSKeyId'> {
    if (!this.opts.sse) return {};
    return {
      ServerSideEncryption: this.opts.sse,
      ...(this.opts.kmsKeyId ? { SSEKMSKeyId: this.opts.kmsKeyId } : {}),
    };
  }

  private fail(what: string, key: string, err: unknown): StoreError {
    const e = err as Error;
    const s = status(err);
    if (/region is missing/i.test(e.message)) {
      return new StoreError(
        'S3 registry: no AWS region is configured',
        'set AWS_REGION (or AWS_DEFAULT_REGION), e.g. with aws-actions/configure-aws-credentials',
      );
    }
    if (/credential/i.test(e.message) || s === 403) {
      return new StoreError(
        `S3 registry: access to ${this.uriOf(key)} was denied or no credentials were found (${e.name}: ${e.message})`,
        'configure credentials the AWS SDK finds (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, or OIDC via ' +
          'aws-actions/configure-aws-credentials) with s3:GetObject, s3:PutObject and s3:ListBucket on the prefix ' +
          '(without ListBucket, S3 answers 403 for a key that does not exist yet)',
      );
    }
    if (s === 404 && (err as { name?: string }).name === 'NoSuchBucket') {
      return new StoreError(
        `S3 registry: bucket ${this.opts.bucket} does not exist`,
        'create it, or fix --registry s3://BUCKET/PREFIX',
      );
    }
    return new StoreError(
      `S3 registry: cannot ${what} ${this.uriOf(key)}: ${e.name}${s ? ` (HTTP ${s})` : ''}: ${e.message}`,
      this.opts.endpoint
        ? `check that ${this.opts.endpoint} is reachable`
        : 'check the network and the bucket policy',
    );
  }

  private putObject(key: string, body: Uint8Array, extra: Partial<PutObjectCommandInput> = {}) {
    return this.client.send(
      new PutObjectCommand({
        Bucket: this.opts.bucket,
        Key: this.key(key),
        Body: body,
        ...this.encryption(),
        ...extra,
      }),
    );
  }

  async create(key: string, body: Uint8Array): Promise<CreateResult> {
    try {
      await this.putObject(key, body, {
        IfNoneMatch: '*',
        ChecksumSHA256: createHash('sha256').update(body).digest('base64'),
      });
      return 'created';
    } catch (err) {
      // 412: the key exists. 409: another conditional write of the key is in flight; the
      // caller re-reads, exactly as after losing the race.
      if (status(err) === 412 || status(err) === 409) return 'exists';
      throw this.fail('create', key, err);
    }
  }

  async put(key: string, body: Uint8Array): Promise<void> {
    try {
      await this.putObject(key, body);
    } catch (err) {
      throw this.fail('write', key, err);
    }
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      return await r.Body!.transformToByteArray();
    } catch (err) {
      if (status(err) === 404 && (err as Error).name !== 'NoSuchBucket') return undefined;
      throw this.fail('read', key, err);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(
        new HeadObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      return true;
    } catch (err) {
      if (status(err) === 404) return false;
      throw this.fail('read', key, err);
    }
  }

  async list(prefix: string, startAfter?: string): Promise<string[]> {
    const keys: string[] = [];
    const strip = this.key('').length;
    let token: string | undefined;
    try {
      do {
        const r = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.opts.bucket,
            Prefix: this.key(prefix),
            Delimiter: '/',
            StartAfter: startAfter === undefined ? undefined : this.key(startAfter),
            ContinuationToken: token,
          }),
        );
        for (const o of r.Contents ?? []) if (o.Key) keys.push(o.Key.slice(strip));
        token = r.IsTruncated ? r.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      throw this.fail('list', prefix, err);
    }
    return keys.sort();
  }

  async upload(key: string, file: string, expect: UploadExpectation): Promise<void> {
    const hashed = hashingStream(expect.onProgress, expect.size);
    const body = createReadStream(file).pipe(hashed.stream);
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.opts.bucket,
        Key: this.key(key),
        Body: body,
        ChecksumAlgorithm: 'SHA256',
        ...this.encryption(),
      },
      partSize: PART_SIZE,
      queueSize: 2,
      // An interrupted multipart upload is aborted, so no orphan parts are billed; the object
      // never appears before CompleteMultipartUpload, so a reader never sees half a blob.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (err) {
      body.destroy();
      throw this.fail('upload to', key, err);
    }
    const got = hashed.result();
    if (got.sha256 !== expect.sha256) {
      await this.client
        .send(new DeleteObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }))
        .catch(() => undefined);
      throw new CorruptRegistryError(
        `${file} changed while it was uploaded: expected sha256 ${expect.sha256}, sent ${got.sha256}`,
        'rerun once nothing is writing to the artifact',
      );
    }
  }

  async read(key: string): Promise<Readable | undefined> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      return r.Body as Readable;
    } catch (err) {
      if (status(err) === 404 && (err as Error).name !== 'NoSuchBucket') return undefined;
      throw this.fail('read', key, err);
    }
  }
}
