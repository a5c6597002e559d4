#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  isDigest,
  sha256Bytes
} from "./chunk-WLW7VUCT.js";
import {
  expandStorageUri,
  loadManifest,
  modelUriReaders,
  require_dist
} from "./chunk-OHNIFULL.js";
import {
  registryOption,
  s3EndpointOption
} from "./chunk-LXE4QNPC.js";
import {
  renderReport
} from "./chunk-QZE4DUBB.js";
import {
  selectManifests
} from "./chunk-PJPDOYQZ.js";
import {
  cell,
  formatBytes,
  formatFinding
} from "./chunk-BEQKABMV.js";
import {
  HANDOFF_OUTPUTS,
  booleanOption,
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import {
  ConflictError,
  CorruptRegistryError,
  RECORD_MAX_BYTES,
  StoreError,
  UnsafeStoreError,
  hashingStream
} from "./chunk-LNSTQQSX.js";
import {
  ConfigError,
  InfraError,
  ModelgateError,
  UsageError,
  describeError
} from "./chunk-HVXGMGJV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WJXHPGZE.js";

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid3 = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid3;
  }
});

// src/registry/model.ts
var import_compare = __toESM(require_compare(), 1);
var import_valid = __toESM(require_valid(), 1);
var STAGES = ["staging", "canary", "production"];
var MODEL_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;
var EVIDENCE_KIND = /^[a-z0-9][a-z0-9._-]{0,100}$/;
function checkModelName(name) {
  if (!MODEL_NAME.test(name)) {
    throw new UsageError(
      `model name ${JSON.stringify(name)} is not valid`,
      'use 1 to 63 lowercase letters, digits and hyphens, starting with a letter or digit (no "/" or "..")'
    );
  }
  return name;
}
function checkVersion(version) {
  if ((0, import_valid.default)(version) !== version) {
    throw new UsageError(
      `version ${JSON.stringify(version)} is not a semantic version`,
      'write MAJOR.MINOR.PATCH, e.g. 1.2.0 or 1.2.0-rc.1 (no leading "v")'
    );
  }
  return version;
}
function checkEvidenceKind(kind) {
  if (!EVIDENCE_KIND.test(kind)) {
    throw new UsageError(
      `evidence kind ${JSON.stringify(kind)} is not valid`,
      'use lowercase letters, digits, ".", "_" and "-" (e.g. validate, compat-py311)'
    );
  }
  return kind;
}
var RECENT_VERSIONS = 100;
var ROLLBACK_DEPTH = 50;
function emptyState(model) {
  return {
    model,
    revision: 0,
    versionCount: 0,
    recentVersions: [],
    stages: {},
    previousProduction: [],
    deploys: {},
    madeBy: {}
  };
}
function applyEvent(s, e) {
  if (e.revision !== s.revision + 1) {
    throw new CorruptRegistryError(
      `event revision ${e.revision} of ${s.model} cannot follow revision ${s.revision}: the log has a gap`,
      "restore the missing event from a backup"
    );
  }
  const next = {
    model: s.model,
    revision: e.revision,
    versionCount: s.versionCount,
    recentVersions: s.recentVersions,
    stages: { ...s.stages },
    previousProduction: s.previousProduction,
    deploys: { ...s.deploys },
    madeBy: { ...s.madeBy }
  };
  const c = e.change;
  const pointer = (version, weight) => ({
    version,
    ...weight === void 0 ? {} : { weight },
    revision: e.revision,
    at: e.at
  });
  switch (c.type) {
    case "publish":
      if (!s.recentVersions.includes(c.version)) {
        next.versionCount = s.versionCount + 1;
        next.recentVersions = [...s.recentVersions, c.version].slice(-RECENT_VERSIONS);
      }
      break;
    case "promote": {
      if (c.stage === "production") {
        const old = s.stages.production?.version;
        if (old !== void 0 && old !== c.version)
          next.previousProduction = [...s.previousProduction, old].slice(-ROLLBACK_DEPTH);
        if (s.stages.canary?.version === c.version) {
          delete next.stages.canary;
          delete next.deploys.canary;
          delete next.madeBy.canary;
        }
      }
      next.stages[c.stage] = pointer(c.version, c.weight);
      break;
    }
    case "rollback":
      next.stages.production = pointer(c.version);
      next.previousProduction = s.previousProduction.slice(0, -1);
      break;
    case "abort":
      delete next.stages.canary;
      break;
  }
  if (c.type !== "publish") {
    if (c.hook) {
      next.deploys[c.stage] = {
        revision: e.revision,
        change: c.type,
        ...c.type === "abort" ? {} : { version: c.version },
        ...c.type === "promote" && c.weight !== void 0 ? { weight: c.weight } : {}
      };
    } else delete next.deploys[c.stage];
    if (e.step)
      next.madeBy[c.stage] = {
        revision: e.revision,
        step: e.step,
        change: c.type,
        ...c.type === "abort" ? {} : { version: c.version },
        ...c.type === "promote" && c.weight !== void 0 ? { weight: c.weight } : {}
      };
    else delete next.madeBy[c.stage];
  }
  return next;
}
function recordDigest(r) {
  return sha256Bytes(canonicalJson({ ...r, published: void 0, nonce: void 0 }));
}
function stateDigest(s) {
  return sha256Bytes(canonicalJson(s));
}
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    const entries = Object.entries(v).filter(([, x]) => x !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function sameDigests(a, b) {
  return a.length === b.length && a.every((x) => b.some((y) => y.path === x.path && y.sha256 === x.sha256));
}

// src/registry/index.ts
function recordEvidence(registry, model, version, kind, payload) {
  return registry.recordEvidence(model, version, kind, payload);
}
async function productionBaseline(registry, model) {
  const state = await registry.state(model);
  const prod = state.stages.production;
  return prod && registry.publishedVersion(model, prod.version);
}

// src/registry/blobs.ts
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { open, rename, unlink } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
var REPUBLISH = "publish the version again from its artifacts: publish replaces a blob of the wrong size (S3) or bytes (a file registry); on S3 delete a same-size damaged object first";
async function storeBlob(store, key, file, expect, warn) {
  const found = await store.check(key, expect);
  if (found.state === "intact") return 0;
  await store.upload(key, file, expect);
  if (found.state === "damaged")
    warn?.(`healed ${store.uriOf(key)}: ${found.why}; replaced it with the artifact's bytes`);
  return expect.size;
}
async function stageBlob(store, key, expect, dest) {
  const uri = store.uriOf(key);
  const corrupt2 = (why) => new CorruptRegistryError(`blob ${uri} is corrupt: ${why}`, REPUBLISH);
  const src = await store.read(key);
  if (!src) {
    throw new CorruptRegistryError(
      `blob sha256:${expect.sha256} is missing from ${uri}`,
      "publish the version again to restore it"
    );
  }
  const size = expect.size ?? src.size;
  if (size === void 0) {
    src.body.destroy();
    throw new StoreError(`cannot read ${uri}: the store did not say how large it is`);
  }
  if (src.size !== void 0 && src.size !== size) {
    src.body.destroy();
    throw corrupt2(`it holds ${src.size} bytes where the version record says ${size}`);
  }
  const tmp = `${dest}.modelgate-${process.pid}-${randomBytes(4).toString("hex")}`;
  const discard = () => unlink(tmp).catch(() => void 0);
  const hashed = hashingStream(void 0, size, {
    maxBytes: size,
    tooLong: () => corrupt2(`it has more bytes than the ${size} the version record says`)
  });
  try {
    try {
      await pipeline(src.body, hashed.stream, createWriteStream(tmp, { flags: "wx" }));
    } catch (err) {
      if (err instanceof CorruptRegistryError) throw err;
      throw new StoreError(`cannot copy ${uri} to ${dest}: ${err.message}`);
    }
    const got = hashed.result();
    if (got.size !== size) throw corrupt2(`it ends after ${got.size} of its ${size} bytes`);
    if (got.sha256 !== expect.sha256) throw corrupt2(`its bytes hash to ${got.sha256}`);
    const fh = await open(tmp, "r");
    await fh.sync().finally(() => fh.close());
  } catch (err) {
    await discard();
    throw err;
  }
  return {
    dest,
    size,
    async commit() {
      try {
        await rename(tmp, dest);
      } catch (err) {
        await discard();
        throw new StoreError(`cannot write ${dest}: ${err.message}`);
      }
    },
    discard
  };
}
async function copyBlob(store, key, expect, dest) {
  const staged = await stageBlob(store, key, expect, dest);
  await staged.commit();
  return { size: staged.size };
}

// src/registry/registry.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";

// src/registry/records.ts
var import_valid2 = __toESM(require_valid(), 1);
function encode(value) {
  return Buffer.from(JSON.stringify(value, null, 2) + "\n");
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isString = (v) => typeof v === "string";
var isRevision = (v) => Number.isSafeInteger(v) && v >= 0;
function parse(bytes, where) {
  try {
    return JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (err) {
    throw new CorruptRegistryError(
      `${where} is not valid JSON (${err.message}); it may be truncated or edited by hand`,
      "restore it from a backup or from the store's object versions; modelgate writes nothing on top of it"
    );
  }
}
function corrupt(where, what) {
  return new CorruptRegistryError(
    `${where} is not a valid modelgate record: ${what}`,
    "restore it from a backup or from the store's object versions; modelgate writes nothing on top of it"
  );
}
function stagesValid(stages) {
  return isObject(stages) && Object.entries(stages).every(
    ([k, p]) => STAGES.includes(k) && isObject(p) && isString(p.version) && isRevision(p.revision) && isString(p.at)
  );
}
var CHANGE_TYPES = ["publish", "promote", "rollback", "abort"];
var isDigestText = (v) => isString(v) && /^[0-9a-f]{64}$/.test(v);
function changeProblem(c) {
  if (!isObject(c) || !CHANGE_TYPES.includes(c.type)) return "unknown change";
  if (c.type !== "abort" && (!isString(c.version) || (0, import_valid2.default)(c.version) !== c.version))
    return "the change names no semantic version";
  if (c.type === "publish" && !isDigestText(c.record))
    return "the publish names no digest of the version's record";
  if (c.type === "publish" && c.hook !== void 0) return "a publish runs no hook";
  if (c.type !== "publish" && !STAGES.includes(c.stage))
    return "unknown stage";
  if (c.hook !== void 0 && c.hook !== true) return "hook is not true";
  return void 0;
}
function decodeEvent(bytes, where, model, revision) {
  const e = parse(bytes, where);
  if (isObject(e) && e.format === 1)
    throw corrupt(where, "it was written by a pre-release of modelgate (format 1, no hash chain)");
  if (!isObject(e) || e.format !== 2) throw corrupt(where, "format is not 2");
  if (e.model !== model) throw corrupt(where, `it belongs to model ${JSON.stringify(e.model)}`);
  if (e.revision !== revision)
    throw corrupt(where, `it says revision ${JSON.stringify(e.revision)}`);
  if (revision > 1 ? !isDigestText(e.previous) : e.previous !== void 0)
    throw corrupt(where, "it does not name the digest of the event before it");
  if (!isDigestText(e.state)) throw corrupt(where, "it names no state digest");
  if (!isString(e.nonce) || e.nonce === "") throw corrupt(where, "it has no nonce");
  if (e.step !== void 0 && !isString(e.step)) throw corrupt(where, "its step is not text");
  const problem = changeProblem(e.change);
  if (problem) throw corrupt(where, problem);
  if (!isString(e.at) || !isString(e.actor) || !Array.isArray(e.gates))
    throw corrupt(where, "missing at, actor or gates");
  return e;
}
function sealEvent(before, head, body) {
  const unsealed = {
    format: 2,
    model: before.model,
    revision: before.revision + 1,
    ...head ? { previous: sha256Bytes(head) } : {},
    state: "",
    ...body
  };
  const after = applyEvent(before, unsealed);
  const event = { ...unsealed, state: stateDigest(after) };
  return { event, bytes: encode(event), after };
}
function artifactsValid(artifacts, sized) {
  return Array.isArray(artifacts) && artifacts.every(
    (a) => isObject(a) && isString(a.path) && isString(a.sha256) && isDigest(a.sha256) && (!sized || Number.isSafeInteger(a.size))
  );
}
function decodeVersion(bytes, where, model, version) {
  const r = parse(bytes, where);
  if (!isObject(r) || r.format !== 1 || !isString(r.version) || !Array.isArray(r.requiredEvidence)) {
    throw corrupt(where, "missing version or requiredEvidence");
  }
  if (r.model !== model || r.version !== version)
    throw corrupt(
      where,
      `it describes ${JSON.stringify(r.model)} ${JSON.stringify(r.version)}, not the ${model} ${version} its key names`
    );
  if (!artifactsValid(r.artifacts, true))
    throw corrupt(where, "its artifacts need a path, a sha256 and a size each");
  return r;
}
function decodeEvidence(bytes, where, key) {
  const r = parse(bytes, where);
  if (!isObject(r) || r.format !== 1 || !isString(r.kind) || !["pass", "fail"].includes(r.verdict) || !artifactsValid(r.artifacts, false)) {
    throw corrupt(where, "missing kind, verdict or artifacts");
  }
  if (r.model !== key.model || r.version !== key.version || r.kind !== key.kind || r.attempt !== key.attempt)
    throw corrupt(
      where,
      `it is ${JSON.stringify(r.kind)} attempt ${JSON.stringify(r.attempt)} of ${JSON.stringify(r.model)} ${JSON.stringify(r.version)}, not what its key names`
    );
  return r;
}
function decodeDeploy(bytes, where, key) {
  const r = parse(bytes, where);
  if (!isObject(r) || r.format !== 1 || !STAGES.includes(r.stage) || !["succeeded", "failed"].includes(r.outcome) || !isString(r.detail))
    throw corrupt(where, "missing stage, outcome or detail");
  if (r.model !== key.model || r.revision !== key.revision || r.attempt !== key.attempt)
    throw corrupt(
      where,
      `it is attempt ${JSON.stringify(r.attempt)} for revision ${JSON.stringify(r.revision)} of ${JSON.stringify(r.model)}, not what its key names`
    );
  return r;
}
function makeSnapshot(state, eventBytes) {
  return { format: 2, state, eventSha256: sha256Bytes(eventBytes) };
}
function decodeSnapshot(bytes, where, model) {
  const s = parse(bytes, where);
  if (!isObject(s) || s.format !== 2 || !isObject(s.state) || !isDigestText(s.eventSha256))
    throw corrupt(where, "it is not a modelgate snapshot (format 2)");
  const st = s.state;
  if (st.model !== model || !isRevision(st.revision) || st.revision === 0 || !isRevision(st.versionCount) || !Array.isArray(st.recentVersions) || !st.recentVersions.every(isString) || !Array.isArray(st.previousProduction) || !st.previousProduction.every(isString) || !stagesValid(st.stages) || !isObject(st.deploys) || !isObject(st.madeBy)) {
    throw corrupt(where, "its state has the wrong shape");
  }
  return { state: st, eventSha256: s.eventSha256 };
}

// src/registry/registry.ts
var PROBE_KEY = "_modelgate/probe";
var REVISION_DIGITS = 12;
var keys = {
  blob: (d) => `blobs/sha256/${d}`,
  version: (m, v) => `models/${m}/versions/${v}.json`,
  evidenceDir: (m, v) => `models/${m}/evidence/${v}/`,
  evidence: (m, v, kind, attempt) => `models/${m}/evidence/${v}/${kind}${attempt === 1 ? "" : `@${attempt}`}.json`,
  eventsDir: (m) => `models/${m}/events/`,
  event: (m, r) => `models/${m}/events/${String(r).padStart(REVISION_DIGITS, "0")}`,
  stages: (m) => `models/${m}/stages.json`,
  deployDir: (m, revision) => `models/${m}/deploys/${revision}/`,
  deploy: (m, revision, attempt) => `models/${m}/deploys/${revision}/${attempt}.json`
};
function assertSameVersion(published, now) {
  if (sameDigests(published.artifacts, now.artifacts)) return;
  const fmt = (v) => v.artifacts.map((a) => `${a.path} sha256:${a.sha256}`).join(", ") || "no artifacts";
  throw new ConflictError(
    `${now.model} ${now.version} is already published with other artifacts.
  published: ${fmt(published)}
  now:       ${fmt(now)}`,
    "a published version is immutable: bump model.version in the manifest and publish again"
  );
}
var PROBE_AHEAD = 4;
var MAX_ATTEMPTS = 200;
var Registry = class {
  constructor(store, opts = {}) {
    this.store = store;
    this.opts = opts;
  }
  store;
  opts;
  checked;
  /** Each model's log as far as this run has read it whole and checked it (see read). */
  checkedLogs = /* @__PURE__ */ new Map();
  /**
   * Proves, once per run and before the first write, that the store honours create-if-absent.
   * Resolves true when creates are atomic, false when the user vouched for a single writer.
   */
  atomicCreates() {
    this.checked ??= (async () => {
      const body = encode({
        probe: "modelgate checks that this store refuses a second create of this key"
      });
      await this.store.create(PROBE_KEY, body);
      if (await this.store.create(PROBE_KEY, body) === "exists") return true;
      if (this.opts.singleWriter) {
        this.opts.warn?.(
          `${this.store.uriOf("")} does not honour conditional writes; relying on --single-writer`
        );
        return false;
      }
      throw new UnsafeStoreError(
        `the registry store ${this.store.uriOf("")} does not honour create-if-absent (If-None-Match: *): a second create of the same key succeeded, so two runs writing at once could overwrite each other's events. Nothing was written.`,
        "if only one run at a time writes to this registry, pass --single-writer (action input single-writer: true) and serialise the workflows with a `concurrency:` group, e.g. `concurrency: { group: modelgate-registry, cancel-in-progress: false }`"
      );
    })();
    return this.checked;
  }
  async create(key, body) {
    if (await this.atomicCreates()) return this.store.create(key, body);
    if (await this.store.exists(key)) return "exists";
    await this.store.put(key, body);
    return "created";
  }
  /**
   * A create whose "exists" is checked: every record carries a nonce of its own, so when the
   * stored bytes are the ones sent, the write was ours and succeeded — its answer was lost
   * (a 500 or a reset after the store kept it) and the SDK's retry met our own object.
   */
  async createOwn(key, body) {
    if (await this.create(key, body) === "created") return "created";
    const stored = await this.store.get(key);
    return stored && Buffer.from(body).equals(Buffer.from(stored)) ? "created" : "exists";
  }
  /** Reads an immutable record, or creates it; a lost race is followed by a read of the winner. */
  async createOrRead(key, record, decode) {
    const body = encode(record);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const existing = await this.store.get(key);
      if (existing) return { created: false, record: decode(existing, this.store.uriOf(key)) };
      if (await this.createOwn(key, body) === "created") return { created: true, record };
      await sleep(5 + Math.random() * 20);
    }
    throw new StoreError(
      `cannot read or create ${this.store.uriOf(key)}: another writer keeps it in flight`
    );
  }
  /** Stores an artifact unless the registry has it already; returns the bytes uploaded. */
  async putBlob(file, sha256, size, onProgress) {
    await this.atomicCreates();
    const expect = { sha256, size, onProgress };
    return storeBlob(this.store, keys.blob(sha256), file, expect, this.opts.warn);
  }
  /**
   * Copies a blob to `dest`, verifying its digest and reading no further than `size` (the
   * version record's; without it, the store's). A corrupt blob never replaces a good file, nor
   * leaves one.
   */
  async readBlob(sha256, dest, size) {
    return copyBlob(this.store, keys.blob(sha256), { sha256, size }, dest);
  }
  async version(model, version) {
    const key = keys.version(checkModelName(model), checkVersion(version));
    const bytes = await this.store.get(key);
    return bytes && decodeVersion(bytes, this.store.uriOf(key), model, version);
  }
  /** The whole log read and checked, for what the state does not keep (see LogFacts). */
  async facts(model) {
    checkModelName(model);
    return { published: (await this.read(model, true)).published };
  }
  /**
   * A version's record as its publish event bound it, for use: undefined when it is not
   * published (no record, or no event); a record whose content is not what the event bound
   * (edited artifacts or required evidence, a record put back with other contents) is an error.
   * Reads the whole log.
   */
  async publishedVersion(model, version) {
    const record = await this.version(model, version);
    if (!record) return void 0;
    const bound = (await this.facts(model)).published.get(version);
    if (bound === void 0) return void 0;
    if (recordDigest(record) !== bound)
      throw new CorruptRegistryError(
        `${this.versionUri(model, version)} is not the record its publish event bound: its artifacts, signature or required evidence were changed`,
        "restore it from a backup or from the store's object versions; modelgate hands out nothing for it until then"
      );
    return record;
  }
  /** Where the registry lives, for messages. */
  get uri() {
    return this.store.uriOf("");
  }
  versionUri(model, version) {
    return this.store.uriOf(keys.version(model, version));
  }
  /** Where an artifact's bytes are, by their digest: what a serving platform can read a one-file model from. */
  blobUri(sha256) {
    return this.store.uriOf(keys.blob(sha256));
  }
  /**
   * Refuses, before any byte is uploaded, a version already published with other artifacts.
   * `createVersion` checks again, for the publisher that loses a race.
   */
  async assertPublishable(record) {
    const bound = (await this.facts(record.model)).published.get(record.version);
    const existing = await this.version(record.model, record.version);
    if (existing) assertSameVersion(existing, record);
    if (bound === void 0) return;
    if (existing ? recordDigest(existing) !== bound : recordDigest(record) !== bound)
      throw new CorruptRegistryError(
        `${this.versionUri(record.model, record.version)} is ${existing ? "not the record" : "missing, and this manifest does not describe the record"} its publish event bound`,
        "restore the record from a backup or from the store's object versions; a published version is immutable"
      );
  }
  /**
   * Creates the version record. The same version with the same digests changes nothing;
   * with other digests it is a conflict that shows both.
   */
  async createVersion(record) {
    const { model, version } = record;
    const key = keys.version(checkModelName(model), checkVersion(version));
    const r = await this.createOrRead(
      key,
      { ...record, nonce: nonce() },
      (b, where) => decodeVersion(b, where, model, version)
    );
    if (r.created) return "created";
    assertSameVersion(r.record, record);
    return "unchanged";
  }
  /** The latest attempt of every evidence kind recorded for a version. */
  async evidence(model, version) {
    const byKind = await this.evidenceAttempts(model, version);
    const out = [];
    for (const [kind, attempt] of byKind) {
      const record = await this.evidenceAttempt(model, version, kind, attempt);
      if (record) out.push(record);
    }
    return out.sort((a, b) => a.kind.localeCompare(b.kind));
  }
  async evidenceAttempt(model, version, kind, attempt) {
    const key = keys.evidence(model, version, kind, attempt);
    const bytes = await this.store.get(key);
    return bytes && decodeEvidence(bytes, this.store.uriOf(key), { model, version, kind, attempt });
  }
  async evidenceAttempts(model, version) {
    const dir = keys.evidenceDir(checkModelName(model), checkVersion(version));
    const latest = /* @__PURE__ */ new Map();
    for (const key of await this.store.list(dir)) {
      const m = /^([a-z0-9][a-z0-9._-]*?)(?:@(\d+))?\.json$/.exec(key.slice(dir.length));
      if (!m) continue;
      const attempt = m[2] ? Number(m[2]) : 1;
      if (attempt > (latest.get(m[1]) ?? 0)) latest.set(m[1], attempt);
    }
    return latest;
  }
  /**
   * Records one check's result for a version as a new immutable attempt. Recording the same
   * verdict on the same digests as the latest attempt again changes nothing.
   */
  async recordEvidence(model, version, kind, input) {
    checkEvidenceKind(kind);
    await this.read(checkModelName(model), true);
    const id = nonce();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const last = (await this.evidenceAttempts(model, version)).get(kind) ?? 0;
      const prev = last > 0 ? await this.evidenceAttempt(model, version, kind, last) : void 0;
      if (prev?.nonce === id) return { record: prev, created: true, uri: this.evidenceUri(prev) };
      if (prev && !input.everyRun) {
        const same = prev.verdict === input.verdict && sameDigests(prev.artifacts, input.artifacts);
        if (same) return { record: prev, created: false, uri: this.evidenceUri(prev) };
      }
      const record = {
        format: 1,
        model,
        version,
        kind,
        attempt: last + 1,
        verdict: input.verdict,
        artifacts: input.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
        ...input.details === void 0 ? {} : { details: input.details },
        recorded: input.recorded,
        nonce: id
      };
      const key = keys.evidence(model, version, kind, record.attempt);
      if (await this.createOwn(key, encode(record)) === "created")
        return { record, created: true, uri: this.store.uriOf(key) };
    }
    throw new StoreError(
      `cannot record ${kind} evidence for ${model} ${version}: too many concurrent writers`
    );
  }
  evidenceUri(r) {
    return this.store.uriOf(keys.evidence(r.model, r.version, r.kind, r.attempt));
  }
  /**
   * The state of a model's stages: the snapshot, checked against the event it names (and that
   * event against the state it names), then caught up from the log, each new event checked
   * against the one before. Costs one read per event newer than the snapshot, whatever the
   * log's length; the events before the snapshot's are checked by every write (see transition)
   * and by `history`.
   */
  async state(model) {
    checkModelName(model);
    return (await this.read(model, false)).state;
  }
  /** The state with the whole log checked (see transition), for what must not act on a broken one. */
  async verifiedState(model) {
    checkModelName(model);
    return (await this.read(model, true)).state;
  }
  /** The snapshot, proven to be the fold of the log up to the event it names; undefined when absent. */
  async snapshot(model) {
    const key = keys.stages(model);
    const where = this.store.uriOf(key);
    const bytes = await this.store.get(key);
    if (!bytes) return void 0;
    const { state, eventSha256 } = decodeSnapshot(bytes, where, model);
    const eventKey = keys.event(model, state.revision);
    const head = await this.store.get(eventKey);
    const broken = (what) => new CorruptRegistryError(
      `${where} ${what}`,
      `restore the log from a backup or from the store's object versions; if the log is right, delete ${where} and it is rebuilt from the log (modelgate writes nothing on top of a broken log)`
    );
    if (!head)
      throw broken(
        `is folded up to revision ${state.revision}, but the log holds no ${this.store.uriOf(eventKey)}: the log was truncated`
      );
    if (sha256Bytes(head) !== eventSha256)
      throw broken(`does not match event ${state.revision} of the log (either was edited)`);
    const event = decodeEvent(head, this.store.uriOf(eventKey), model, state.revision);
    if (event.state !== stateDigest(state))
      throw broken(`holds a state that event ${state.revision} does not lead to (edited by hand?)`);
    return { state, head, published: void 0 };
  }
  /**
   * The log read and checked. `full`: every event from the first, each checked against the one
   * before and against the state it names, and the snapshot against them; otherwise from the
   * snapshot on. A snapshot that does not match is an error, never silently rebuilt.
   */
  async read(model, full, nonce2) {
    const checked = full ? this.checkedLogs.get(model) : void 0;
    if (checked) return this.remember(model, await this.readOn(model, checked, { nonce: nonce2 }));
    const snapshot = await this.snapshot(model);
    if (snapshot && !full) return this.readOn(model, snapshot, { nonce: nonce2 });
    const folded = await this.readOn(
      model,
      { state: emptyState(model), published: /* @__PURE__ */ new Map() },
      { nonce: nonce2, until: snapshot?.state.revision, check: snapshot }
    );
    return this.remember(model, folded);
  }
  remember(model, view) {
    this.checkedLogs.set(model, { state: view.state, head: view.head, published: view.published });
    return view;
  }
  /**
   * Folds the events after `from`, checking each link of the chain. With `check`, the fold must
   * pass through the snapshot's event (the same bytes); with `nonce`, the event carrying it, if
   * one is read, is returned as `ours`.
   */
  async readOn(model, from, opts = {}) {
    const view = {
      state: from.state,
      head: from.head,
      published: from.published && new Map(from.published)
    };
    const apply = (bytes) => {
      const revision = view.state.revision + 1;
      const where = this.store.uriOf(keys.event(model, revision));
      const e = decodeEvent(bytes, where, model, revision);
      const broken = (what) => new CorruptRegistryError(
        `the event log of ${model} is broken at revision ${revision}: ${where} ${what}`,
        "restore the log from a backup or from the store's object versions; modelgate writes nothing on top of a broken log"
      );
      if (view.head && e.previous !== sha256Bytes(view.head))
        throw broken(`does not follow event ${revision - 1} (that event or this one was edited)`);
      const after = applyEvent(view.state, e);
      if (e.state !== stateDigest(after))
        throw broken("does not lead to the state it names (edited by hand?)");
      if (opts.check && revision === opts.check.state.revision) {
        if (!Buffer.from(bytes).equals(Buffer.from(opts.check.head)))
          throw broken(`is not the event ${this.store.uriOf(keys.stages(model))} was folded from`);
      }
      const c = e.change;
      if (view.published && c.type === "publish") {
        const earlier = view.published.get(c.version);
        if (earlier !== void 0 && earlier !== c.record)
          throw broken(`publishes ${c.version} a second time, with another record`);
        view.published.set(c.version, c.record);
      }
      if (view.published && (c.type === "promote" || c.type === "rollback") && !view.published.has(c.version))
        throw broken(`moves ${c.stage} to ${c.version}, which no event published`);
      if (opts.nonce !== void 0 && e.nonce === opts.nonce)
        view.ours = { event: e, before: view.state, after };
      opts.events?.push(e);
      view.state = after;
      view.head = bytes;
    };
    for (let i = 0; i < (view.state.revision === 0 ? 0 : PROBE_AHEAD); i++) {
      const next = await this.store.get(keys.event(model, view.state.revision + 1));
      if (!next) break;
      apply(next);
    }
    const listed = await this.store.list(
      keys.eventsDir(model),
      keys.event(model, view.state.revision)
    );
    for (let i = 0; i < listed.length; i += READ_BATCH) {
      const batch = listed.slice(i, i + READ_BATCH);
      batch.forEach((key, j) => {
        const expected = keys.event(model, view.state.revision + 1 + j);
        if (key !== expected) {
          throw new CorruptRegistryError(
            `the event log of ${model} has a gap or a stray entry: found ${this.store.uriOf(key)} where ${this.store.uriOf(expected)} was expected`,
            "restore the missing event from a backup or from the store's object versions; modelgate writes nothing on top of a broken log"
          );
        }
      });
      const bodies = await mapBounded(batch, READ_CONCURRENCY, (key) => this.store.get(key));
      for (const [j, bytes] of bodies.entries()) {
        if (!bytes)
          throw new CorruptRegistryError(
            `event ${this.store.uriOf(batch[j])} was listed but cannot be read: it was deleted while being read, or the store is inconsistent`,
            "run the command again; if it persists, restore the event from a backup"
          );
        apply(bytes);
      }
    }
    return this.ended(model, view, opts.until);
  }
  /** A full read must reach the snapshot's event: a log that ends before it was truncated. */
  ended(model, view, until) {
    if (until !== void 0 && view.state.revision < until)
      throw new CorruptRegistryError(
        `the event log of ${model} ends at revision ${view.state.revision}, but ${this.store.uriOf(keys.stages(model))} was folded up to revision ${until}: the log was truncated`,
        "restore the missing events from a backup or from the store's object versions; modelgate writes nothing on top of a broken log"
      );
    return view;
  }
  /** One event as stored (its place in the chain is checked by the reads that fold it). */
  async event(model, revision) {
    const key = keys.event(checkModelName(model), revision);
    const bytes = await this.store.get(key);
    if (!bytes)
      throw new CorruptRegistryError(
        `event ${this.store.uriOf(key)} is missing from the log`,
        "restore it from a backup or from the store's object versions"
      );
    return decodeEvent(bytes, this.store.uriOf(key), model, revision);
  }
  /** Every event of a model, oldest first (or the newest `limit`), the whole chain checked. */
  async events(model, limit) {
    checkModelName(model);
    const snapshot = await this.snapshot(model);
    const events = [];
    await this.readOn(
      model,
      { state: emptyState(model), published: /* @__PURE__ */ new Map() },
      { until: snapshot?.state.revision, check: snapshot, events }
    );
    return limit === void 0 ? events : events.slice(-limit);
  }
  /**
   * Writes the snapshot, then looks for a newer event: a slower writer may have put an older
   * snapshot over a newer one, and whoever writes last must leave the latest state. Once the
   * writers stop, the snapshot equals the fold of the whole log.
   */
  async refreshSnapshot(model, view) {
    let current = view;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await this.store.put(keys.stages(model), encode(makeSnapshot(current.state, current.head)));
      const next = await this.readOn(model, current);
      if (next.state.revision === current.state.revision) return;
      current = next;
    }
  }
  /**
   * Appends one event decided from the current state: read the state at revision r, decide,
   * create event r+1; whoever creates it first wins and the others decide again on the newer
   * state. The whole log is checked first: nothing is written on top of a broken one. The
   * event carries a nonce, so a create whose answer was lost is recognised as ours, and a
   * transition is decided once: a retry never decides again on top of its own event.
   * `decide` returns undefined when nothing needs to change and throws to refuse.
   */
  async transition(model, provenance2, decide) {
    checkModelName(model);
    await this.atomicCreates();
    const id = nonce();
    let view = await this.read(model, true, id);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      if (view.ours)
        return { event: view.ours.event, before: view.ours.before, after: view.ours.after };
      const before = view.state;
      const draft = decide(before, { published: view.published });
      if (!draft) return { before, after: before };
      const { event, bytes, after } = sealEvent(before, view.head, {
        nonce: id,
        at: provenance2.at,
        actor: provenance2.actor,
        ...provenance2.runUrl ? { runUrl: provenance2.runUrl } : {},
        ...provenance2.step ? { step: provenance2.step } : {},
        ...draft.reason ? { reason: draft.reason } : {},
        forced: draft.forced,
        gates: draft.gates,
        change: draft.change
      });
      if (await this.createOwn(keys.event(model, event.revision), bytes) === "created") {
        this.opts.afterEventCreated?.(event);
        await this.refreshSnapshot(model, { state: after, head: bytes }).catch((err) => {
          this.opts.warn?.(
            `the event was recorded but the snapshot could not be refreshed: ${err.message}`
          );
        });
        return { event, before, after };
      }
      await sleep(Math.random() * Math.min(50, 2 * (i + 1)));
      view = await this.readOn(model, view, { nonce: id });
    }
    throw new StoreError(
      `gave up appending to the event log of ${model} after ${MAX_ATTEMPTS} attempts: too many concurrent writers`
    );
  }
  /**
   * Records how one run of the deploy hook for the stage change at revision `of` ended, as an
   * immutable record beside the log. An attempt number another run took is left to it: the
   * record goes under the next free one.
   */
  async recordDeploy(model, deploy) {
    const record = { format: 1, model, ...deploy, nonce: nonce() };
    for (let attempt = deploy.attempt; attempt < deploy.attempt + MAX_ATTEMPTS; attempt++) {
      const r = { ...record, attempt };
      if (await this.createOwn(keys.deploy(model, deploy.revision, attempt), encode(r)) === "created")
        return r;
    }
    throw new StoreError(
      `cannot record the deploy of ${model} revision ${deploy.revision}: too many concurrent writers`
    );
  }
  /** Where the deploy of each stage's latest change stands: the state, with its deploy records read. */
  async deployStatus(state) {
    const deploys = {};
    for (const stage of STAGES) {
      const expected = state.deploys[stage];
      if (!expected) continue;
      const dir = keys.deployDir(state.model, expected.revision);
      let attempts = 0;
      for (const key of await this.store.list(dir)) {
        const m = /^(\d+)\.json$/.exec(key.slice(dir.length));
        if (m) attempts = Math.max(attempts, Number(m[1]));
      }
      let status = "pending";
      if (attempts > 0) {
        const key = keys.deploy(state.model, expected.revision, attempts);
        const bytes = await this.store.get(key);
        if (bytes) {
          const where = this.store.uriOf(key);
          const record = decodeDeploy(bytes, where, {
            model: state.model,
            revision: expected.revision,
            attempt: attempts
          });
          if (record.stage !== stage)
            throw new CorruptRegistryError(
              `${where} records a deploy to ${record.stage}, but revision ${expected.revision} changed ${stage}`,
              "restore the deploy records from a backup, or delete the wrong one"
            );
          status = record.outcome;
        }
      }
      deploys[stage] = { ...expected, status, attempts };
    }
    return { ...state, deploys };
  }
};
var READ_BATCH = 256;
var READ_CONCURRENCY = 16;
var nonce = () => randomBytes2(16).toString("hex");
async function mapBounded(items, limit, f) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/registry/stores/file.ts
import { createHash, randomBytes as randomBytes3 } from "node:crypto";
import { constants, createReadStream, createWriteStream as createWriteStream2, readlinkSync } from "node:fs";
import { hostname } from "node:os";
import {
  link,
  lstat,
  mkdir,
  open as open2,
  readdir,
  realpath,
  rename as rename2,
  stat,
  unlink as unlink2
} from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { pipeline as pipeline2 } from "node:stream/promises";
var WRITER = `${hostname().toLowerCase().replace(/[^a-z0-9-]/g, "-").slice(0, 40)}.${pidNamespace()}`;
var TEMP = /^\.tmp-(?:([a-z0-9-]{0,40}\.\d+)-)?(\d+)-[0-9a-f]+$/;
var tempName = () => `.tmp-${WRITER}-${process.pid}-${randomBytes3(6).toString("hex")}`;
function pidNamespace() {
  try {
    return /\[(\d+)\]/.exec(readlinkSync("/proc/self/ns/pid"))?.[1] ?? "0";
  } catch {
    return "0";
  }
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return code(err) !== "ESRCH";
  }
}
var STALE_TEMP_MS = 60 * 60 * 1e3;
function deadWriter(name) {
  const m = TEMP.exec(name);
  if (!m || m[1] !== WRITER || WRITER.endsWith(".0")) return false;
  const pid = Number(m[2]);
  return pid !== process.pid && !alive(pid);
}
var MAX_DEPTH = 32;
var OPEN_OBJECT = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
var HASH_CHUNK = 1024 * 1024;
function code(err) {
  return err.code;
}
function storeError(what, err) {
  return new StoreError(
    `file registry: cannot ${what}: ${err.message}`,
    "check that the registry folder exists and is writable"
  );
}
function kindOf(s) {
  if (s.isDirectory()) return "a folder";
  if (s.isFIFO()) return "a FIFO";
  if (s.isCharacterDevice()) return "a character device";
  if (s.isBlockDevice()) return "a block device";
  if (s.isSocket()) return "a socket";
  if (s.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}
var NotAFile = class extends Error {
  constructor(path, kind) {
    super(`${path} is ${kind}, not a file`);
    this.path = path;
    this.kind = kind;
  }
  path;
  kind;
};
async function assertFolder(p) {
  if (!(await stat(p)).isDirectory())
    throw new Error(`cannot create the folder ${p}: a file stands in the way`);
}
async function makeDirs(dir) {
  const missing = [];
  for (let p = resolve(dir); ; p = dirname(p)) {
    try {
      await mkdir(p);
      break;
    } catch (err) {
      if (code(err) === "EEXIST") {
        await assertFolder(p);
        break;
      }
      if (code(err) !== "ENOENT") throw err;
      missing.push(p);
      if (dirname(p) === p || missing.length >= MAX_DEPTH)
        throw new Error(`cannot create ${dir}: more than ${MAX_DEPTH} of its folders are missing`, {
          cause: err
        });
    }
  }
  for (const p of missing.reverse()) {
    try {
      await mkdir(p);
    } catch (err) {
      if (code(err) === "EEXIST") await assertFolder(p);
      else if (code(err) === "ENOENT")
        throw new Error(
          `cannot create the folder ${p}: its parent exists but refuses new folders (ENOENT), as /proc and other pseudo file systems do`,
          { cause: err }
        );
      else throw err;
    }
  }
}
async function openObject(path) {
  let fh;
  try {
    fh = await open2(path, OPEN_OBJECT);
  } catch (err) {
    if (code(err) === "ELOOP") {
      const s = await lstat(path).catch(() => void 0);
      if (s?.isSymbolicLink()) throw new NotAFile(path, "a symbolic link");
    }
    throw err;
  }
  try {
    const s = await fh.stat();
    if (!s.isFile()) throw new NotAFile(path, kindOf(s));
    return { fh, size: s.size };
  } catch (err) {
    await fh.close();
    throw err;
  }
}
async function readUpTo(fh, max) {
  const chunks = [];
  let total = 0;
  while (total <= max) {
    const buf = Buffer.allocUnsafe(Math.min(HASH_CHUNK, max + 1 - total));
    const { bytesRead } = await fh.read(buf, 0, buf.length, total);
    if (bytesRead === 0) break;
    chunks.push(buf.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}
async function hashUpTo(fh, size) {
  const hash = createHash("sha256");
  const buf = Buffer.allocUnsafe(HASH_CHUNK);
  for (let done = 0; done < size; ) {
    const { bytesRead } = await fh.read(buf, 0, Math.min(buf.length, size - done), done);
    if (bytesRead === 0) return void 0;
    hash.update(buf.subarray(0, bytesRead));
    done += bytesRead;
  }
  return hash.digest("hex");
}
async function staleTemps(dir, now) {
  const out = [];
  for (const name of await readdir(dir)) {
    if (!TEMP.test(name)) continue;
    const s = await lstat(join(dir, name)).catch(() => void 0);
    if (s?.isFile() && (deadWriter(name) || now.getTime() - s.mtimeMs > STALE_TEMP_MS))
      out.push({ path: join(dir, name), since: s.mtime });
  }
  return out.sort((a, b) => a.since.getTime() - b.since.getTime());
}
var FileStore = class {
  constructor(root) {
    this.root = root;
  }
  root;
  /** Folders this store has swept of dead writers' temporary files: once per run is enough. */
  swept = /* @__PURE__ */ new Set();
  uriOf(key) {
    return `file://${this.path(key)}`;
  }
  path(key) {
    const parts = key.split("/");
    if (parts.some((p) => p === ".." || p === "."))
      throw new StoreError(`file registry: refusing the key ${JSON.stringify(key)}`);
    return join(this.root, ...parts);
  }
  /**
   * Makes `dir` and, the first time this run writes there, checks that it is inside the
   * registry (a folder in it replaced by a symlink would take writes elsewhere) and removes
   * what dead writers left.
   */
  async prepare(dir) {
    await makeDirs(dir);
    if (this.swept.has(dir)) return;
    const [real, root] = await Promise.all([realpath(dir), realpath(this.root)]);
    if (real !== root && !real.startsWith(root + sep))
      throw new CorruptRegistryError(
        `file registry: ${dir} leads to ${real}, outside the registry (a folder replaced by a symbolic link?)`,
        "replace the link with the folder it stood for; modelgate writes nothing through it"
      );
    this.swept.add(dir);
    const now = /* @__PURE__ */ new Date();
    for (const t of await staleTemps(dir, now).catch(() => []))
      await unlink2(t.path).catch(() => void 0);
  }
  async writeTemp(dir, body) {
    await this.prepare(dir);
    const tmp = join(dir, tempName());
    const fh = await open2(tmp, "wx");
    try {
      await fh.writeFile(body);
      await fh.sync();
    } finally {
      await fh.close();
    }
    return tmp;
  }
  /** Makes a new name in `dir` durable: without it a crash can lose an event that was reported written. */
  async syncDir(dir) {
    const fh = await open2(dir, "r");
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  }
  /** Opens an object, or undefined when absent; what is not a file is corrupt, named by key. */
  async openKey(key) {
    try {
      return await openObject(this.path(key));
    } catch (err) {
      if (code(err) === "ENOENT") return void 0;
      if (err instanceof NotAFile) {
        throw new CorruptRegistryError(
          `${this.uriOf(key)} is ${err.kind}, not a file: modelgate writes only files there`,
          "a blob is replaced by publishing its version again; restore anything else from a backup"
        );
      }
      throw storeError(`read ${this.path(key)}`, err);
    }
  }
  async create(key, body) {
    const final = this.path(key);
    const dir = dirname(final);
    try {
      const tmp = await this.writeTemp(dir, body);
      try {
        await link(tmp, final);
      } catch (err) {
        if (code(err) === "EEXIST") return "exists";
        throw err;
      } finally {
        await unlink2(tmp).catch(() => void 0);
      }
      await this.syncDir(dir);
      return "created";
    } catch (err) {
      throw storeError(`create ${final}`, err);
    }
  }
  async put(key, body) {
    const final = this.path(key);
    try {
      const tmp = await this.writeTemp(dirname(final), body);
      await rename2(tmp, final);
    } catch (err) {
      throw storeError(`write ${final}`, err);
    }
  }
  async get(key) {
    const obj = await this.openKey(key);
    if (!obj) return void 0;
    try {
      const bytes = await readUpTo(obj.fh, RECORD_MAX_BYTES).catch((err) => {
        throw storeError(`read ${this.path(key)}`, err);
      });
      if (bytes.length > RECORD_MAX_BYTES) {
        throw new CorruptRegistryError(
          `${this.uriOf(key)} is larger than any modelgate record (${RECORD_MAX_BYTES} bytes at most): it was not written by modelgate`,
          "restore it from a backup; modelgate reads no further"
        );
      }
      return bytes;
    } finally {
      await obj.fh.close();
    }
  }
  async exists(key) {
    try {
      await lstat(this.path(key));
      return true;
    } catch (err) {
      if (code(err) === "ENOENT") return false;
      throw storeError(`read ${this.path(key)}`, err);
    }
  }
  async list(prefix, startAfter) {
    let names;
    try {
      names = await readdir(this.path(prefix));
    } catch (err) {
      if (code(err) === "ENOENT") return [];
      throw storeError(`list ${this.path(prefix)}`, err);
    }
    return names.filter((n) => !n.startsWith(".")).map((n) => prefix + n).filter((k) => startAfter === void 0 || k > startAfter).sort();
  }
  /** Hashes the stored bytes: the file is local, and a flipped byte is found only this way. */
  async check(key, expect) {
    let obj;
    try {
      obj = await openObject(this.path(key));
    } catch (err) {
      if (code(err) === "ENOENT") return { state: "absent" };
      if (err instanceof NotAFile)
        return { state: "damaged", why: `it is ${err.kind}, not a file` };
      throw storeError(`read ${this.path(key)}`, err);
    }
    try {
      if (obj.size !== expect.size)
        return { state: "damaged", why: `it holds ${obj.size} bytes, not ${expect.size}` };
      const got = await hashUpTo(obj.fh, obj.size);
      if (got === void 0) return { state: "damaged", why: "it shrank while it was read" };
      if (got !== expect.sha256) return { state: "damaged", why: `its bytes hash to ${got}` };
      return { state: "intact" };
    } catch (err) {
      throw storeError(`read ${this.path(key)}`, err);
    } finally {
      await obj.fh.close();
    }
  }
  async upload(key, file, expect) {
    const final = this.path(key);
    const dir = dirname(final);
    const tmp = join(dir, tempName());
    const changed = (got) => new CorruptRegistryError(
      `${file} changed while it was stored: expected sha256 ${expect.sha256}, read ${got}`,
      "rerun once nothing is writing to the artifact"
    );
    try {
      await this.prepare(dir);
      const hashed = hashingStream(expect.onProgress, expect.size, {
        maxBytes: expect.size,
        tooLong: (n) => changed(`more than the ${expect.size} bytes checked (${n} so far)`)
      });
      const out = createWriteStream2(tmp, { flags: "wx" });
      await pipeline2(createReadStream(file), hashed.stream, out);
      const got = hashed.result();
      if (got.sha256 !== expect.sha256) throw changed(got.sha256);
      const fh = await open2(tmp, "r");
      await fh.sync().finally(() => fh.close());
      await rename2(tmp, final);
      await this.syncDir(dir);
    } catch (err) {
      if (err instanceof CorruptRegistryError) throw err;
      throw storeError(`store ${file} as ${final}`, err);
    } finally {
      await unlink2(tmp).catch(() => void 0);
    }
  }
  async read(key) {
    const obj = await this.openKey(key);
    if (!obj) return void 0;
    return { body: obj.fh.createReadStream({ start: 0, end: obj.size }), size: obj.size };
  }
  /** Removes the temporary files of dead writers anywhere under the root. */
  async cleanup(opts) {
    const items = [];
    const walk = async (dir, depth) => {
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (code(err) === "ENOENT") return;
        throw storeError(`list ${dir}`, err);
      }
      for (const t of await staleTemps(dir, opts.now)) {
        const removed = !opts.dryRun && await unlink2(t.path).then(
          () => true,
          (err) => {
            if (code(err) === "ENOENT") return false;
            throw storeError(`remove ${t.path}`, err);
          }
        );
        items.push({ kind: "temp-file", uri: `file://${t.path}`, since: t.since, removed });
      }
      if (depth < MAX_DEPTH) {
        for (const e of entries) if (e.isDirectory()) await walk(join(dir, e.name), depth + 1);
      }
    };
    await walk(this.root, 0);
    return items;
  }
};

// src/report/registry.ts
var mark = (g) => g.passed ? "\u2713" : g.waived ? "!" : "\u2717";
function renderPublishText(results) {
  return results.map((r) => {
    const title = `${r.model ?? r.manifest} ${r.version ?? ""}`.trim();
    if (r.status === "invalid") return `\u2717 ${title}: not published (validation failed)`;
    const what = r.status === "created" ? `published${r.revision ? ` (revision ${r.revision})` : ""}` : "already published with these artifacts; nothing changed";
    return `\u2713 ${title}: ${what}, ${formatBytes(r.uploadedBytes)} uploaded
  ${r.uri}`;
  }).join("\n");
}
function describeTarget(r) {
  if (r.version === void 0) return `${r.stage} aborted`;
  return `${r.stage} \u2192 ${r.version}${r.weight === void 0 ? "" : ` at ${r.weight}%`}`;
}
function outcomeLine(r) {
  switch (r.status) {
    case "refused":
      return `${r.command} to ${r.stage} refused`;
    case "unchanged":
      return r.detail ?? "nothing to change";
    case "resumed":
      return `deploy of ${describeTarget(r)} (revision ${r.revision}) resumed, attempt ${r.hook?.attempt ?? "?"}: ${r.detail}`;
    case "changed":
      return `${describeTarget(r)}${r.previous ? ` (was ${r.previous})` : ""}, revision ${r.revision}${r.forced ? " (forced)" : ""}`;
  }
}
function renderTransitionText(results) {
  const lines = [];
  for (const r of results) {
    lines.push(`${transitionFailed(r) ? "\u2717" : "\u2713"} ${r.model}: ${outcomeLine(r)}`);
    for (const g of r.gates)
      lines.push(`  ${mark(g)} ${g.gate}: ${g.detail}${g.waived ? " (waived by --force)" : ""}`);
    if (r.reason) lines.push(`  reason: ${r.reason}`);
    for (const h of r.handoff ?? [])
      lines.push(
        `  ${h.error === void 0 ? "\u2713" : "\u2717"} ${h.platform} hand-off${h.error === void 0 ? "" : " FAILED"}: ${handoffDetail(h)}`
      );
    if (r.hook) {
      lines.push(
        `  deploy hook ${r.hook.exitCode === 0 ? "succeeded" : `FAILED (exit ${r.hook.exitCode ?? "none"})`}${r.hook.attempt > 1 ? ` on attempt ${r.hook.attempt}` : ""}: ${r.hook.command}`
      );
      if (r.hook.exitCode !== 0 && r.hook.tail)
        lines.push(...r.hook.tail.split("\n").map((l) => `    ${l}`));
    }
  }
  return lines.join("\n");
}
function renderStatusText(states) {
  return states.map((s) => {
    const lines = [
      `${s.model} (revision ${s.revision}, ${s.versionCount} version${s.versionCount === 1 ? "" : "s"} published)`
    ];
    for (const stage of STAGES) {
      const p = s.stages[stage];
      lines.push(
        `  ${stage.padEnd(11)} ${p ? `${p.version}${p.weight === void 0 ? "" : ` (${p.weight}%)`}  since ${p.at} (revision ${p.revision})` : "\u2014"}`
      );
      const note = deployNote(s.deploys[stage]);
      if (note) lines.push(`  ${"".padEnd(11)} ${note}`);
    }
    return lines.join("\n");
  }).join("\n");
}
function renderStatusMarkdown(states) {
  const out = ["## modelgate status", ""];
  for (const s of states) {
    out.push(
      `### \`${s.model}\` (revision ${s.revision})`,
      "",
      "| stage | version | weight | since | deploy |",
      "|---|---|---|---|---|"
    );
    for (const stage of STAGES) {
      const p = s.stages[stage];
      const d = s.deploys[stage];
      out.push(
        `| ${stage} | ${p?.version ?? "\u2014"} | ${p?.weight === void 0 ? "\u2014" : `${p.weight}%`} | ${p?.at ?? "\u2014"} | ${d ? `${d.status}${d.status === "succeeded" ? "" : ` (revision ${d.revision})`}` : "\u2014"} |`
      );
    }
    out.push("");
  }
  return out.join("\n");
}
function describeEvent(e) {
  const c = e.change;
  switch (c.type) {
    case "publish":
      return `published ${c.version}`;
    case "promote":
      return `${c.stage} \u2192 ${c.version}${c.weight === void 0 ? "" : ` at ${c.weight}%`}${c.previous ? ` (was ${c.previous})` : ""}`;
    case "rollback":
      return `production rolled back ${c.previous} \u2192 ${c.version}`;
    case "abort":
      return `canary ${c.previous} aborted`;
  }
}
function deployNote(d) {
  if (!d || d.status === "succeeded") return void 0;
  const what = `${d.change === "abort" ? "abort" : d.change} of revision ${d.revision}`;
  return d.status === "pending" ? `deploy PENDING: the deploy (hand-off and hook) of the ${what} has not completed${d.attempts ? ` (${d.attempts} failed attempt${d.attempts === 1 ? "" : "s"})` : ""}; rerun the command to resume it` : `deploy FAILED: the deploy (hand-off and hook) of the ${what} failed (attempt ${d.attempts}); rerun the command to retry it`;
}
function renderHistoryText(model, events) {
  if (events.length === 0) return `${model}: no events`;
  return [
    `${model}:`,
    ...events.map(
      (e) => `  ${String(e.revision).padStart(5)}  ${e.at}  ${e.actor}  ${describeEvent(e)}${e.forced ? " [forced]" : ""}${e.reason ? `  \u2014 ${e.reason}` : ""}${e.runUrl ? `  ${e.runUrl}` : ""}`
    )
  ].join("\n");
}
function renderHistoryMarkdown(model, events) {
  const out = [
    `## modelgate history: \`${model}\``,
    "",
    "| revision | when | who | what | reason | run |",
    "|---|---|---|---|---|---|"
  ];
  for (const e of events) {
    out.push(
      `| ${e.revision} | ${e.at} | ${cell(e.actor)} | ${cell(describeEvent(e))}${e.forced ? " (forced)" : ""} | ${cell(e.reason ?? "")} | ${e.runUrl ? `[run](${e.runUrl})` : ""} |`
    );
  }
  return out.join("\n") + "\n";
}
var gateRow = (g) => ({
  name: g.gate,
  verdict: g.passed ? "pass" : g.waived ? "warn" : "fail",
  detail: g.waived ? `${g.detail} (waived by --force)` : g.detail
});
function publishReportModel(results) {
  return {
    command: "publish",
    verdict: results.some((r) => r.status === "invalid") ? "fail" : "pass",
    models: results.map((r) => ({
      name: r.model,
      version: r.version,
      manifest: r.manifest,
      verdict: r.status === "invalid" ? "fail" : "pass",
      summary: r.status === "invalid" ? "not published: validation failed" : `${r.status === "created" ? "published" : "already published, unchanged"}, ${formatBytes(r.uploadedBytes)} uploaded`,
      ...r.findings?.length ? { findings: r.findings } : {},
      ...r.uri ? { checks: [{ name: "version record", verdict: "pass", detail: r.uri }] } : {},
      ...r.artifacts ? {
        artifacts: r.artifacts.map((a) => ({
          path: a.path,
          format: a.format,
          size: a.size,
          sha256: a.sha256
        }))
      } : {}
    }))
  };
}
function transitionFailed(r) {
  return r.status === "refused" || r.hook !== void 0 && r.hook.exitCode !== 0 || (r.handoff ?? []).some((h) => h.error !== void 0);
}
function handoffDetail(h) {
  if (h.error !== void 0) return h.error;
  const applied = h.applied ? `; applied to ${h.applied.endpointName}: ${h.applied.action} (${h.applied.endpointConfigName})` : "";
  return [`${h.files.join(", ")}${applied}`, h.note].filter(Boolean).join("; ");
}
function transitionReportModel(reports) {
  return {
    command: reports[0]?.command ?? "promote",
    verdict: reports.some(transitionFailed) ? "fail" : "pass",
    models: reports.map((r) => ({
      name: r.model,
      version: r.version,
      manifest: r.manifest,
      verdict: transitionFailed(r) ? "fail" : "pass",
      summary: outcomeLine(r),
      ...r.hook || r.handoff ? {
        checks: [
          ...(r.handoff ?? []).map((h) => ({
            name: `${h.platform} hand-off`,
            verdict: h.error === void 0 ? "pass" : "fail",
            detail: handoffDetail(h)
          })),
          ...r.hook ? [
            {
              name: "deploy hook",
              verdict: r.hook.exitCode === 0 ? "pass" : "fail",
              detail: `${r.hook.command}: exit ${r.hook.exitCode ?? "none"} (attempt ${r.hook.attempt})${r.hook.exitCode === 0 ? "" : ` \u2014 ${r.hook.tail}`}`
            }
          ] : []
        ]
      } : {},
      promotion: {
        stage: r.stage,
        version: r.version ?? "none (aborted)",
        ...r.previous && r.previous !== r.version ? { previous: r.previous } : {},
        ...r.weight === void 0 ? {} : { weight: r.weight },
        applied: r.status === "changed" || r.status === "resumed",
        gates: r.gates.map(gateRow),
        ...r.reason ? { reason: r.reason } : {}
      }
    }))
  };
}

// src/commands/handoff.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { mkdir as mkdir2, rename as rename3, rm, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";

// src/platforms/azure.ts
var import_yaml = __toESM(require_dist(), 1);

// src/platforms/traffic.ts
function trafficShares(input) {
  const { production, canary } = input;
  if (canary && (!Number.isInteger(canary.weight) || canary.weight < 0 || canary.weight > 100))
    throw new ConfigError(
      `the canary weight of ${input.model} ${canary.version} is ${canary.weight}, not a whole percent from 0 to 100`,
      void 0,
      "set the weight again with `modelgate promote --to canary --weight N`"
    );
  if (production && canary && canary.version !== production.version)
    return [
      {
        role: "production",
        version: production.version,
        uri: production.uri,
        percent: 100 - canary.weight
      },
      { role: "canary", version: canary.version, uri: canary.uri, percent: canary.weight }
    ];
  if (production)
    return [{ role: "production", version: production.version, uri: production.uri, percent: 100 }];
  if (canary) return [{ role: "canary", version: canary.version, uri: canary.uri, percent: 100 }];
  return [];
}
function perVersion(names, version, key, what) {
  const name = names[version];
  if (name === void 0 || name === "")
    throw new ConfigError(
      `${key} names no ${what} for version ${version}, which the registry serves`,
      void 0,
      `add it to the manifest: ${key}: { "${version}": ... }`
    );
  return name;
}

// src/platforms/azure.ts
var KEY = "deploy.azure.deployments";
var SCHEMA = "https://azuremlschemas.azureedge.net/latest/managedOnlineEndpoint.schema.json";
var ENDPOINT_NAME = /^[a-zA-Z]([-a-zA-Z0-9]{1,30}[a-zA-Z0-9])$/;
function renderAzure(input, s) {
  if (!ENDPOINT_NAME.test(s.endpoint))
    throw new ConfigError(
      `Azure ML cannot name an online endpoint ${JSON.stringify(s.endpoint)}`,
      void 0,
      "set deploy.azure.endpoint to 3 to 32 letters, digits and hyphens, starting with a letter and not ending with a hyphen"
    );
  const traffic = {};
  for (const share of trafficShares(input)) {
    const deployment = perVersion(s.deployments, share.version, KEY, "deployment");
    if (deployment in traffic)
      throw new ConfigError(
        `${KEY} gives two served versions the deployment ${deployment}`,
        void 0,
        "give each version a deployment of its own (blue and green, say)"
      );
    traffic[deployment] = share.percent;
  }
  const endpoint = {
    $schema: SCHEMA,
    name: s.endpoint,
    auth_mode: s.auth_mode ?? "key",
    traffic
  };
  const cliTraffic = Object.entries(traffic).map(([deployment, percent]) => `${deployment}=${percent}`).join(" ");
  return {
    endpoint,
    rendering: {
      platform: "azure",
      files: [{ name: "azure/online-endpoint.yaml", content: (0, import_yaml.stringify)(endpoint) }],
      outputs: {
        "azure-endpoint": s.endpoint,
        "azure-traffic": cliTraffic
      }
    }
  };
}

// src/platforms/kserve.ts
var import_yaml2 = __toESM(require_dist(), 1);
var DNS_1035_LABEL = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
function renderKServe(input, s) {
  const name = s.name ?? input.model;
  if (!DNS_1035_LABEL.test(name))
    throw new ConfigError(
      `KServe cannot name an InferenceService ${JSON.stringify(name)}: it must be a DNS label (RFC 1035)`,
      void 0,
      "set deploy.kserve.name to 1 to 63 lowercase letters, digits and hyphens, starting with a letter"
    );
  const shares = trafficShares(input);
  const latest = shares.find((x) => x.role === "canary") ?? shares[0];
  if (!latest)
    throw new ConfigError(
      `no stage of ${input.model} serves a version to KServe`,
      void 0,
      "promote a version to canary or production first"
    );
  const splitting = shares.length === 2;
  const resource = {
    apiVersion: "serving.kserve.io/v1beta1",
    kind: "InferenceService",
    metadata: {
      name,
      ...s.namespace && { namespace: s.namespace },
      labels: { "app.kubernetes.io/managed-by": "modelgate", "modelgate/version": latest.version }
    },
    spec: {
      predictor: {
        ...splitting && { canaryTrafficPercent: latest.percent },
        ...s.service_account_name && { serviceAccountName: s.service_account_name },
        model: {
          modelFormat: {
            name: s.model_format,
            ...s.model_format_version && { version: s.model_format_version }
          },
          ...s.runtime && { runtime: s.runtime },
          ...s.protocol_version && { protocolVersion: s.protocol_version },
          storageUri: latest.uri
        }
      }
    }
  };
  return {
    resource,
    rendering: {
      platform: "kserve",
      files: [{ name: "kserve/inferenceservice.yaml", content: (0, import_yaml2.stringify)(resource) }],
      outputs: {
        "kserve-storage-uri": latest.uri,
        "kserve-canary-traffic-percent": String(splitting ? latest.percent : 100)
      }
    }
  };
}

// src/platforms/sagemaker.ts
var NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
var CONFIG_DIGEST_CHARS = 12;
function sageMakerModelName(prefix, version) {
  return `${prefix}-${version.replace(/[^a-zA-Z0-9]/g, "-")}`;
}
function checkName(name, what, key) {
  if (!NAME.test(name))
    throw new ConfigError(
      `SageMaker cannot name ${what} ${JSON.stringify(name)} (from ${key})`,
      void 0,
      `change ${key}: SageMaker names are 1 to 63 letters, digits and hyphens, starting and ending with a letter or digit`
    );
  return name;
}
function renderSageMaker(input, s) {
  const endpointName = checkName(s.endpoint, "an endpoint", "deploy.sagemaker.endpoint");
  const prefix = s.model_prefix ?? input.model;
  const shares = trafficShares(input);
  const models = shares.map(({ version, uri }) => {
    const name = checkName(
      sageMakerModelName(prefix, version),
      "a model",
      "deploy.sagemaker.model_prefix"
    );
    return {
      name,
      version,
      ...s.image && s.execution_role_arn && { create: createModel(name, version, uri, s) }
    };
  });
  if (models.length === 2 && models[0].name === models[1].name)
    throw new ConfigError(
      `versions ${models[0].version} and ${models[1].version} would both be the SageMaker model ${models[0].name}`,
      void 0,
      "SageMaker model names keep only letters and digits of a version: promote a version whose name differs in those"
    );
  const variants = shares.map((share, i) => ({
    VariantName: share.role,
    ModelName: models[i].name,
    // SageMaker checks the type; the SDK's list of types lags behind the instances it offers.
    InstanceType: s.instance_type,
    InitialInstanceCount: s.initial_instance_count ?? 1,
    InitialVariantWeight: share.percent
  }));
  const digest = sha256Bytes(canonicalJson({ endpointName, variants })).slice(
    0,
    CONFIG_DIGEST_CHARS
  );
  const endpointConfig = {
    EndpointConfigName: `${endpointName.slice(0, 63 - CONFIG_DIGEST_CHARS - 1)}-${digest}`,
    ProductionVariants: variants
  };
  const weights = {
    EndpointName: endpointName,
    // No DesiredInstanceCount: a weight step must not undo what autoscaling chose.
    DesiredWeightsAndCapacities: variants.map((v) => ({
      VariantName: v.VariantName,
      DesiredWeight: v.InitialVariantWeight
    }))
  };
  const plan = { endpointName, models, endpointConfig, weights };
  return {
    plan,
    rendering: {
      platform: "sagemaker",
      files: [
        {
          name: "sagemaker/endpoint-config.json",
          content: `${JSON.stringify(endpointConfig, null, 2)}
`
        },
        {
          name: "sagemaker/endpoint-weights.json",
          content: `${JSON.stringify(weights, null, 2)}
`
        }
      ],
      outputs: {
        "sagemaker-endpoint": endpointName,
        "sagemaker-endpoint-config": endpointConfig.EndpointConfigName
      }
    }
  };
}
function createModel(name, version, uri, s) {
  if (!uri.startsWith("s3://"))
    throw new ConfigError(
      `SageMaker reads model data from S3 only, and version ${version} is at ${uri}`,
      void 0,
      "use an s3:// registry, or create the model yourself and drop deploy.sagemaker.image"
    );
  return {
    ModelName: name,
    ExecutionRoleArn: s.execution_role_arn,
    PrimaryContainer: { Image: s.image, ModelDataUrl: uri }
  };
}

// src/platforms/vertex.ts
var DEPLOYED_MODEL_ID = /^[0-9]+$/;
var KEY2 = "deploy.vertex.deployed_models";
function renderVertex(input, s) {
  const trafficSplit = {};
  for (const share of trafficShares(input)) {
    const id = perVersion(s.deployed_models, share.version, KEY2, "deployed model ID");
    if (!DEPLOYED_MODEL_ID.test(id))
      throw new ConfigError(
        `${KEY2} gives version ${share.version} the ID ${JSON.stringify(id)}, and Vertex AI's deployed model IDs are digits`,
        void 0,
        "copy the ID from `gcloud ai endpoints describe` (deployedModels[].id)"
      );
    if (id in trafficSplit)
      throw new ConfigError(
        `${KEY2} gives two served versions the deployed model ID ${id}`,
        void 0,
        "give each version the ID of its own deployment"
      );
    trafficSplit[id] = share.percent;
  }
  const name = `projects/${s.project}/locations/${s.location}/endpoints/${s.endpoint}`;
  const patch = { name, updateMask: "trafficSplit", body: { trafficSplit } };
  const gcloud = Object.entries(trafficSplit).map(([id, percent]) => `${id}=${percent}`).join(",");
  return {
    patch,
    rendering: {
      platform: "vertex",
      files: [
        { name: "vertex/endpoint-traffic.json", content: `${JSON.stringify(patch, null, 2)}
` }
      ],
      outputs: { "vertex-endpoint": name, "vertex-traffic-split": gcloud }
    }
  };
}

// src/platforms/index.ts
function platformInput(state, uriOf, settings) {
  const { production, canary } = state.stages;
  return {
    model: state.model,
    ...production && {
      production: { version: production.version, uri: uriOf(production.version) }
    },
    ...canary && {
      canary: { version: canary.version, uri: uriOf(canary.version), weight: canary.weight ?? 0 }
    },
    settings
  };
}
function renderAll(input) {
  if (trafficShares(input).length === 0) return [];
  const { kserve, sagemaker, vertex, azure } = input.settings;
  return [
    kserve && renderKServe(input, kserve).rendering,
    sagemaker && renderSageMaker(input, sagemaker).rendering,
    vertex && renderVertex(input, vertex).rendering,
    azure && renderAzure(input, azure).rendering
  ].filter((r) => r !== void 0);
}

// src/commands/handoff.ts
var DEFAULT_OUT = ".modelgate/deploy";
var PLATFORMS = ["kserve", "sagemaker", "vertex", "azure"];
function configured(m) {
  return PLATFORMS.filter((p) => m.deploy?.[p] !== void 0);
}
function deployRuns(m, stage) {
  return m.deploy?.hook !== void 0 || stage !== "staging" && configured(m).length > 0;
}
function fileOutput(file) {
  return `${file.name.replace(/\.[^./]+$/, "").replace(/\//g, "-")}-file`;
}
function handoffVars(handoffs) {
  const vars = {};
  for (const h of handoffs) {
    for (const [name, value] of Object.entries(h.outputs))
      vars[`MODELGATE_${name.toUpperCase().replace(/-/g, "_")}`] = value;
    if (h.servesNothing) vars[`MODELGATE_${h.platform.toUpperCase()}_SERVES_NOTHING`] = "true";
  }
  return vars;
}
function handoffOutputs(reports) {
  const outputs = {};
  for (const name of HANDOFF_OUTPUTS) {
    const values = reports.flatMap(
      (r) => (r.handoff ?? []).flatMap((h) => name in h.outputs ? [h.outputs[name]] : [])
    );
    if (values.length > 0) outputs[name] = values.join("\n");
  }
  return outputs;
}
async function handOff(loaded, registry, report) {
  const { model, stage } = report;
  const d = loaded.manifest.deploy;
  const platforms = stage === "staging" ? [] : configured(loaded.manifest);
  if (!d || platforms.length === 0) return [];
  const state = await registry.state(model);
  const modelUri = await modelUris(loaded.manifest, registry, state);
  const readers = modelUriReaders(d);
  const out = resolve2(loaded.dir, d.out ?? DEFAULT_OUT, model);
  const planned = platforms.map((platform) => {
    const h = { platform, files: [], outputs: {} };
    try {
      const uriOf = readers.includes(platform) ? (v) => modelUri(v, platform) : (v) => registry.versionUri(model, v);
      let input = platformInput(state, uriOf, { [platform]: d[platform] });
      if (platform === "kserve" && report.command === "rollback" && stage === "production" && input.canary) {
        input = { ...input, canary: void 0 };
        h.note = `KServe rolls out one revision at a time: production ${input.production?.version} is rendered at 100 % and the canary left out until its next step`;
      }
      return { h, input, rendering: renderAll(input)[0] };
    } catch (err) {
      if (!(err instanceof ModelgateError)) throw err;
      h.error = describeError(err);
      return { h, input: void 0, rendering: void 0 };
    }
  });
  const failed = planned.filter((p) => p.h.error !== void 0).map((p) => p.h.platform);
  if (failed.length > 0) {
    for (const p of planned)
      p.h.error ??= `not written: the ${failed.join(" and ")} hand-off could not be rendered, and the platforms' files are written together or not at all`;
    return planned.map((p) => p.h);
  }
  try {
    for (const p of PLATFORMS) if (!platforms.includes(p)) await removeFolder(join2(out, p));
    for (const { h, rendering } of planned) {
      if (!rendering) {
        await removeFolder(join2(out, h.platform));
        h.servesNothing = true;
        h.note = `nothing is served now: modelgate removes no ${h.platform} resource; take it down if it should stop serving`;
        continue;
      }
      const files = await writeFiles(out, rendering.files);
      h.files = files;
      h.outputs = {
        ...rendering.outputs,
        ...Object.fromEntries(rendering.files.map((f, i) => [fileOutput(f), files[i]]))
      };
    }
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    for (const { h } of planned) h.error ??= describeError(err);
    return planned.map((p) => p.h);
  }
  for (const { h, input, rendering } of planned) {
    if (h.platform !== "sagemaker" || !d.sagemaker?.apply || !input || !rendering) continue;
    try {
      const { applySageMaker, sageMakerClient } = await import("./sagemaker-apply-X6HO3LI5.js");
      h.applied = await applySageMaker(
        sageMakerClient(d.sagemaker),
        renderSageMaker(input, d.sagemaker).plan
      );
      h.outputs["sagemaker-endpoint-config"] = h.applied.endpointConfigName;
    } catch (err) {
      if (!(err instanceof ModelgateError)) throw err;
      h.error = describeError(err);
    }
  }
  return planned.map((p) => p.h);
}
async function modelUris(m, registry, state) {
  const template = m.deploy?.storage_uri;
  if (template !== void 0) return (version) => expandStorageUri(template, state.model, version);
  const blobs = /* @__PURE__ */ new Map();
  for (const s of [state.stages.production, state.stages.canary])
    if (s && !blobs.has(s.version)) {
      const record = await registry.publishedVersion(state.model, s.version);
      blobs.set(
        s.version,
        (record?.artifacts ?? []).map((a) => registry.blobUri(a.sha256))
      );
    }
  return (version, platform) => {
    const uris = blobs.get(version) ?? [];
    if (uris.length !== 1)
      throw new ConfigError(
        `deploy.${platform} needs deploy.storage_uri: version ${version} has ${uris.length} artifacts, and the registry keeps each as a blob of its own`,
        void 0,
        "set deploy.storage_uri to where the version's model files are, e.g. s3://models/{{model}}/{{version}}/"
      );
    return uris[0];
  };
}
async function removeFolder(path) {
  try {
    await rm(path, { recursive: true, force: true });
  } catch (err) {
    throw new InfraError(
      `cannot remove the hand-off folder ${path}: ${err.message}`,
      "make deploy.out a folder this job may write to"
    );
  }
}
async function writeFiles(out, files) {
  const paths = [];
  for (const f of files) {
    const path = join2(out, f.name);
    const tmp = `${path}.modelgate-${process.pid}-${randomBytes4(4).toString("hex")}`;
    try {
      await mkdir2(dirname2(path), { recursive: true });
      await writeFile(tmp, f.content);
      await rename3(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true }).catch(() => void 0);
      throw new InfraError(
        `cannot write the hand-off file ${path}: ${err.message}`,
        "make deploy.out a folder this job may write to"
      );
    }
    paths.push(path);
  }
  return paths;
}

// src/commands/registry-access.ts
import { hostname as hostname2, userInfo } from "node:os";

// src/registry/stores/lazy.ts
var LazyStore = class {
  constructor(load, uri) {
    this.load = load;
    this.uri = uri;
  }
  load;
  uri;
  store;
  impl() {
    return this.store ??= this.load();
  }
  uriOf(key) {
    return this.uri(key);
  }
  async create(key, body) {
    return (await this.impl()).create(key, body);
  }
  async put(key, body) {
    return (await this.impl()).put(key, body);
  }
  async get(key) {
    return (await this.impl()).get(key);
  }
  async exists(key) {
    return (await this.impl()).exists(key);
  }
  async list(prefix, startAfter) {
    return (await this.impl()).list(prefix, startAfter);
  }
  async check(key, expect) {
    return (await this.impl()).check(key, expect);
  }
  async upload(key, file, expect) {
    return (await this.impl()).upload(key, file, expect);
  }
  async read(key) {
    return (await this.impl()).read(key);
  }
  async cleanup(opts) {
    return (await this.impl()).cleanup(opts);
  }
};

// src/registry/open.ts
function openRegistry(location, store, opts) {
  if (location.kind === "file") return new Registry(new FileStore(location.dir), opts);
  const { bucket, prefix } = location;
  const s3 = new LazyStore(
    async () => {
      const { S3Store } = await import("./s3-MIRSJWRE.js");
      return new S3Store({
        bucket,
        prefix,
        endpoint: store.s3Endpoint,
        sse: store.sse,
        kmsKeyId: store.sseKmsKeyId
      });
    },
    (key) => `s3://${bucket}/${prefix ? `${prefix}/${key}` : key}`
  );
  return new Registry(s3, opts);
}

// src/registry/uri.ts
import { isAbsolute, resolve as resolve3 } from "node:path";
var BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
var FORMS = "file://DIR (e.g. file://.modelgate/registry) or s3://BUCKET/PREFIX";
function parseRegistryUri(uri, cwd) {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(uri.trim());
  if (!m) {
    throw new UsageError(
      `--registry ${JSON.stringify(uri)} is not a registry URI`,
      `write ${FORMS}${uri && !uri.includes(":") ? `; did you mean file://${uri}?` : ""}`
    );
  }
  const scheme = m[1].toLowerCase();
  const rest = m[2];
  if (scheme === "file") {
    if (rest === "" || rest.includes("\0"))
      throw new UsageError(`--registry ${uri} names no folder`, `write ${FORMS}`);
    return { kind: "file", dir: isAbsolute(rest) ? rest : resolve3(cwd, rest) };
  }
  if (scheme === "s3") {
    const [bucket = "", ...parts] = rest.split("/");
    if (bucket.includes("@"))
      throw new UsageError(
        `--registry s3://\u2026@${bucket.slice(bucket.lastIndexOf("@") + 1)}/\u2026: credentials do not belong in the registry URI (the part before @ is not shown)`,
        "remove them; the AWS SDK reads credentials from the environment, a profile or OIDC"
      );
    if (!BUCKET.test(bucket)) {
      throw new UsageError(
        `--registry ${uri}: ${JSON.stringify(bucket)} is not a valid S3 bucket name`,
        "bucket names have 3 to 63 lowercase letters, digits, dots and hyphens"
      );
    }
    const segments = parts.filter((p) => p !== "");
    if (segments.some((p) => p === "." || p === "..")) {
      throw new UsageError(`--registry ${uri}: the prefix must not contain . or .. segments`);
    }
    return { kind: "s3", bucket, prefix: segments.join("/") };
  }
  throw new UsageError(`--registry ${uri}: unsupported scheme ${scheme}://`, `write ${FORMS}`);
}

// src/commands/registry-access.ts
var singleWriterOption = {
  name: "single-writer",
  kind: "boolean",
  description: "Declare that one run at a time writes to the registry (a workflow `concurrency:` group), so that a store without conditional writes may be used."
};
var sseOption = {
  name: "sse",
  kind: "string",
  placeholder: "MODE",
  choices: ["AES256", "aws:kms"],
  description: "S3 server-side encryption of everything written."
};
var sseKmsKeyIdOption = {
  name: "sse-kms-key-id",
  kind: "string",
  placeholder: "KEY",
  description: "KMS key id or ARN for --sse aws:kms (default: the bucket's AWS managed key)."
};
var registryOptions = [
  registryOption,
  s3EndpointOption,
  singleWriterOption,
  sseOption,
  sseKmsKeyIdOption
];
function openRegistryFor(inv, ctx) {
  const sse = stringOption(inv, "sse");
  const sseKmsKeyId = stringOption(inv, "sse-kms-key-id");
  if (sseKmsKeyId && sse !== "aws:kms")
    throw new UsageError("--sse-kms-key-id needs --sse aws:kms");
  const location = parseRegistryUri(requireString(inv, "registry"), ctx.cwd);
  if (location.kind === "file" && (sse || stringOption(inv, "s3-endpoint"))) {
    throw new UsageError(
      "--sse and --s3-endpoint apply to an s3:// registry only",
      `--registry is ${stringOption(inv, "registry")}`
    );
  }
  return openRegistry(
    location,
    { s3Endpoint: stringOption(inv, "s3-endpoint"), sse, sseKmsKeyId },
    { singleWriter: booleanOption(inv, "single-writer"), warn: (m) => ctx.log.warn(m) }
  );
}
function provenance(ctx) {
  const ci = ctx.ci;
  if (ci)
    return {
      actor: ci.actor,
      ...ci.runUrl ? { runUrl: ci.runUrl } : {},
      ...ci.sha ? { sha: ci.sha } : {},
      ...ctx.step ? { step: ctx.step } : {},
      at: (/* @__PURE__ */ new Date()).toISOString()
    };
  return {
    actor: `${localUser()}@${hostname2()}`,
    ...ctx.step ? { step: ctx.step } : {},
    at: (/* @__PURE__ */ new Date()).toISOString()
  };
}
function localUser() {
  try {
    return userInfo().username;
  } catch {
    return `uid-${process.getuid?.() ?? "unknown"}`;
  }
}
async function loadManifests(inv, ctx) {
  const out = [];
  for (const file of await selectManifests(requireString(inv, "manifest"), ctx.cwd)) {
    const r = await loadManifest(file, { cwd: ctx.cwd, root: stringOption(inv, "root") });
    const errors = r.findings.filter((f) => f.severity === "error");
    if (!r.loaded || errors.length) {
      throw new ConfigError(
        `manifest ${r.shown} has errors:
${errors.map((f) => `  ${formatFinding(f)}`).join("\n")}`,
        r.shown,
        `modelgate validate --manifest ${r.shown}`
      );
    }
    out.push(r.loaded);
  }
  return out;
}
function transitionOutcome(reports) {
  const failed = reports.some(transitionFailed);
  const report = transitionReportModel(reports);
  const join3 = (f) => reports.map((r) => String(f(r) ?? "")).join(",");
  return {
    exitCode: failed ? 1 : 0,
    verdict: failed ? "fail" : "pass",
    json: { verdict: failed ? "fail" : "pass", models: reports },
    text: renderTransitionText(reports),
    markdown: renderReport(report),
    report,
    outputs: {
      verdict: failed ? "fail" : "pass",
      model: join3((r) => r.model),
      version: join3((r) => r.version),
      // A refused move leaves the version where it was: name no stage it did not reach.
      stage: join3((r) => r.status === "refused" ? "" : r.stage),
      "canary-weight": join3((r) => r.canaryWeight),
      "previous-version": join3((r) => r.previous),
      "artifact-uri": join3((r) => r.uri),
      ...handoffOutputs(reports)
    },
    findings: []
  };
}
function validationEvidence(m) {
  return {
    verdict: m.verdict,
    artifacts: m.artifacts.filter((a) => a.sha256).map((a) => ({ path: a.path, sha256: a.sha256 })),
    details: {
      manifest: m.manifest,
      findings: [...m.findings, ...m.artifacts.flatMap((a) => a.findings)].map((f) => ({
        severity: f.severity,
        rule: f.rule,
        message: f.message
      })),
      artifacts: m.artifacts.map((a) => ({
        path: a.path,
        format: a.format,
        size: a.size,
        verdict: a.verdict
      }))
    }
  };
}
var recordOption = {
  name: "record",
  kind: "boolean",
  description: "Store the result in the registry as evidence for this version (what promote --to staging checks)."
};
async function recordValidation(report, inv, ctx) {
  const registry = openRegistryFor(inv, ctx);
  for (const m of report.models) {
    if (!m.model || !m.version) continue;
    const r = await recordEvidence(registry, m.model, m.version, "validate", {
      ...validationEvidence(m),
      recorded: provenance(ctx)
    });
    ctx.log.info(
      `${r.created ? "recorded" : "already recorded"} ${m.verdict} validate evidence for ${m.model} ${m.version}: ${r.uri}`
    );
  }
}

export {
  require_compare,
  STAGES,
  checkModelName,
  checkVersion,
  recordDigest,
  sameDigests,
  recordEvidence,
  productionBaseline,
  stageBlob,
  keys,
  makeDirs,
  renderPublishText,
  renderTransitionText,
  renderStatusText,
  renderStatusMarkdown,
  renderHistoryText,
  renderHistoryMarkdown,
  publishReportModel,
  transitionReportModel,
  deployRuns,
  handoffVars,
  handoffOutputs,
  handOff,
  registryOptions,
  openRegistryFor,
  provenance,
  loadManifests,
  transitionOutcome,
  validationEvidence,
  recordOption,
  recordValidation
};
