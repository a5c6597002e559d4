#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/commands/common.ts
var manifestOption = {
  name: "manifest",
  kind: "string",
  placeholder: "PATH",
  default: "modelgate.yaml",
  description: 'Deploy manifest to read. A glob (e.g. "models/*/modelgate.yaml") selects several models.'
};
var rootOption = {
  name: "root",
  kind: "string",
  placeholder: "DIR",
  description: "Repository root that artifact paths must stay inside. Default: the nearest folder above the manifest that holds .git."
};
var registryOption = {
  name: "registry",
  kind: "string",
  placeholder: "URI",
  default: "file://.modelgate/registry",
  description: "Model registry: file://DIR (the embedded default) or s3://BUCKET/PREFIX."
};
var s3EndpointOption = {
  name: "s3-endpoint",
  kind: "string",
  placeholder: "URL",
  description: "Endpoint of an S3-compatible store (MinIO, Ceph\u2026); path-style addressing is used."
};
var jsonOption = {
  name: "json",
  kind: "boolean",
  cliOnly: true,
  description: "Print one JSON document on stdout and nothing else there; human text goes to stderr."
};

export {
  manifestOption,
  rootOption,
  registryOption,
  s3EndpointOption,
  jsonOption
};
