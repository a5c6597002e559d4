// @ts-check
/**
 * Mutation testing (StrykerJS) of the modules that decide: a gate, a refusal, a verdict.
 * `npm run mutate -- gates model` runs scripts/mutate.mjs, which runs Stryker once per module
 * named here, with MUTATE_MODULE set; `MUTATE_MODULE=gates npx stryker run` runs one by hand.
 * One module at a time, each with only the tests that matter for it: over everything at once,
 * two cores would take hours.
 *
 * Runners. `vitest` (perTest coverage: each mutant runs only the tests that reach it, in one
 * long-lived vitest) where the module's decisions are reachable from unit tests: fast, and
 * honest for what those tests import. It cannot see a test that spawns dist/cli.js or a bundle
 * (the mutant is switched on in the vitest worker, not in the child), so a module whose
 * decisions only CLI or action tests reach uses `command`: `npx vitest run <files>` in a fresh
 * process per mutant, the mutant named in __STRYKER_ACTIVE_MUTANT__, which a child process
 * inherits; `build: true` rebuilds dist/ once from the instrumented sources first (every mutant
 * is in that one build, switched at run time). No coverage there: every mutant runs all the
 * module's tests, so keep that list short. A test that gives its child an environment of its
 * own must pass __STRYKER_ACTIVE_MUTANT__ on, as runnerEnv (test/helpers/bundle.ts) does.
 *
 * Module-level constants (a Set of writers, an allow-list, a regular expression) are "static"
 * mutants: evaluated once, when the module loads, so Stryker must activate them before the
 * test file imports the module. Its `testFiles` option defeats that (it then activates every
 * mutant only once the tests start, and all static mutants survive whatever the tests
 * assert): the test files are chosen in scripts/mutate/vitest.config.mjs instead, from
 * MUTATE_TESTS. ignoreStatic stays false: a constant emptied is a gate opened.
 *
 * The sandbox is a copy of the work tree without test/fixtures/ (9 MB, rewritten by its
 * generators while others work) unless a module says `fixtures: true`.
 *
 * @typedef {{ mutate: string[], tests: string[], runner: 'vitest' | 'command',
 *   threshold: number, build?: boolean, fixtures?: boolean, ignore?: string[],
 *   why: string }} MutateModule
 */

/** @type {Record<string, MutateModule>} */
export const modules = {
  gates: {
    mutate: ['src/registry/gates.ts'],
    tests: ['test/registry/fold.test.ts', 'test/registry/gates-mutation.test.ts'],
    runner: 'vitest',
    threshold: 95,
    why: 'planPromotion, planRollback and productionPolicyGates are pure: unit tests reach every gate',
    // Equivalent mutants left surviving (no behaviour can tell them apart):
    // - canary-weight `weight !== undefined` → true: `undefined > 0` is false anyway;
    // - planRollback `previous !== undefined` → true: the rollback-target gate then refuses,
    //   so the change it builds is never returned.
  },
  'write-guard': {
    mutate: ['src/commands/write-guard.ts'],
    tests: ['test/adapters/write-guard.test.ts'],
    runner: 'vitest',
    threshold: 95,
    why: "judgeRun, judgeByManifests and refuseRegistryWrite are called in-process by the file's unit tests; its action/CLI tests only prove the wiring",
    // Equivalent: writePolicies' `'root'` → "" (--root changes only a manifest's semantic
    // findings, never whether it loads nor its write_events) and `write_events ?? []` (the
    // schema defaults the key, so the right side never runs).
  },
  model: {
    mutate: ['src/registry/model.ts'],
    tests: ['test/registry/fold.test.ts'],
    runner: 'vitest',
    threshold: 85,
    why: 'applyEvent, canonicalJson, sameDigests and the name checks are pure',
    // Equivalent: `c.type === 'promote'` → true beside `c.weight !== undefined` (only a promote
    // has a weight), and canonicalJson's key order `a < b ? -1 : a > b ? 1 : 0` with `<=`, `>=`
    // or the `a > b` test replaced: keys are distinct, and V8's sort only asks whether the
    // comparison is below 0 (500 shuffled keys sort the same).
  },
  semantics: {
    mutate: ['src/manifest/semantics.ts'],
    tests: [
      'test/manifest/load.test.ts',
      'test/manifest/semantics-mutation.test.ts',
      'test/manifest/serving.test.ts',
      'test/manifest/deploy-rules.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'semantics-mutation.test.ts calls loadManifest in-process for every refusal; invalid-manifests.test.ts goes through dist/cli.js and proves only the wiring',
    // Equivalent: the canary-order `i > 0` → true or `>=` (steps[-1] is undefined and
    // `s <= undefined` is false); a missing signature side `?? []` → ['Stryker was here'] (one
    // entry has no duplicate); createReadStream's `encoding: 'utf8'` dropped or emptied
    // (readline decodes buffers as UTF-8 itself); `samples++` → `samples--` (only compared
    // with 0, which counting down from 0 never reaches).
  },
  policy: {
    fixtures: true,
    // The adversarial corpus (container tests only) holds a committed symbolic link to a file
    // its tests make: Stryker's sandbox copy fails on it.
    ignore: ['/test/fixtures/adversarial'],
    mutate: ['src/artifacts/policy.ts'],
    tests: [
      'test/artifacts/pickle.test.ts',
      'test/artifacts/rules.test.ts',
      'test/artifacts/corpus.test.ts',
      'test/artifacts/readings.test.ts',
      'test/artifacts/policy-mutation.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'judgeGlobal, importedNames, looksLikeClass and importable are pure; the scanner tests reach them in-process',
    // Equivalent mutants left surviving (no input can tell them apart):
    // - underAny's first `indexOf('.')` → `indexOf('')` (checks the prefix "" first, never
    //   denied) and its `i < 0` → `i <= 0` (a valid name never starts with a dot);
    // - importedNames' `mapped === written` → false: the modules a loader may import as written
    //   (compat-pickle.json `importable`) are all mapped, so the extra reading is never added;
    // - judgeGlobal's default `allowGlobals = []` → ["Stryker was here"], not a Python name;
    // - TOP_LEVEL without the allow-list's modules: importable.json names each of them already.
  },
  judge: {
    fixtures: true,
    // The adversarial corpus (container tests only) holds a committed symbolic link to a file
    // its tests make: Stryker's sandbox copy fails on it.
    ignore: ['/test/fixtures/adversarial'],
    mutate: ['src/artifacts/judge.ts'],
    tests: [
      'test/artifacts/pickle.test.ts',
      'test/artifacts/rules.test.ts',
      'test/artifacts/corpus.test.ts',
      'test/artifacts/readings.test.ts',
      'test/artifacts/judge-mutation.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'the scanner runs in-process in these tests',
    // Equivalent on the current allow-list: apply's `target.entry && RULES.get(entry.object)` →
    // false. No allow-listed alias has a ruled object under another name (each ruled object is
    // ruled under every name the allow-list gives it), so the alias lookup never finds a rule
    // the direct one missed; an alias added by `npm run allowlist` would make it matter.
  },
  diff: {
    mutate: ['src/report/diff.ts'],
    tests: ['test/report/diff.test.ts', 'test/report/diff-mutation.test.ts'],
    runner: 'vitest',
    threshold: 85,
    why: 'diffSignature and diffArtifacts are pure; validate/report tests only prove the wiring',
  },
  analysis: {
    mutate: ['src/analysis/judge.ts', 'src/analysis/analysis.ts', 'src/analysis/experiment.ts'],
    tests: [
      'test/analysis/judge.test.ts',
      'test/analysis/analysis.test.ts',
      'test/analysis/experiment.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'the judge, the measurement loop and the experiment decision are pure or take their provider and clock as arguments: unit tests reach every verdict',
  },
  'analysis-rules': {
    mutate: ['src/manifest/analysis-rules.ts'],
    tests: ['test/manifest/analysis-rules.test.ts', 'test/manifest/semantics-mutation.test.ts'],
    runner: 'vitest',
    threshold: 85,
    why: 'the analysis and experiment refusals, reached in-process through loadManifest',
  },
  platforms: {
    mutate: [
      'src/platforms/index.ts',
      'src/platforms/traffic.ts',
      'src/platforms/kserve.ts',
      'src/platforms/sagemaker.ts',
      'src/platforms/vertex.ts',
      'src/platforms/azure.ts',
    ],
    tests: [
      'test/platforms/index.test.ts',
      'test/platforms/kserve.test.ts',
      'test/platforms/sagemaker.test.ts',
      'test/platforms/vertex.test.ts',
      'test/platforms/azure.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    // The platforms' own schemas live in test/fixtures/platforms/; the rest is not needed.
    fixtures: true,
    ignore: [
      '/test/fixtures/adversarial',
      '/test/fixtures/artifacts',
      '/test/fixtures/compat',
      '/test/fixtures/report',
      '/test/fixtures/samples',
      '/test/fixtures/serving',
    ],
    why: 'the renderers are pure: what each platform is told to serve, checked against its schema',
  },
  stats: {
    mutate: ['src/analysis/stats.ts'],
    tests: ['test/analysis/stats.test.ts'],
    runner: 'vitest',
    threshold: 85,
    why: 'pure arithmetic, held to published values: a mutant that changes a p-value or an interval is caught there',
  },
  comment: {
    // The marker logic, which comment is taken for ours (ownAuthor and findComment), and the
    // manifest path a comment is keyed by (repositoryPath, withManifestPaths).
    mutate: [
      'src/report/comment.ts',
      'src/github/comment.ts:143-190',
      'src/github/comment.ts:273-295',
    ],
    tests: [
      'test/report/render.test.ts',
      'test/report/github-comment.test.ts',
      'test/action/comment-mutation.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'isOurComment and composeComment are pure; findComment and ownAuthor run in-process against the fake GitHub of test/action/github-server.ts',
    // Equivalent: findComment's `res.headers.link ?? ''` → any other string without
    // rel="next", and fitSections' `out = [...sections]` → [] (every index is assigned).
  },
  samples: {
    // Every golden-sample line is judged here before any container starts: a loosened check
    // lets a malformed line through to fail in the container, or a wrong one pass.
    mutate: ['src/manifest/samples.ts'],
    tests: ['test/manifest/samples.test.ts', 'test/manifest/samples-mutation.test.ts'],
    runner: 'vitest',
    threshold: 85,
    why: 'parseSamples and the readers of each form are pure',
    // Equivalent: the line loop's `start <= text.length` → `<` (the line it drops is empty);
    // `sig === undefined` → true before the names check (with a signature every accepted line
    // names exactly its inputs); in floatTokens, `i < n` / `j < n` → `<=` (charCodeAt(n) is
    // NaN, which ends the scan the same; strings always close in valid JSON), `c === 45` →
    // false (the digits after a skipped `-` make the same token) and `d <= 57` → true (after a
    // number only `]`/`}` are ≥ 48, and swallowing them merges no tokens); markFloatTokens'
    // `/[0-9][.eE]/` test → false or `[^.eE]` (no float token means wrapping changes nothing,
    // and in an array or object every number's last digit is followed by something);
    // nested's `'the value'` (depth 0 is the array the shape came from, never ragged);
    // settle's `raw.length !== 1` guard (unnamed tensors come one to a list); checkDims'
    // `i < spec.length` → `<=` (ranks are equal there: undefined === undefined); nestedText's
    // `typeof x === 'number'` → true (FP data are numbers, checkValues saw to it); settle's
    // bfloat16 `t.datatype === 'FP32'` → false or "" (FP32 is then datatypeOf('bfloat16')
    // itself, so the next test passes it anyway).
    // Not tested, not equivalent: readSamplesFile's `size > MAX_SAMPLES_FILE` → `>=` (a
    // 256 MiB file would have to be read).
  },
  'triton-config': {
    // The user's config.pbtxt against the signature, and the one generated from it.
    mutate: ['src/serving/pbtxt.ts', 'src/serving/triton-config.ts'],
    tests: [
      'test/serving/pbtxt.test.ts',
      'test/serving/pbtxt-lexical.test.ts',
      'test/serving/triton-config.test.ts',
      'test/serving/triton-config-fields.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'parsePbtxt, generateTritonConfig and checkTritonConfig are pure',
  },
  load: {
    // The load test's figures and their judgement against serving.slo.
    mutate: ['src/serving/load.ts'],
    tests: [
      'test/serving/load.test.ts',
      'test/serving/load-http.test.ts',
      'test/serving/load-mutation.test.ts',
    ],
    runner: 'vitest',
    threshold: 85,
    why: 'runLoad runs on a simulated clock and judgeLoad is pure; httpSender is tested against loopback servers in-process',
    // Equivalent: the Int32Histogram `typeof … === 'function'` → true (vitest's loader hands
    // over the class itself); record's `at > lastAnswer` → true or `>=` (the clock never goes
    // back, so the last answer is the latest); judgeLoad's `slo.p95_latency_ms !== undefined`,
    // `p50_latency_ms` and `min_throughput_rps` → true (a comparison with undefined is false);
    // buckets' `ratio <= 1` → `< 1` or false (with lo = hi every edge is lo: one bucket anyway)
    // and `c === 0` → false (adding 0 changes no count, and b only moves forward);
    // `typeof body === 'string'` → true (Buffer.from of a Buffer copies the same bytes); head's
    // `colon <= start` → `<` (the byte before an empty name is the previous line's \n, refused
    // by the `<= 32` test) and `colon > end` → `>=` (text[end] is \r or past the end, never
    // `:`); `sweeper.unref()` dropped (close() clears the interval).
    // Not tested, not equivalent: the sweep interval's bounds (only when a timeout is noticed,
    // which no test may measure by the wall clock) and the IPv6 brackets of a host.
  },
  errors: {
    // What the action's error-kind output says: a later step decides on it whether to retry.
    mutate: ['src/errors.ts'],
    tests: ['test/action/errors.test.ts'],
    runner: 'vitest',
    threshold: 85,
    why: 'errorKindOf, describeError and exitCodeOf are pure',
  },
};

const name = process.env.MUTATE_MODULE;
const chosen = name === undefined ? undefined : modules[name];
if (name !== undefined && chosen === undefined)
  throw new Error(`MUTATE_MODULE=${name}: not one of ${Object.keys(modules).join(', ')}`);
// MUTATE_RUNNER=command (`npm run mutate -- --command NAME`) checks a vitest figure against the
// runner that also sees the CLI and action tests, dist/ rebuilt.
const m =
  chosen && process.env.MUTATE_RUNNER === 'command'
    ? { ...chosen, runner: /** @type {const} */ ('command'), build: true }
    : chosen;

// Read by scripts/mutate/vitest.config.mjs, in Stryker's workers too (they inherit it).
if (m) process.env.MUTATE_TESTS = m.tests.join(',');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  mutate: m?.mutate ?? [],
  concurrency: 2,
  // A slow, shared machine: a mutant is a timeout only when it is clearly stuck.
  timeoutMS: 15_000,
  disableTypeChecks: true,
  tempDirName: `.stryker-tmp/${name ?? 'manual'}`,
  cleanTempDir: true,
  reporters: ['clear-text', 'json', 'html', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  jsonReporter: { fileName: `reports/mutation/${name ?? 'manual'}.json` },
  htmlReporter: { fileName: `reports/mutation/${name ?? 'manual'}.html` },
  incrementalFile: `reports/mutation/${name ?? 'manual'}.incremental.json`,
  // Stryker fails the run itself under the module's threshold, as scripts/mutate.mjs does.
  thresholds: { high: m?.threshold ?? 85, low: m?.threshold ?? 85, break: m?.threshold ?? 85 },
  ignorePatterns: [
    '/reports',
    '/.stryker-tmp',
    '/.modelgate',
    '/oom',
    '/coverage',
    ...(m?.fixtures ? [] : ['/test/fixtures']),
    ...(m?.ignore ?? []),
  ],
  ...(m?.runner === 'command'
    ? {
        testRunner: 'command',
        coverageAnalysis: 'off',
        commandRunner: { command: `npx vitest run ${m.tests.join(' ')}` },
        // Stryker runs the build before it links node_modules into the sandbox, and
        // src/artifacts/compressed.ts imports lzma1 by a relative path through node_modules:
        // the build step links it first (scripts/mutate.mjs --sandbox-build).
        ...(m.build
          ? { buildCommand: 'node scripts/mutate.mjs --sandbox-build', symlinkNodeModules: false }
          : {}),
      }
    : {
        testRunner: 'vitest',
        coverageAnalysis: 'perTest',
        vitest: { configFile: 'scripts/mutate/vitest.config.mjs', related: false },
      }),
};

export default config;
