import { Registry, type RegistryOptions } from './registry.js';
import { FileStore } from './stores/file.js';
import { LazyStore } from './stores/lazy.js';
import type { ServerSideEncryption } from './stores/s3.js';
import type { RegistryLocation } from './uri.js';

export interface StoreOptions {
  s3Endpoint?: string;
  sse?: ServerSideEncryption;
  sseKmsKeyId?: string;
}

export function openRegistry(
  location: RegistryLocation,
  store: StoreOptions,
  opts: RegistryOptions,
): Registry {
  if (location.kind === 'file') return new Registry(new FileStore(location.dir), opts);
  const { bucket, prefix } = location;
  const s3 = new LazyStore(
    async () => {
      const { S3Store } = await import('./stores/s3.js');
      return new S3Store({
        bucket,
        prefix,
        endpoint: store.s3Endpoint,
        sse: store.sse,
        kmsKeyId: store.sseKmsKeyId,
      });
    },
    (key) => `s3://${bucket}/${prefix ? `${prefix}/${key}` : key}`,
  );
  return new Registry(s3, opts);
}
