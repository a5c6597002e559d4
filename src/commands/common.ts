import type { OptionSpec } from './command.js';

/** Options shared by several commands, defined once so help and inputs agree everywhere. */
export const manifestOption: OptionSpec = {
  name: 'manifest',
  kind: 'string',
  placeholder: 'PATH',
  default: 'modelgate.yaml',
  description:
    'Deploy manifest to read. A glob (e.g. "models/*/modelgate.yaml") selects several models.',
};

export const rootOption: OptionSpec = {
  name: 'root',
  kind: 'string',
  placeholder: 'DIR',
  description:
    'Repository root that artifact paths must stay inside. Default: the nearest folder above the manifest that holds .git.',
};

export const registryOption: OptionSpec = {
  name: 'registry',
  kind: 'string',
  placeholder: 'URI',
  default: 'file://.modelgate/registry',
  description: 'Model registry: file://DIR (the embedded default) or s3://BUCKET/PREFIX.',
};

export const s3EndpointOption: OptionSpec = {
  name: 's3-endpoint',
  kind: 'string',
  placeholder: 'URL',
  description: 'Endpoint of an S3-compatible store (MinIO, Ceph…); path-style addressing is used.',
};

export const jsonOption: OptionSpec = {
  name: 'json',
  kind: 'boolean',
  cliOnly: true,
  description:
    'Print one JSON document on stdout and nothing else there; human text goes to stderr.',
};
