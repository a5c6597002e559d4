import type {
  BlobCheck,
  BlobStore,
  CleanupItem,
  CleanupOptions,
  CreateResult,
  ObjectStream,
  UploadExpectation,
} from '../store.js';

/**
 * A store whose implementation is loaded on first use. The S3 store pulls in the AWS SDK,
 * about a megabyte of code: every command that never touches S3 (and `--help`) should not
 * pay for parsing it, nor carry it in memory while hashing a large file.
 */
export class LazyStore implements BlobStore {
  private store?: Promise<BlobStore>;

  constructor(
    private readonly load: () => Promise<BlobStore>,
    private readonly uri: (key: string) => string,
  ) {}

  private impl(): Promise<BlobStore> {
    return (this.store ??= this.load());
  }

  uriOf(key: string): string {
    return this.uri(key);
  }
  async create(key: string, body: Uint8Array): Promise<CreateResult> {
    return (await this.impl()).create(key, body);
  }
  async put(key: string, body: Uint8Array): Promise<void> {
    return (await this.impl()).put(key, body);
  }
  async get(key: string): Promise<Uint8Array | undefined> {
    return (await this.impl()).get(key);
  }
  async exists(key: string): Promise<boolean> {
    return (await this.impl()).exists(key);
  }
  async list(prefix: string, startAfter?: string): Promise<string[]> {
    return (await this.impl()).list(prefix, startAfter);
  }
  async check(key: string, expect: Pick<UploadExpectation, 'sha256' | 'size'>): Promise<BlobCheck> {
    return (await this.impl()).check(key, expect);
  }
  async upload(key: string, file: string, expect: UploadExpectation): Promise<void> {
    return (await this.impl()).upload(key, file, expect);
  }
  async read(key: string): Promise<ObjectStream | undefined> {
    return (await this.impl()).read(key);
  }
  async cleanup(opts: CleanupOptions): Promise<CleanupItem[]> {
    return (await this.impl()).cleanup(opts);
  }
}
