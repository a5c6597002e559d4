// The manifest schema's validate function, in two forms that must behave alike.
//
// Run from src/ (the tests, the benchmarks' bundles), it is compiled with ajv on first use. The
// bundles in dist/ never compile it: scripts/build.mjs runs manifestValidatorSource() at build
// time and bundles the standalone code it returns in this module's place, so that the CLI and
// the action start without loading ajv's compiler (it took a third of `validate`'s start-up).
// test/manifest/schema-validator.test.ts holds the two equal.
import { Ajv2020, type CodeOptions, type ValidateFunction } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import schema from '../../schema/modelgate.schema.json' with { type: 'json' };

function manifestAjv(code: CodeOptions = {}): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    // Defaults live in the schema, so that editors show them and there is one place.
    useDefaults: true,
    strict: true,
    strictTypes: false,
    logger: false,
    code,
  });
  // A human description of a pattern, shown instead of the regular expression.
  ajv.addVocabulary(['x-hint']);
  return ajv;
}

let compiled: ValidateFunction | undefined;

/** Validates (and fills the defaults of) a manifest in place; the errors are on the function. */
export function manifestValidator(): ValidateFunction {
  compiled ??= manifestAjv().compile(schema);
  return compiled;
}

/**
 * The ES module that takes this one's place in the bundles: the same validator as ajv's
 * standalone code, and a `manifestValidator` that returns it. It may still import ajv's small
 * run-time helpers (`ajv/dist/runtime/*`), which the bundler inlines.
 */
export function manifestValidatorSource(): string {
  const ajv = manifestAjv({ source: true, esm: true });
  const code = standalone.default(ajv, ajv.compile(schema));
  // standaloneCode's ES module exports the function as `validate` (and as its default).
  return `${code}\nexport function manifestValidator() {\n  return validate;\n}\n`;
}
