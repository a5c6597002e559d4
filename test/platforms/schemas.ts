// The platforms' own schemas (vendored in test/fixtures/platforms, see its README.md), each
// compiled with ajv as strictly as the platform checks what it is sent.
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/platforms/${name}`, import.meta.url), 'utf8'));

type Json = { [k: string]: unknown };
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Applies `f` to every schema object, children first. */
function mapSchemas(v: unknown, f: (o: Json) => Json): unknown {
  if (Array.isArray(v)) return v.map((x) => mapSchemas(x, f));
  if (!isObject(v)) return v;
  const out: Json = {};
  for (const [k, x] of Object.entries(v))
    // Under `properties` the keys are field names, each with a schema.
    out[k] =
      k === 'properties' && isObject(x)
        ? Object.fromEntries(Object.entries(x).map(([p, s]) => [p, mapSchemas(s, f)]))
        : mapSchemas(x, f);
  return f(out);
}

function ajv(): Ajv {
  const a = new Ajv({ allErrors: true, strict: true, strictTypes: false, logger: false });
  // Integer formats: the range the platform's parser takes.
  a.addFormat('int32', { type: 'number', validate: (n: number) => n >= -(2 ** 31) && n < 2 ** 31 });
  a.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
  a.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  a.addFormat('google-datetime', (s: string) => !Number.isNaN(Date.parse(s)));
  return a;
}

/**
 * KServe's InferenceService (v1beta1), as the API server checks it with
 * `kubectl apply --validate=strict` (field validation Strict): a field the CRD does not
 * declare is refused, not pruned in silence, so that a misspelt field fails the test.
 */
export const kserveValidator: ValidateFunction = (() => {
  const a = ajv();
  a.addVocabulary([
    'x-kubernetes-list-type',
    'x-kubernetes-map-type',
    'x-kubernetes-list-map-keys',
    'x-kubernetes-int-or-string',
    'x-kubernetes-preserve-unknown-fields',
  ]);
  const strict = mapSchemas(fixture('kserve-inferenceservice-v1beta1.schema.json'), (o) =>
    isObject(o.properties) &&
    o.additionalProperties === undefined &&
    o['x-kubernetes-preserve-unknown-fields'] !== true
      ? { ...o, additionalProperties: false }
      : o,
  );
  return a.compile(strict as AnySchema);
})();

/**
 * A Vertex AI request body of schema `name` from the discovery document's excerpt, as the
 * API parses it: an unknown field is an error ("Invalid JSON payload received. Unknown name")
 * and so is an output-only one. A `$ref` the excerpt does not hold admits nothing, so a
 * rendering that sets such a field fails rather than passing unchecked.
 */
export function vertexValidator(name: string): ValidateFunction {
  const doc = fixture('vertex-aiplatform-v1-endpoint.discovery.json') as {
    schemas: Record<string, unknown>;
  };
  const held = new Set(Object.keys(doc.schemas));
  const toJsonSchema = (o: Json): Json => {
    if (o.readOnly === true) return { not: {} };
    // `id` and `deprecated` are the discovery format's annotations, not JSON Schema's.
    const { $ref, ...rest } = o;
    delete rest.id;
    delete rest.deprecated;
    if (typeof $ref === 'string')
      return held.has($ref) ? { $ref: `#/definitions/${$ref}` } : { not: {} };
    return isObject(rest.properties) ? { ...rest, additionalProperties: false } : rest;
  };
  const definitions = Object.fromEntries(
    Object.entries(doc.schemas).map(([n, s]) => [n, mapSchemas(s, toJsonSchema)]),
  );
  return ajv().compile({ definitions, $ref: `#/definitions/${name}` });
}

/** Azure ML's managed online endpoint YAML (draft-07), as the `az ml` CLI loads it. */
export const azureValidator: ValidateFunction = ajv().compile(
  fixture('azureml-managed-online-endpoint.schema.json') as AnySchema,
);

/** The validator's errors in one line, for a failing expectation's message. */
export function errorsOf(v: ValidateFunction): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');
}
