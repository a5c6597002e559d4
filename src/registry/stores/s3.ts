import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CorruptRegistryError, StoreError } from '../errors.js';
import { hashingStream } from '../hashing.js';
import {
  RECORD_MAX_BYTES,
  type BlobCheck,
  type BlobStore,
  type CleanupItem,
  type CleanupOptions,
  type CreateResult,
  type ObjectStream,
  type UploadExpectation,
} from '../store.js';

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

/**
 * An unfinished multipart upload begun this long ago belongs to a writer that died: a live one
 * uploads a 10 GB model in minutes. Only `gc` aborts them; a lifecycle rule should too.
 */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** Multipart uploads are made for blobs only: gc never looks at (or aborts) anything else. */
const UPLOADS_UNDER = 'blobs/';

// Greedy to the last @ of the authority, as URL parsers read `user:p@ss@host`.
const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)@/;

/**
 * `--s3-endpoint` as it may be shown in messages and hints: a password in its userinfo
 * (`http://user:pass@host`) becomes `***`, the rest stays as the user wrote it.
 */
export function shownEndpoint(endpoint: string): string {
  return endpoint.replace(USERINFO, (all, scheme: string, info: string) => {
    const colon = info.indexOf(':');
    return colon < 0 ? all : `${scheme}${info.slice(0, colon)}:***@`;
  });
}

/** Removes the endpoint's password, in any spelling it may take, from a text for people. */
function scrub(text: string, endpoint: string | undefined): string {
  const info = endpoint && USERINFO.exec(endpoint)?.[2];
  const colon = info ? info.indexOf(':') : -1;
  if (!info || colon < 0) return text;
  const password = info.slice(colon + 1);
  let decoded = password;
  try {
    decoded = decodeURIComponent(password);
  } catch {
    // Not percent-encoded as written: the raw spelling is the only one.
  }
  let out = text.split(endpoint).join(shownEndpoint(endpoint));
  // A very short password would mask letters of every word; URLs carrying it are shown without it.
  for (const p of new Set([password, decoded, encodeURIComponent(decoded)]))
    if (p.length >= 4) out = out.split(p).join('***');
  return out;
}

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
    const raw = err as Error;
    // The SDK's messages may quote the endpoint it was given, password and all.
    const e = { name: raw.name, message: scrub(raw.message ?? String(err), this.opts.endpoint) };
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
        ? `check that ${shownEndpoint(this.opts.endpoint)} is reachable`
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
    const tooLarge = () =>
      new CorruptRegistryError(
        `${this.uriOf(key)} is larger than any modelgate record (${RECORD_MAX_BYTES} bytes at most): it was not written by modelgate`,
        'restore it from a backup or its previous version; modelgate reads no further',
      );
    let body: Readable;
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      body = r.Body as Readable;
      if ((r.ContentLength ?? 0) > RECORD_MAX_BYTES) {
        body.destroy();
        throw tooLarge();
      }
    } catch (err) {
      if (err instanceof CorruptRegistryError) throw err;
      if (status(err) === 404 && (err as Error).name !== 'NoSuchBucket') return undefined;
      throw this.fail('read', key, err);
    }
    // Counted as it comes, too: a length the store did not send is no bound.
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > RECORD_MAX_BYTES) throw tooLarge();
        chunks.push(chunk);
      }
    } catch (err) {
      body.destroy();
      if (err instanceof CorruptRegistryError) throw err;
      throw this.fail('read', key, err);
    }
    return Buffer.concat(chunks, total);
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

  /**
   * Compares sizes only: reading gigabytes back to publish would cost what uploading them
   * does, and S3 checks its own bytes at rest. A truncated or partial upload is what this
   * finds; pull still verifies every byte.
   */
  async check(key: string, expect: Pick<UploadExpectation, 'sha256' | 'size'>): Promise<BlobCheck> {
    try {
      const h = await this.client.send(
        new HeadObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      if (h.ContentLength !== undefined && h.ContentLength !== expect.size)
        return { state: 'damaged', why: `it holds ${h.ContentLength} bytes, not ${expect.size}` };
      return { state: 'intact' };
    } catch (err) {
      if (status(err) === 404 && (err as Error).name !== 'NoSuchBucket') return { state: 'absent' };
      throw this.fail('read', key, err);
    }
  }

  /**
   * Uploads with a plain PUT or a multipart upload, over whatever is at `key`: content
   * addressed, the right bytes are the same for everyone, so replacing a damaged object is safe.
   */
  async upload(key: string, file: string, expect: UploadExpectation): Promise<void> {
    const hashed = hashingStream(expect.onProgress, expect.size, {
      maxBytes: expect.size,
      tooLong: (n) =>
        new CorruptRegistryError(
          `${file} changed while it was uploaded: it has more than the ${expect.size} bytes checked (${n} so far)`,
          'rerun once nothing is writing to the artifact',
        ),
    });
    const body = hashed.stream;
    // pipeline, not pipe: a read error fails the body (pipe would leave the upload waiting),
    // and a failed upload that destroys the body closes the file. Its outcome is upload's.
    pipeline(createReadStream(file), body).catch(() => undefined);
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
      // A failed multipart upload is aborted (AbortMultipartUpload), so no orphan parts are
      // billed; the object never appears before CompleteMultipartUpload, so a reader never
      // sees half a blob. A killed process aborts nothing: `gc` and a lifecycle rule do.
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (err) {
      body.destroy();
      if (err instanceof CorruptRegistryError) throw err;
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

  async read(key: string): Promise<ObjectStream | undefined> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.opts.bucket, Key: this.key(key) }),
      );
      return { body: r.Body as Readable, size: r.ContentLength };
    } catch (err) {
      if (status(err) === 404 && (err as Error).name !== 'NoSuchBucket') return undefined;
      throw this.fail('read', key, err);
    }
  }

  /** Aborts the multipart uploads under the blobs that were begun more than a day ago. */
  async cleanup(opts: CleanupOptions): Promise<CleanupItem[]> {
    const items: CleanupItem[] = [];
    const strip = this.key('').length;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    try {
      do {
        const r = await this.client.send(
          new ListMultipartUploadsCommand({
            Bucket: this.opts.bucket,
            Prefix: this.key(UPLOADS_UNDER),
            KeyMarker: keyMarker,
            UploadIdMarker: uploadIdMarker,
          }),
        );
        for (const u of r.Uploads ?? []) {
          // An upload of unknown age may be live: leave it to the lifecycle rule.
          if (!u.Key || !u.UploadId || !u.Initiated) continue;
          if (opts.now.getTime() - u.Initiated.getTime() <= STALE_UPLOAD_MS) continue;
          let removed = false;
          if (!opts.dryRun) {
            removed = await this.client
              .send(
                new AbortMultipartUploadCommand({
                  Bucket: this.opts.bucket,
                  Key: u.Key,
                  UploadId: u.UploadId,
                }),
              )
              .then(
                () => true,
                (err: unknown) => {
                  // Finished or aborted by someone else meanwhile.
                  if (status(err) === 404) return false;
                  throw err;
                },
              );
          }
          items.push({
            kind: 'multipart-upload',
            uri: `${this.uriOf(u.Key.slice(strip))} (upload ${u.UploadId})`,
            since: u.Initiated,
            removed,
          });
        }
        const more = r.IsTruncated === true;
        keyMarker = more ? r.NextKeyMarker : undefined;
        uploadIdMarker = more ? r.NextUploadIdMarker : undefined;
      } while (keyMarker);
    } catch (err) {
      throw this.fail('list or abort the unfinished uploads under', UPLOADS_UNDER, err);
    }
    return items;
  }
}
