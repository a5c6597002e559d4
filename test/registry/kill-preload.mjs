// Preloaded into the CLI (`node --import ./kill-preload.mjs dist/cli.js …`) by
// kill-campaign.test.ts. It counts the calls that make something durable or put it in place
// — link, rename, fsync (FileHandle#sync, fs.fsync) and every open for writing, through
// node:fs/promises and node:fs alike (writeFile's own open inside Node is not one of them)
// — and SIGKILLs its own process at the K-th one:
//
//   MODELGATE_KILL_AT=K        the call to die at (unset or 0: never die)
//   MODELGATE_KILL_WHEN=before die before the K-th call is made (default)
//                      after  die once it has returned, before its caller goes on
//   MODELGATE_KILL_LOG=FILE    appends one line per call ("<n> <op> <path>"), so that a test
//                              learns N from a clean run and sees where a run died
//
// dist/cli.js is an ESM bundle importing node:fs/promises' named exports. Those bindings are
// copies of the module object's properties: patching the object (the default export, which is
// what CommonJS require() returns) reaches them only after syncBuiltinESMExports().
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';

const killAt = Number(process.env.MODELGATE_KILL_AT || 0);
const after = process.env.MODELGATE_KILL_WHEN === 'after';
const logFile = process.env.MODELGATE_KILL_LOG;
let calls = 0;

// The originals, kept before anything is patched: the log must not count its own writes.
const appendFileSync = fs.appendFileSync;

function die() {
  process.kill(process.pid, 'SIGKILL');
}

/** Counts one call; dies now when it is the K-th and the kill comes before it. */
function count(op, target) {
  calls += 1;
  if (logFile) appendFileSync(logFile, `${calls} ${op} ${target}\n`);
  if (calls === killAt && !after) die();
  return calls;
}

/** Whether open's flags write: anything but a read-only open ('r', 'rs', O_RDONLY). */
function writes(flags) {
  if (flags === undefined || flags === null) return false;
  if (typeof flags === 'number')
    return (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;
  return !/^r?s?$/.test(String(flags)) && String(flags) !== 'sr';
}

/** Wraps a promise-returning function so that the K-th call counted dies before or after it. */
function promised(obj, name, op, counts = () => true, target = (args) => String(args[0])) {
  const original = obj[name];
  obj[name] = function (...args) {
    if (!counts(args)) return original.apply(this, args);
    const n = count(op, target.call(this, args));
    const result = original.apply(this, args);
    if (!after || n !== killAt) return result;
    // Settled either way: a create's link that meets EEXIST has done its work too.
    return result.then(
      (value) => {
        die();
        return value;
      },
      (err) => {
        die();
        throw err;
      },
    );
  };
}

/** The same for a callback-taking function of node:fs (what createWriteStream uses). */
function callbacked(obj, name, op, counts = () => true) {
  const original = obj[name];
  obj[name] = function (...args) {
    if (!counts(args)) return original.apply(this, args);
    const n = count(op, String(args[0]));
    if (after && n === killAt && typeof args[args.length - 1] === 'function') {
      const cb = args[args.length - 1];
      args[args.length - 1] = function (...results) {
        die();
        return cb.apply(this, results);
      };
    }
    return original.apply(this, args);
  };
}

/** What each FileHandle was opened on, so that the log says what an fsync made durable. */
const paths = new WeakMap();
const handleName = function () {
  return paths.get(this) ?? `fd ${this.fd}`;
};
let handlesPatched = false;
promised(fsp, 'link', 'link', undefined, (args) => `${args[0]} -> ${args[1]}`);
promised(fsp, 'rename', 'rename', undefined, (args) => `${args[0]} -> ${args[1]}`);
promised(fsp, 'open', 'open-write', (args) => writes(args[1]));
{
  // FileHandle has no public constructor: its prototype is reached through the first handle
  // opened, before that handle is handed to anyone who could sync it.
  const open = fsp.open;
  fsp.open = async function (...args) {
    const fh = await open.apply(this, args);
    paths.set(fh, String(args[0]));
    if (!handlesPatched) {
      handlesPatched = true;
      const proto = Object.getPrototypeOf(fh);
      promised(proto, 'sync', 'fsync', undefined, handleName);
      promised(proto, 'datasync', 'fsync', undefined, handleName);
    }
    return fh;
  };
}
callbacked(fs, 'open', 'open-write', (args) => writes(args[1]));
callbacked(fs, 'fsync', 'fsync');
callbacked(fs, 'fdatasync', 'fsync');
callbacked(fs, 'link', 'link');
callbacked(fs, 'rename', 'rename');
syncBuiltinESMExports();

process.on('exit', () => {
  if (logFile) appendFileSync(logFile, `end ${calls}\n`);
});
