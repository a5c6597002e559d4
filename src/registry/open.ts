import { Registry, type RegistryOptions } from './registry.js';
import { FileStore } from './stores/file.js';
import { S3Store, type ServerSideEncryption } from './stores/s3.js';
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
  return new Registry(
    new S3Store({
      bucket: location.bucket,
      prefix: location.prefix,
      endpoint: store.s3Endpoint,
      sse: store.sse,
      kmsKeyId: store.sseKmsKeyId,
    }),
    opts,
  );
}
