#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  rollBack
} from "./chunk-G3JFPIMU.js";
import "./chunk-4DWQOWX3.js";
import "./chunk-7QX6YQWG.js";
import {
  refuseRegistryWrite
} from "./chunk-MQ6TPFFP.js";
import {
  checkVersion,
  handoffOutputs,
  loadManifests,
  openRegistryFor,
  provenance,
  recordEvidence,
  registryOptions,
  renderTransitionText,
  transitionReportModel
} from "./chunk-Y5WLGIWN.js";
import "./chunk-WLW7VUCT.js";
import {
  seconds
} from "./chunk-OHNIFULL.js";
import {
  jsonOption,
  manifestOption,
  rootOption
} from "./chunk-LXE4QNPC.js";
import {
  renderReport
} from "./chunk-QZE4DUBB.js";
import "./chunk-PJPDOYQZ.js";
import {
  cell
} from "./chunk-BEQKABMV.js";
import {
  booleanOption,
  requireString,
  stringOption
} from "./chunk-U2HG4TZY.js";
import "./chunk-KS5MAWVZ.js";
import "./chunk-4OFAA5JN.js";
import "./chunk-LNSTQQSX.js";
import {
  ConfigError,
  GateError,
  ModelgateError,
  UsageError,
  describeError
} from "./chunk-HVXGMGJV.js";
import {
  __commonJS,
  __toESM
} from "./chunk-WJXHPGZE.js";

// node_modules/@stdlib/utils-define-property/lib/define_property.js
var require_define_property = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/define_property.js"(exports, module) {
    "use strict";
    var main = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js
var require_has_define_property_support = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js"(exports, module) {
    "use strict";
    var defineProperty = require_define_property();
    function hasDefinePropertySupport() {
      try {
        defineProperty({}, "x", {});
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = hasDefinePropertySupport;
  }
});

// node_modules/@stdlib/utils-define-property/lib/builtin.js
var require_builtin = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/builtin.js"(exports, module) {
    "use strict";
    var defineProperty = Object.defineProperty;
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js
var require_is_number = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js"(exports, module) {
    "use strict";
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js
var require_zero_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js"(exports, module) {
    "use strict";
    function startsWithMinus(str) {
      return str[0] === "-";
    }
    function zeros(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += "0";
      }
      return out;
    }
    function zeroPad(str, width, right) {
      var negative = false;
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      if (startsWithMinus(str)) {
        negative = true;
        str = str.substr(1);
      }
      str = right ? str + zeros(pad) : zeros(pad) + str;
      if (negative) {
        str = "-" + str;
      }
      return str;
    }
    module.exports = zeroPad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js
var require_format_integer = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var zeroPad = require_zero_pad();
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    function formatInteger(token) {
      var base;
      var out;
      var i;
      switch (token.specifier) {
        case "b":
          base = 2;
          break;
        case "o":
          base = 8;
          break;
        case "x":
        case "X":
          base = 16;
          break;
        case "d":
        case "i":
        case "u":
        default:
          base = 10;
          break;
      }
      out = token.arg;
      i = parseInt(out, 10);
      if (!isFinite(i)) {
        if (!isNumber(out)) {
          throw new Error("invalid integer. Value: " + out);
        }
        i = 0;
      }
      if (i < 0 && (token.specifier === "u" || base !== 10)) {
        i = 4294967295 + i + 1;
      }
      if (i < 0) {
        out = (-i).toString(base);
        if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        out = "-" + out;
      } else {
        out = i.toString(base);
        if (!i && !token.precision) {
          out = "";
        } else if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        if (token.sign) {
          out = token.sign + out;
        }
      }
      if (base === 16) {
        if (token.alternate) {
          out = "0x" + out;
        }
        out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      }
      if (base === 8) {
        if (token.alternate && out.charAt(0) !== "0") {
          out = "0" + out;
        }
      }
      return out;
    }
    module.exports = formatInteger;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js
var require_is_string = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js
var require_format_double = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js"(exports, module) {
    "use strict";
    var abs = Math.abs;
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    var replace = String.prototype.replace;
    var RE_EXP_POS_DIGITS = /e\+(\d)$/;
    var RE_EXP_NEG_DIGITS = /e-(\d)$/;
    var RE_ONLY_DIGITS = /^(\d+)$/;
    var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
    var RE_TRAILING_PERIOD_ZERO = /\.0$/;
    var RE_PERIOD_ZERO_EXP = /\.0*e/;
    var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
    function formatDouble(f, token) {
      var digits;
      var out;
      switch (token.specifier) {
        case "e":
        case "E":
          out = f.toExponential(token.precision);
          break;
        case "f":
        case "F":
          out = f.toFixed(token.precision);
          break;
        case "g":
        case "G":
          if (abs(f) < 1e-4) {
            digits = token.precision;
            if (digits > 0) {
              digits -= 1;
            }
            out = f.toExponential(digits);
          } else {
            out = f.toPrecision(token.precision);
          }
          if (!token.alternate) {
            out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
            out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
            out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
          }
          break;
        default:
          throw new Error("invalid double notation. Value: " + token.specifier);
      }
      out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
      out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
      if (token.alternate) {
        out = replace.call(out, RE_ONLY_DIGITS, "$1.");
        out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
      }
      if (f >= 0 && token.sign) {
        out = token.sign + out;
      }
      out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      return out;
    }
    module.exports = formatDouble;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js
var require_space_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js"(exports, module) {
    "use strict";
    function spaces(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += " ";
      }
      return out;
    }
    function spacePad(str, width, right) {
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      str = right ? str + spaces(pad) : spaces(pad) + str;
      return str;
    }
    module.exports = spacePad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/main.js"(exports, module) {
    "use strict";
    var formatInteger = require_format_integer();
    var isString = require_is_string();
    var isNumber = require_is_number();
    var formatDouble = require_format_double();
    var spacePad = require_space_pad();
    var zeroPad = require_zero_pad();
    var fromCharCode = String.fromCharCode;
    var isArray = Array.isArray;
    function isnan(value) {
      return value !== value;
    }
    function initialize(token) {
      var out = {};
      out.specifier = token.specifier;
      out.precision = token.precision === void 0 ? 1 : token.precision;
      out.width = token.width;
      out.flags = token.flags || "";
      out.mapping = token.mapping;
      return out;
    }
    function formatInterpolate(tokens) {
      var hasPeriod;
      var flags;
      var token;
      var flag;
      var num2;
      var out;
      var pos;
      var f;
      var i;
      var j;
      if (!isArray(tokens)) {
        throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
      }
      out = "";
      pos = 1;
      for (i = 0; i < tokens.length; i++) {
        token = tokens[i];
        if (isString(token)) {
          out += token;
        } else {
          hasPeriod = token.precision !== void 0;
          token = initialize(token);
          if (!token.specifier) {
            throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
          }
          if (token.mapping) {
            pos = token.mapping;
          }
          flags = token.flags;
          for (j = 0; j < flags.length; j++) {
            flag = flags.charAt(j);
            switch (flag) {
              case " ":
                token.sign = " ";
                break;
              case "+":
                token.sign = "+";
                break;
              case "-":
                token.padRight = true;
                token.padZeros = false;
                break;
              case "0":
                token.padZeros = flags.indexOf("-") < 0;
                break;
              case "#":
                token.alternate = true;
                break;
              default:
                throw new Error("invalid flag: " + flag);
            }
          }
          if (token.width === "*") {
            token.width = parseInt(arguments[pos], 10);
            pos += 1;
            if (isnan(token.width)) {
              throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
            }
            if (token.width < 0) {
              token.padRight = true;
              token.width = -token.width;
            }
          }
          if (hasPeriod) {
            if (token.precision === "*") {
              token.precision = parseInt(arguments[pos], 10);
              pos += 1;
              if (isnan(token.precision)) {
                throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
              }
              if (token.precision < 0) {
                token.precision = 1;
                hasPeriod = false;
              }
            }
          }
          token.arg = arguments[pos];
          switch (token.specifier) {
            case "b":
            case "o":
            case "x":
            case "X":
            case "d":
            case "i":
            case "u":
              if (hasPeriod) {
                token.padZeros = false;
              }
              token.arg = formatInteger(token);
              break;
            case "s":
              token.maxWidth = hasPeriod ? token.precision : -1;
              token.arg = String(token.arg);
              break;
            case "c":
              if (!isnan(token.arg)) {
                num2 = parseInt(token.arg, 10);
                if (num2 < 0 || num2 > 127) {
                  throw new Error("invalid character code. Value: " + token.arg);
                }
                token.arg = isnan(num2) ? String(token.arg) : fromCharCode(num2);
              }
              break;
            case "e":
            case "E":
            case "f":
            case "F":
            case "g":
            case "G":
              if (!hasPeriod) {
                token.precision = 6;
              }
              f = parseFloat(token.arg);
              if (!isFinite(f)) {
                if (!isNumber(token.arg)) {
                  throw new Error("invalid floating-point number. Value: " + out);
                }
                f = token.arg;
                token.padZeros = false;
              }
              token.arg = formatDouble(f, token);
              break;
            default:
              throw new Error("invalid specifier: " + token.specifier);
          }
          if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) {
            token.arg = token.arg.substring(0, token.maxWidth);
          }
          if (token.padZeros) {
            token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
          } else if (token.width) {
            token.arg = spacePad(token.arg, token.width, token.padRight);
          }
          out += token.arg || "";
          pos += 1;
        }
      }
      return out;
    }
    module.exports = formatInterpolate;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/index.js
var require_lib = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/main.js"(exports, module) {
    "use strict";
    var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
    function parse(match) {
      var token = {
        "mapping": match[1] ? parseInt(match[1], 10) : void 0,
        "flags": match[2],
        "width": match[3],
        "precision": match[5],
        "specifier": match[6]
      };
      if (match[4] === "." && match[5] === void 0) {
        token.precision = "1";
      }
      return token;
    }
    function formatTokenize(str) {
      var content;
      var tokens;
      var match;
      var prev;
      tokens = [];
      prev = 0;
      match = RE.exec(str);
      while (match) {
        content = str.slice(prev, RE.lastIndex - match[0].length);
        if (content.length) {
          tokens.push(content);
        }
        if (match[6] === "%") {
          tokens.push("%");
        } else {
          tokens.push(parse(match));
        }
        prev = RE.lastIndex;
        match = RE.exec(str);
      }
      content = str.slice(prev);
      if (content.length) {
        tokens.push(content);
      }
      return tokens;
    }
    module.exports = formatTokenize;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main2();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-format/lib/is_string.js
var require_is_string2 = __commonJS({
  "node_modules/@stdlib/string-format/lib/is_string.js"(exports, module) {
    "use strict";
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-format/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/main.js"(exports, module) {
    "use strict";
    var interpolate = require_lib();
    var tokenize = require_lib2();
    var isString = require_is_string2();
    function format(str) {
      var args;
      var i;
      if (!isString(str)) {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
      }
      args = [tokenize(str)];
      for (i = 1; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return interpolate.apply(null, args);
    }
    module.exports = format;
  }
});

// node_modules/@stdlib/string-format/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main3();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/polyfill.js
var require_polyfill = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/polyfill.js"(exports, module) {
    "use strict";
    var format = require_lib3();
    var objectProtoype = Object.prototype;
    var toStr = objectProtoype.toString;
    var defineGetter = objectProtoype.__defineGetter__;
    var defineSetter = objectProtoype.__defineSetter__;
    var lookupGetter = objectProtoype.__lookupGetter__;
    var lookupSetter = objectProtoype.__lookupSetter__;
    function defineProperty(obj, prop, descriptor) {
      var prototype;
      var hasValue;
      var hasGet;
      var hasSet;
      if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") {
        throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
      }
      if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") {
        throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
      }
      hasValue = "value" in descriptor;
      if (hasValue) {
        if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
          prototype = obj.__proto__;
          obj.__proto__ = objectProtoype;
          delete obj[prop];
          obj[prop] = descriptor.value;
          obj.__proto__ = prototype;
        } else {
          obj[prop] = descriptor.value;
        }
      }
      hasGet = "get" in descriptor;
      hasSet = "set" in descriptor;
      if (hasValue && (hasGet || hasSet)) {
        throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
      }
      if (hasGet && defineGetter) {
        defineGetter.call(obj, prop, descriptor.get);
      }
      if (hasSet && defineSetter) {
        defineSetter.call(obj, prop, descriptor.set);
      }
      return obj;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-property/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/index.js"(exports, module) {
    "use strict";
    var hasDefinePropertySupport = require_has_define_property_support();
    var builtin = require_builtin();
    var polyfill = require_polyfill();
    var defineProperty;
    if (hasDefinePropertySupport()) {
      defineProperty = builtin;
    } else {
      defineProperty = polyfill;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    var defineProperty = require_lib4();
    function setNonEnumerableReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "writable": false,
        "value": value
      });
    }
    module.exports = setNonEnumerableReadOnly;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main4();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/main.js"(exports, module) {
    "use strict";
    function isnan(x) {
      return x !== x;
    }
    module.exports = isnan;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/index.js
var require_lib6 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main5();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/main.js"(exports, module) {
    "use strict";
    var floor = Math.floor;
    module.exports = floor;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/index.js
var require_lib7 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main6();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ceil/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/math-base-special-ceil/lib/main.js"(exports, module) {
    "use strict";
    var ceil = Math.ceil;
    module.exports = ceil;
  }
});

// node_modules/@stdlib/math-base-special-ceil/lib/index.js
var require_lib8 = __commonJS({
  "node_modules/@stdlib/math-base-special-ceil/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main7();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-trunc/lib/main.js
var require_main8 = __commonJS({
  "node_modules/@stdlib/math-base-special-trunc/lib/main.js"(exports, module) {
    "use strict";
    var floor = require_lib7();
    var ceil = require_lib8();
    function trunc(x) {
      if (x < 0) {
        return ceil(x);
      }
      return floor(x);
    }
    module.exports = trunc;
  }
});

// node_modules/@stdlib/math-base-special-trunc/lib/index.js
var require_lib9 = __commonJS({
  "node_modules/@stdlib/math-base-special-trunc/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main8();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-ctor/lib/main.js
var require_main9 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/main.js"(exports, module) {
    "use strict";
    module.exports = Number;
  }
});

// node_modules/@stdlib/number-ctor/lib/index.js
var require_lib10 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main9();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-ninf/lib/index.js
var require_lib11 = __commonJS({
  "node_modules/@stdlib/constants-float64-ninf/lib/index.js"(exports, module) {
    "use strict";
    var Number2 = require_lib10();
    var FLOAT64_NINF = Number2.NEGATIVE_INFINITY;
    module.exports = FLOAT64_NINF;
  }
});

// node_modules/@stdlib/constants-float64-pinf/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/@stdlib/constants-float64-pinf/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_PINF = Number.POSITIVE_INFINITY;
    module.exports = FLOAT64_PINF;
  }
});

// node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js
var require_lib13 = __commonJS({
  "node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_EXPONENT_BIAS = 1023 | 0;
    module.exports = FLOAT64_EXPONENT_BIAS;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js
var require_lib14 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_BASE2_EXPONENT = 1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js
var require_lib15 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = -1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = -1074 | 0;
    module.exports = FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js
var require_main10 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib12();
    var NINF = require_lib11();
    function isInfinite(x) {
      return x === PINF || x === NINF;
    }
    module.exports = isInfinite;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main10();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js
var require_lib18 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_SIGN_MASK = 2147483648 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_SIGN_MASK;
  }
});

// node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js
var require_lib19 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_ABS_MASK = 2147483647 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_ABS_MASK;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/main.js
var require_main11 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    function hasSymbolSupport() {
      return typeof Symbol === "function" && typeof /* @__PURE__ */ Symbol("foo") === "symbol";
    }
    module.exports = hasSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main11();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js
var require_main12 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js"(exports, module) {
    "use strict";
    var hasSymbols = require_lib20();
    var FLG = hasSymbols();
    function hasToStringTagSupport() {
      return FLG && typeof Symbol.toStringTag === "symbol";
    }
    module.exports = hasToStringTagSupport;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js
var require_lib21 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main12();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostring.js
var require_tostring = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostring.js"(exports, module) {
    "use strict";
    var toStr = Object.prototype.toString;
    module.exports = toStr;
  }
});

// node_modules/@stdlib/utils-native-class/lib/main.js
var require_main13 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/main.js"(exports, module) {
    "use strict";
    var toStr = require_tostring();
    function nativeClass(v) {
      return toStr.call(v);
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/main.js
var require_main14 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/main.js"(exports, module) {
    "use strict";
    var has = Object.prototype.hasOwnProperty;
    function hasOwnProp(value, property) {
      if (value === void 0 || value === null) {
        return false;
      }
      return has.call(value, property);
    }
    module.exports = hasOwnProp;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/index.js
var require_lib22 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main14();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/main.js
var require_main15 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/main.js"(exports, module) {
    "use strict";
    var Sym = typeof Symbol === "function" ? Symbol : void 0;
    module.exports = Sym;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/index.js
var require_lib23 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main15();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostringtag.js
var require_tostringtag = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostringtag.js"(exports, module) {
    "use strict";
    var Symbol2 = require_lib23();
    var toStrTag = typeof Symbol2 === "function" ? Symbol2.toStringTag : "";
    module.exports = toStrTag;
  }
});

// node_modules/@stdlib/utils-native-class/lib/polyfill.js
var require_polyfill2 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/polyfill.js"(exports, module) {
    "use strict";
    var hasOwnProp = require_lib22();
    var toStringTag = require_tostringtag();
    var toStr = require_tostring();
    function nativeClass(v) {
      var isOwn;
      var tag;
      var out;
      if (v === null || v === void 0) {
        return toStr.call(v);
      }
      tag = v[toStringTag];
      isOwn = hasOwnProp(v, toStringTag);
      try {
        v[toStringTag] = void 0;
      } catch (err) {
        return toStr.call(v);
      }
      out = toStr.call(v);
      if (isOwn) {
        v[toStringTag] = tag;
      } else {
        delete v[toStringTag];
      }
      return out;
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/utils-native-class/lib/index.js
var require_lib24 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/index.js"(exports, module) {
    "use strict";
    var hasToStringTag = require_lib21();
    var builtin = require_main13();
    var polyfill = require_polyfill2();
    var main;
    if (hasToStringTag()) {
      main = polyfill;
    } else {
      main = builtin;
    }
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/main.js
var require_main16 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasUint32Array = typeof Uint32Array === "function";
    function isUint32Array(value) {
      return hasUint32Array && value instanceof Uint32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint32Array]";
    }
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/index.js
var require_lib25 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/index.js"(exports, module) {
    "use strict";
    var isUint32Array = require_main16();
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/constants-uint32-max/lib/index.js
var require_lib26 = __commonJS({
  "node_modules/@stdlib/constants-uint32-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT32_MAX = 4294967295;
    module.exports = UINT32_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js
var require_uint32array = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js"(exports, module) {
    "use strict";
    var main = typeof Uint32Array === "function" ? Uint32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/main.js
var require_main17 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint32Array = require_lib25();
    var UINT32_MAX = require_lib26();
    var GlobalUint32Array = require_uint32array();
    function hasUint32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint32Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT32_MAX + 1, UINT32_MAX + 2];
        arr = new GlobalUint32Array(arr);
        bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT32_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/index.js
var require_lib27 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_main17();
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/array-uint32/lib/main.js
var require_main18 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint32Array === "function" ? Uint32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint32/lib/polyfill.js
var require_polyfill3 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint32/lib/index.js
var require_lib28 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/index.js"(exports, module) {
    "use strict";
    var hasUint32ArraySupport = require_lib27();
    var builtin = require_main18();
    var polyfill = require_polyfill3();
    var ctor;
    if (hasUint32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/main.js
var require_main19 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasFloat64Array = typeof Float64Array === "function";
    function isFloat64Array(value) {
      return hasFloat64Array && value instanceof Float64Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float64Array]";
    }
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/index.js
var require_lib29 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/index.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_main19();
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js
var require_float64array = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js"(exports, module) {
    "use strict";
    var main = typeof Float64Array === "function" ? Float64Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/main.js
var require_main20 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/main.js"(exports, module) {
    "use strict";
    var isFloat64Array = require_lib29();
    var GlobalFloat64Array = require_float64array();
    function hasFloat64ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat64Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat64Array([1, 3.14, -3.14, NaN]);
        bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/index.js
var require_lib30 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_main20();
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/array-float64/lib/main.js
var require_main21 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Float64Array === "function" ? Float64Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float64/lib/polyfill.js
var require_polyfill4 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float64/lib/index.js
var require_lib31 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/index.js"(exports, module) {
    "use strict";
    var hasFloat64ArraySupport = require_lib30();
    var builtin = require_main21();
    var polyfill = require_polyfill4();
    var ctor;
    if (hasFloat64ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/main.js
var require_main22 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasUint8Array = typeof Uint8Array === "function";
    function isUint8Array(value) {
      return hasUint8Array && value instanceof Uint8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8Array]";
    }
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/index.js
var require_lib32 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/index.js"(exports, module) {
    "use strict";
    var isUint8Array = require_main22();
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/constants-uint8-max/lib/index.js
var require_lib33 = __commonJS({
  "node_modules/@stdlib/constants-uint8-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT8_MAX = 255 | 0;
    module.exports = UINT8_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js
var require_uint8array = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js"(exports, module) {
    "use strict";
    var main = typeof Uint8Array === "function" ? Uint8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/main.js
var require_main23 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint8Array = require_lib32();
    var UINT8_MAX = require_lib33();
    var GlobalUint8Array = require_uint8array();
    function hasUint8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT8_MAX + 1, UINT8_MAX + 2];
        arr = new GlobalUint8Array(arr);
        bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT8_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/index.js
var require_lib34 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_main23();
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/array-uint8/lib/main.js
var require_main24 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint8Array === "function" ? Uint8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8/lib/polyfill.js
var require_polyfill5 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8/lib/index.js
var require_lib35 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/index.js"(exports, module) {
    "use strict";
    var hasUint8ArraySupport = require_lib34();
    var builtin = require_main24();
    var polyfill = require_polyfill5();
    var ctor;
    if (hasUint8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/main.js
var require_main25 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/main.js"(exports, module) {
    "use strict";
    var nativeClass = require_lib24();
    var hasUint16Array = typeof Uint16Array === "function";
    function isUint16Array(value) {
      return hasUint16Array && value instanceof Uint16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint16Array]";
    }
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/index.js
var require_lib36 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/index.js"(exports, module) {
    "use strict";
    var isUint16Array = require_main25();
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/constants-uint16-max/lib/index.js
var require_lib37 = __commonJS({
  "node_modules/@stdlib/constants-uint16-max/lib/index.js"(exports, module) {
    "use strict";
    var UINT16_MAX = 65535 | 0;
    module.exports = UINT16_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js
var require_uint16array = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js"(exports, module) {
    "use strict";
    var main = typeof Uint16Array === "function" ? Uint16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/main.js
var require_main26 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/main.js"(exports, module) {
    "use strict";
    var isUint16Array = require_lib36();
    var UINT16_MAX = require_lib37();
    var GlobalUint16Array = require_uint16array();
    function hasUint16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint16Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT16_MAX + 1, UINT16_MAX + 2];
        arr = new GlobalUint16Array(arr);
        bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT16_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/index.js
var require_lib38 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_main26();
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/array-uint16/lib/main.js
var require_main27 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/main.js"(exports, module) {
    "use strict";
    var ctor = typeof Uint16Array === "function" ? Uint16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint16/lib/polyfill.js
var require_polyfill6 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/polyfill.js"(exports, module) {
    "use strict";
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint16/lib/index.js
var require_lib39 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/index.js"(exports, module) {
    "use strict";
    var hasUint16ArraySupport = require_lib38();
    var builtin = require_main27();
    var polyfill = require_polyfill6();
    var ctor;
    if (hasUint16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/ctors.js
var require_ctors = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/ctors.js"(exports, module) {
    "use strict";
    var Uint8Array2 = require_lib35();
    var Uint16Array2 = require_lib39();
    var ctors = {
      "uint16": Uint16Array2,
      "uint8": Uint8Array2
    };
    module.exports = ctors;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/main.js
var require_main28 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/main.js"(exports, module) {
    "use strict";
    var ctors = require_ctors();
    var bool;
    function isLittleEndian() {
      var uint16view;
      var uint8view;
      uint16view = new ctors["uint16"](1);
      uint16view[0] = 4660;
      uint8view = new ctors["uint8"](uint16view.buffer);
      return uint8view[0] === 52;
    }
    bool = isLittleEndian();
    module.exports = bool;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/index.js
var require_lib40 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/index.js"(exports, module) {
    "use strict";
    var IS_LITTLE_ENDIAN = require_main28();
    module.exports = IS_LITTLE_ENDIAN;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/indices.js
var require_indices = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/indices.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/assign.js
var require_assign = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/assign.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var indices = require_indices();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function toWords(x, out, stride, offset) {
      FLOAT64_VIEW[0] = x;
      out[offset] = UINT32_VIEW[HIGH];
      out[offset + stride] = UINT32_VIEW[LOW];
      return out;
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/main.js
var require_main29 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/main.js"(exports, module) {
    "use strict";
    var fcn = require_assign();
    function toWords(x) {
      return fcn(x, [0 >>> 0, 0 >>> 0], 1, 0);
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/index.js
var require_lib41 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main29();
    var assign = require_assign();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js
var require_high = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js
var require_main30 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var HIGH = require_high();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function getHighWord(x) {
      FLOAT64_VIEW[0] = x;
      return UINT32_VIEW[HIGH];
    }
    module.exports = getHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js
var require_lib42 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main30();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/indices.js
var require_indices2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/indices.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/main.js
var require_main31 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var indices = require_indices2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function fromWords(high, low) {
      UINT32_VIEW[HIGH] = high;
      UINT32_VIEW[LOW] = low;
      return FLOAT64_VIEW[0];
    }
    module.exports = fromWords;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/index.js
var require_lib43 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main31();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/main.js
var require_main32 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/main.js"(exports, module) {
    "use strict";
    var SIGN_MASK = require_lib18();
    var ABS_MASK = require_lib19();
    var toWords = require_lib41();
    var getHighWord = require_lib42();
    var fromWords = require_lib43();
    var WORDS = [0, 0];
    function copysign(x, y) {
      var hx;
      var hy;
      toWords.assign(x, WORDS, 1, 0);
      hx = WORDS[0];
      hx &= ABS_MASK;
      hy = getHighWord(y);
      hy &= SIGN_MASK;
      hx |= hy;
      return fromWords(hx, WORDS[1]);
    }
    module.exports = copysign;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/index.js
var require_lib44 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main32();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js
var require_lib45 = __commonJS({
  "node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_NORMAL = 22250738585072014e-324;
    module.exports = FLOAT64_SMALLEST_NORMAL;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/main.js
var require_main33 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/main.js"(exports, module) {
    "use strict";
    function abs(x) {
      return Math.abs(x);
    }
    module.exports = abs;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/index.js
var require_lib46 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main33();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/assign.js
var require_assign2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/assign.js"(exports, module) {
    "use strict";
    var FLOAT64_SMALLEST_NORMAL = require_lib45();
    var isInfinite = require_lib17();
    var isnan = require_lib6();
    var abs = require_lib46();
    var SCALAR = 4503599627370496;
    function normalize(x, out, stride, offset) {
      if (isnan(x) || isInfinite(x)) {
        out[offset] = x;
        out[offset + stride] = 0;
        return out;
      }
      if (x !== 0 && abs(x) < FLOAT64_SMALLEST_NORMAL) {
        out[offset] = x * SCALAR;
        out[offset + stride] = -52;
        return out;
      }
      out[offset] = x;
      out[offset + stride] = 0;
      return out;
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/main.js
var require_main34 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/main.js"(exports, module) {
    "use strict";
    var fcn = require_assign2();
    function normalize(x) {
      return fcn(x, [0, 0], 1, 0);
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/index.js
var require_lib47 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main34();
    var assign = require_assign2();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js
var require_lib48 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js"(exports, module) {
    "use strict";
    var FLOAT64_HIGH_WORD_EXPONENT_MASK = 2146435072;
    module.exports = FLOAT64_HIGH_WORD_EXPONENT_MASK;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/main.js
var require_main35 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var EXP_MASK = require_lib48();
    var BIAS = require_lib13();
    function exponent(x) {
      var high = getHighWord(x);
      high = (high & EXP_MASK) >>> 20;
      return high - BIAS | 0;
    }
    module.exports = exponent;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/index.js
var require_lib49 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main35();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/main.js
var require_main36 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/main.js"(exports, module) {
    "use strict";
    var PINF = require_lib12();
    var NINF = require_lib11();
    var BIAS = require_lib13();
    var MAX_EXPONENT = require_lib14();
    var MAX_SUBNORMAL_EXPONENT = require_lib15();
    var MIN_SUBNORMAL_EXPONENT = require_lib16();
    var isnan = require_lib6();
    var isInfinite = require_lib17();
    var copysign = require_lib44();
    var normalize = require_lib47().assign;
    var floatExp = require_lib49();
    var toWords = require_lib41();
    var fromWords = require_lib43();
    var TWO52_INV = 2220446049250313e-31;
    var CLEAR_EXP_MASK = 2148532223 >>> 0;
    var FRAC = [0, 0];
    var WORDS = [0, 0];
    function ldexp(frac, exp) {
      var high;
      var m;
      if (exp === 0 || frac === 0 || // handles +-0
      isnan(frac) || isInfinite(frac)) {
        return frac;
      }
      normalize(frac, FRAC, 1, 0);
      frac = FRAC[0];
      exp += FRAC[1];
      exp += floatExp(frac);
      if (exp < MIN_SUBNORMAL_EXPONENT) {
        return copysign(0, frac);
      }
      if (exp > MAX_EXPONENT) {
        if (frac < 0) {
          return NINF;
        }
        return PINF;
      }
      if (exp <= MAX_SUBNORMAL_EXPONENT) {
        exp += 52;
        m = TWO52_INV;
      } else {
        m = 1;
      }
      toWords.assign(frac, WORDS, 1, 0);
      high = WORDS[0];
      high &= CLEAR_EXP_MASK;
      high |= exp + BIAS << 20;
      return m * fromWords(high, WORDS[1]);
    }
    module.exports = ldexp;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/index.js
var require_lib50 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main36();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js
var require_polyval_p = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.16666666666666602;
      }
      return 0.16666666666666602 + x * (-0.0027777777777015593 + x * (6613756321437934e-20 + x * (-16533902205465252e-22 + x * 41381367970572385e-24)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/expmulti.js
var require_expmulti = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/expmulti.js"(exports, module) {
    "use strict";
    var ldexp = require_lib50();
    var polyvalP = require_polyval_p();
    function expmulti(hi, lo, k) {
      var r;
      var t;
      var c;
      var y;
      r = hi - lo;
      t = r * r;
      c = r - t * polyvalP(t);
      y = 1 - (lo - r * c / (2 - c) - hi);
      return ldexp(y, k);
    }
    module.exports = expmulti;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/main.js
var require_main37 = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var trunc = require_lib9();
    var NINF = require_lib11();
    var PINF = require_lib12();
    var expmulti = require_expmulti();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var LOG2_E = 1.4426950408889634;
    var OVERFLOW = 709.782712893384;
    var UNDERFLOW = -745.1332191019411;
    var NEARZERO = 1 / (1 << 28);
    var NEG_NEARZERO = -NEARZERO;
    function exp(x) {
      var hi;
      var lo;
      var k;
      if (isnan(x) || x === PINF) {
        return x;
      }
      if (x === NINF) {
        return 0;
      }
      if (x > OVERFLOW) {
        return PINF;
      }
      if (x < UNDERFLOW) {
        return 0;
      }
      if (x > NEG_NEARZERO && x < NEARZERO) {
        return 1 + x;
      }
      if (x < 0) {
        k = trunc(LOG2_E * x - 0.5);
      } else {
        k = trunc(LOG2_E * x + 0.5);
      }
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
      return expmulti(hi, lo, k);
    }
    module.exports = exp;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/index.js
var require_lib51 = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main37();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js
var require_low = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var LOW;
    if (isLittleEndian === true) {
      LOW = 0;
    } else {
      LOW = 1;
    }
    module.exports = LOW;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js
var require_main38 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var LOW = require_low();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setLowWord(x, low) {
      FLOAT64_VIEW[0] = x;
      UINT32_VIEW[LOW] = low >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setLowWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js
var require_lib52 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main38();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_pp.js
var require_polyval_pp = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_pp.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.3250421072470015;
      }
      return -0.3250421072470015 + x * (-0.02848174957559851 + x * (-0.005770270296489442 + x * -23763016656650163e-21));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_qq.js
var require_polyval_qq = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_qq.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.39791722395915535;
      }
      return 0.39791722395915535 + x * (0.0650222499887673 + x * (0.005081306281875766 + x * (13249473800432164e-20 + x * -3960228278775368e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_pa.js
var require_polyval_pa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_pa.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.41485611868374833;
      }
      return 0.41485611868374833 + x * (-0.3722078760357013 + x * (0.31834661990116175 + x * (-0.11089469428239668 + x * (0.035478304325618236 + x * -0.002166375594868791))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_qa.js
var require_polyval_qa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_qa.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.10642088040084423;
      }
      return 0.10642088040084423 + x * (0.540397917702171 + x * (0.07182865441419627 + x * (0.12617121980876164 + x * (0.01363708391202905 + x * 0.011984499846799107))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_ra.js
var require_polyval_ra = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_ra.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.6938585727071818;
      }
      return -0.6938585727071818 + x * (-10.558626225323291 + x * (-62.375332450326006 + x * (-162.39666946257347 + x * (-184.60509290671104 + x * (-81.2874355063066 + x * -9.814329344169145)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_sa.js
var require_polyval_sa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_sa.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 19.651271667439257;
      }
      return 19.651271667439257 + x * (137.65775414351904 + x * (434.56587747522923 + x * (645.3872717332679 + x * (429.00814002756783 + x * (108.63500554177944 + x * (6.570249770319282 + x * -0.0604244152148581))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_rb.js
var require_polyval_rb = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_rb.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return -0.799283237680523;
      }
      return -0.799283237680523 + x * (-17.757954917754752 + x * (-160.63638485582192 + x * (-637.5664433683896 + x * (-1025.0951316110772 + x * -483.5191916086514))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_sb.js
var require_polyval_sb = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_sb.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 30.33806074348246;
      }
      return 30.33806074348246 + x * (325.7925129965739 + x * (1536.729586084437 + x * (3199.8582195085955 + x * (2553.0504064331644 + x * (474.52854120695537 + x * -22.44095244658582)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/main.js
var require_main39 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var exp = require_lib51();
    var setLowWord = require_lib52();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var polyvalPP = require_polyval_pp();
    var polyvalQQ = require_polyval_qq();
    var polyvalPA = require_polyval_pa();
    var polyvalQA = require_polyval_qa();
    var polyvalRA = require_polyval_ra();
    var polyvalSA = require_polyval_sa();
    var polyvalRB = require_polyval_rb();
    var polyvalSB = require_polyval_sb();
    var TINY = 1e-300;
    var SMALL = 13877787807814457e-33;
    var ERX = 0.8450629115104675;
    var PPC = 0.12837916709551256;
    var QQC = 1;
    var PAC = -0.0023621185607526594;
    var QAC = 1;
    var RAC = -0.009864944034847148;
    var SAC = 1;
    var RBC = -0.0098649429247001;
    var SBC = 1;
    function erfc(x) {
      var sign;
      var ax;
      var z;
      var r;
      var s;
      var y;
      var p;
      var q;
      if (isnan(x)) {
        return NaN;
      }
      if (x === PINF) {
        return 0;
      }
      if (x === NINF) {
        return 2;
      }
      if (x === 0) {
        return 1;
      }
      if (x < 0) {
        sign = true;
        ax = -x;
      } else {
        sign = false;
        ax = x;
      }
      if (ax < 0.84375) {
        if (ax < SMALL) {
          return 1 - x;
        }
        z = x * x;
        r = PPC + z * polyvalPP(z);
        s = QQC + z * polyvalQQ(z);
        y = r / s;
        if (x < 0.25) {
          return 1 - (x + x * y);
        }
        r = x * y;
        r += x - 0.5;
        return 0.5 - r;
      }
      if (ax < 1.25) {
        s = ax - 1;
        p = PAC + s * polyvalPA(s);
        q = QAC + s * polyvalQA(s);
        if (sign) {
          return 1 + ERX + p / q;
        }
        return 1 - ERX - p / q;
      }
      if (ax < 28) {
        s = 1 / (ax * ax);
        if (ax < 2.857142857142857) {
          r = RAC + s * polyvalRA(s);
          s = SAC + s * polyvalSA(s);
        } else {
          if (x < -6) {
            return 2 - TINY;
          }
          r = RBC + s * polyvalRB(s);
          s = SBC + s * polyvalSB(s);
        }
        z = setLowWord(ax, 0);
        r = exp(-(z * z) - 0.5625) * exp((z - ax) * (z + ax) + r / s);
        if (sign) {
          return 2 - r / ax;
        }
        return r / ax;
      }
      if (sign) {
        return 2 - TINY;
      }
      return TINY * TINY;
    }
    module.exports = erfc;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/index.js
var require_lib53 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main39();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/main.js
var require_main40 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/main.js"(exports, module) {
    "use strict";
    var sqrt = Math.sqrt;
    module.exports = sqrt;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/index.js
var require_lib54 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main40();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js
var require_main41 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js"(exports, module) {
    "use strict";
    var erfc = require_lib53();
    var sqrt = require_lib54();
    var isnan = require_lib6();
    function cdf(x, mu, sigma) {
      var denom;
      var xc;
      if (isnan(x) || isnan(mu) || isnan(sigma) || sigma < 0) {
        return NaN;
      }
      if (sigma === 0) {
        return x < mu ? 0 : 1;
      }
      denom = sigma * sqrt(2);
      xc = x - mu;
      return 0.5 * erfc(-xc / denom);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/main.js
var require_main42 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/main.js"(exports, module) {
    "use strict";
    function wrap(value) {
      return constantFunction;
      function constantFunction() {
        return value;
      }
    }
    module.exports = wrap;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/index.js
var require_lib55 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main42();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js
var require_main43 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    function cdf(x, mu) {
      if (isnan(x) || isnan(mu)) {
        return NaN;
      }
      return x < mu ? 0 : 1;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var isnan = require_lib6();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x) {
        if (isnan(x)) {
          return NaN;
        }
        return x < mu ? 0 : 1;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js
var require_lib56 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main43();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var degenerate = require_lib56().factory;
    var isnan = require_lib6();
    var sqrt = require_lib54();
    var erfc = require_lib53();
    function factory(mu, sigma) {
      var denom;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        return degenerate(mu);
      }
      denom = sigma * sqrt(2);
      return cdf;
      function cdf(x) {
        var xc;
        if (isnan(x)) {
          return NaN;
        }
        xc = x - mu;
        return 0.5 * erfc(-xc / denom);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var require_lib57 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main41();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js
var require_high2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js"(exports, module) {
    "use strict";
    var isLittleEndian = require_lib40();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js
var require_main44 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js"(exports, module) {
    "use strict";
    var Uint32Array2 = require_lib28();
    var Float64Array2 = require_lib31();
    var HIGH = require_high2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setHighWord(x, high) {
      FLOAT64_VIEW[0] = x;
      UINT32_VIEW[HIGH] = high >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js
var require_lib58 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main44();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js
var require_polyval_p2 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.3999999999940942;
      }
      return 0.3999999999940942 + x * (0.22222198432149784 + x * 0.15313837699209373);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js
var require_polyval_q = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js"(exports, module) {
    "use strict";
    function evalpoly(x) {
      if (x === 0) {
        return 0.6666666666666735;
      }
      return 0.6666666666666735 + x * (0.2857142874366239 + x * (0.1818357216161805 + x * 0.14798198605116586));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/main.js
var require_main45 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/main.js"(exports, module) {
    "use strict";
    var getHighWord = require_lib42();
    var setHighWord = require_lib58();
    var isnan = require_lib6();
    var BIAS = require_lib13();
    var NINF = require_lib11();
    var polyvalP = require_polyval_p2();
    var polyvalQ = require_polyval_q();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var TWO54 = 18014398509481984;
    var ONE_THIRD = 0.3333333333333333;
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MAX_NORMAL_EXP = 2146435072 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    function ln(x) {
      var hfsq;
      var hx;
      var t2;
      var t1;
      var k;
      var R;
      var f;
      var i;
      var j;
      var s;
      var w;
      var z;
      if (x === 0) {
        return NINF;
      }
      if (isnan(x) || x < 0) {
        return NaN;
      }
      hx = getHighWord(x);
      k = 0 | 0;
      if (hx < HIGH_MIN_NORMAL_EXP) {
        k -= 54 | 0;
        x *= TWO54;
        hx = getHighWord(x);
      }
      if (hx >= HIGH_MAX_NORMAL_EXP) {
        return x + x;
      }
      k += (hx >> 20) - BIAS | 0;
      hx &= HIGH_SIGNIFICAND_MASK;
      i = hx + 614244 & 1048576 | 0;
      x = setHighWord(x, hx | i ^ HIGH_BIASED_EXP_0);
      k += i >> 20 | 0;
      f = x - 1;
      if ((HIGH_SIGNIFICAND_MASK & 2 + hx) < 3) {
        if (f === 0) {
          if (k === 0) {
            return 0;
          }
          return k * LN2_HI + k * LN2_LO;
        }
        R = f * f * (0.5 - ONE_THIRD * f);
        if (k === 0) {
          return f - R;
        }
        return k * LN2_HI - (R - k * LN2_LO - f);
      }
      s = f / (2 + f);
      z = s * s;
      i = hx - 398458 | 0;
      w = z * z;
      j = 440401 - hx | 0;
      t1 = w * polyvalP(w);
      t2 = z * polyvalQ(w);
      i |= j;
      R = t2 + t1;
      if (i > 0) {
        hfsq = 0.5 * f * f;
        if (k === 0) {
          return f - (hfsq - s * (hfsq + R));
        }
        return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
      }
      if (k === 0) {
        return f - s * (f - R);
      }
      return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
    }
    module.exports = ln;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/index.js
var require_lib59 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main45();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p1q1.js
var require_rational_p1q1 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p1q1.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -5087819496582806e-19;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -5087819496582806e-19 + x * (-0.008368748197417368 + x * (0.03348066254097446 + x * (-0.012692614766297404 + x * (-0.03656379714117627 + x * (0.02198786811111689 + x * (0.008226878746769157 + x * (-0.005387729650712429 + x * (0 + x * 0))))))));
        s2 = 1 + x * (-0.9700050433032906 + x * (-1.5657455823417585 + x * (1.5622155839842302 + x * (0.662328840472003 + x * (-0.7122890234154284 + x * (-0.05273963823400997 + x * (0.07952836873415717 + x * (-0.0023339375937419 + x * 8862163904564247e-19))))))));
      } else {
        x = 1 / x;
        s1 = 0 + x * (0 + x * (-0.005387729650712429 + x * (0.008226878746769157 + x * (0.02198786811111689 + x * (-0.03656379714117627 + x * (-0.012692614766297404 + x * (0.03348066254097446 + x * (-0.008368748197417368 + x * -5087819496582806e-19))))))));
        s2 = 8862163904564247e-19 + x * (-0.0023339375937419 + x * (0.07952836873415717 + x * (-0.05273963823400997 + x * (-0.7122890234154284 + x * (0.662328840472003 + x * (1.5622155839842302 + x * (-1.5657455823417585 + x * (-0.9700050433032906 + x * 1))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p2q2.js
var require_rational_p2q2 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p2q2.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.20243350835593876;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.20243350835593876 + x * (0.10526468069939171 + x * (8.3705032834312 + x * (17.644729840837403 + x * (-18.851064805871424 + x * (-44.6382324441787 + x * (17.445385985570866 + x * (21.12946554483405 + x * -3.6719225470772936)))))));
        s2 = 1 + x * (6.242641248542475 + x * (3.971343795334387 + x * (-28.66081804998 + x * (-20.14326346804852 + x * (48.560921310873994 + x * (10.826866735546016 + x * (-22.643693341313973 + x * 1.7211476576120028)))))));
      } else {
        x = 1 / x;
        s1 = -3.6719225470772936 + x * (21.12946554483405 + x * (17.445385985570866 + x * (-44.6382324441787 + x * (-18.851064805871424 + x * (17.644729840837403 + x * (8.3705032834312 + x * (0.10526468069939171 + x * -0.20243350835593876)))))));
        s2 = 1.7211476576120028 + x * (-22.643693341313973 + x * (10.826866735546016 + x * (48.560921310873994 + x * (-20.14326346804852 + x * (-28.66081804998 + x * (3.971343795334387 + x * (6.242641248542475 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p3q3.js
var require_rational_p3q3 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p3q3.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.1311027816799519;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.1311027816799519 + x * (-0.16379404719331705 + x * (0.11703015634199525 + x * (0.38707973897260434 + x * (0.3377855389120359 + x * (0.14286953440815717 + x * (0.029015791000532906 + x * (0.0021455899538880526 + x * (-6794655751811263e-22 + x * (28522533178221704e-24 + x * -681149956853777e-24)))))))));
        s2 = 1 + x * (3.4662540724256723 + x * (5.381683457070069 + x * (4.778465929458438 + x * (2.5930192162362027 + x * (0.848854343457902 + x * (0.15226433829533179 + x * (0.011059242293464892 + x * (0 + x * (0 + x * 0)))))))));
      } else {
        x = 1 / x;
        s1 = -681149956853777e-24 + x * (28522533178221704e-24 + x * (-6794655751811263e-22 + x * (0.0021455899538880526 + x * (0.029015791000532906 + x * (0.14286953440815717 + x * (0.3377855389120359 + x * (0.38707973897260434 + x * (0.11703015634199525 + x * (-0.16379404719331705 + x * -0.1311027816799519)))))))));
        s2 = 0 + x * (0 + x * (0 + x * (0.011059242293464892 + x * (0.15226433829533179 + x * (0.848854343457902 + x * (2.5930192162362027 + x * (4.778465929458438 + x * (5.381683457070069 + x * (3.4662540724256723 + x * 1)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p4q4.js
var require_rational_p4q4 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p4q4.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.0350353787183178;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.0350353787183178 + x * (-0.0022242652921344794 + x * (0.018557330651423107 + x * (0.009508047013259196 + x * (0.0018712349281955923 + x * (15754461742496055e-20 + x * (460469890584318e-20 + x * (-2304047769118826e-25 + x * 26633922742578204e-28)))))));
        s2 = 1 + x * (1.3653349817554064 + x * (0.7620591645536234 + x * (0.22009110576413124 + x * (0.03415891436709477 + x * (0.00263861676657016 + x * (7646752923027944e-20 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 26633922742578204e-28 + x * (-2304047769118826e-25 + x * (460469890584318e-20 + x * (15754461742496055e-20 + x * (0.0018712349281955923 + x * (0.009508047013259196 + x * (0.018557330651423107 + x * (-0.0022242652921344794 + x * -0.0350353787183178)))))));
        s2 = 0 + x * (0 + x * (7646752923027944e-20 + x * (0.00263861676657016 + x * (0.03415891436709477 + x * (0.22009110576413124 + x * (0.7620591645536234 + x * (1.3653349817554064 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/rational_p5q5.js
var require_rational_p5q5 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/rational_p5q5.js"(exports, module) {
    "use strict";
    function evalrational(x) {
      var ax;
      var s1;
      var s2;
      if (x === 0) {
        return -0.016743100507663373;
      }
      if (x < 0) {
        ax = -x;
      } else {
        ax = x;
      }
      if (ax <= 1) {
        s1 = -0.016743100507663373 + x * (-0.0011295143874558028 + x * (0.001056288621524929 + x * (20938631748758808e-20 + x * (14962478375834237e-21 + x * (44969678992770644e-23 + x * (4625961635228786e-24 + x * (-2811287356288318e-29 + x * 9905570997331033e-32)))))));
        s2 = 1 + x * (0.5914293448864175 + x * (0.1381518657490833 + x * (0.016074608709367652 + x * (9640118070051656e-19 + x * (27533547476472603e-21 + x * (282243172016108e-21 + x * (0 + x * 0)))))));
      } else {
        x = 1 / x;
        s1 = 9905570997331033e-32 + x * (-2811287356288318e-29 + x * (4625961635228786e-24 + x * (44969678992770644e-23 + x * (14962478375834237e-21 + x * (20938631748758808e-20 + x * (0.001056288621524929 + x * (-0.0011295143874558028 + x * -0.016743100507663373)))))));
        s2 = 0 + x * (0 + x * (282243172016108e-21 + x * (27533547476472603e-21 + x * (9640118070051656e-19 + x * (0.016074608709367652 + x * (0.1381518657490833 + x * (0.5914293448864175 + x * 1)))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/main.js
var require_main46 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    var sqrt = require_lib54();
    var ln = require_lib59();
    var PINF = require_lib12();
    var NINF = require_lib11();
    var rationalFcnR1 = require_rational_p1q1();
    var rationalFcnR2 = require_rational_p2q2();
    var rationalFcnR3 = require_rational_p3q3();
    var rationalFcnR4 = require_rational_p4q4();
    var rationalFcnR5 = require_rational_p5q5();
    var Y1 = 0.08913147449493408;
    var Y2 = 2.249481201171875;
    var Y3 = 0.807220458984375;
    var Y4 = 0.9399557113647461;
    var Y5 = 0.9836282730102539;
    function erfinv(x) {
      var sign;
      var ax;
      var qs;
      var q;
      var g;
      var r;
      if (isnan(x)) {
        return NaN;
      }
      if (x === 1) {
        return PINF;
      }
      if (x === -1) {
        return NINF;
      }
      if (x === 0) {
        return x;
      }
      if (x > 1 || x < -1) {
        return NaN;
      }
      if (x < 0) {
        sign = -1;
        ax = -x;
      } else {
        sign = 1;
        ax = x;
      }
      q = 1 - ax;
      if (ax <= 0.5) {
        g = ax * (ax + 10);
        r = rationalFcnR1(ax);
        return sign * (g * Y1 + g * r);
      }
      if (q >= 0.25) {
        g = sqrt(-2 * ln(q));
        q -= 0.25;
        r = rationalFcnR2(q);
        return sign * (g / (Y2 + r));
      }
      q = sqrt(-ln(q));
      if (q < 3) {
        qs = q - 1.125;
        r = rationalFcnR3(qs);
        return sign * (Y3 * q + r * q);
      }
      if (q < 6) {
        qs = q - 3;
        r = rationalFcnR4(qs);
        return sign * (Y4 * q + r * q);
      }
      qs = q - 6;
      r = rationalFcnR5(qs);
      return sign * (Y5 * q + r * q);
    }
    module.exports = erfinv;
  }
});

// node_modules/@stdlib/math-base-special-erfinv/lib/index.js
var require_lib60 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfinv/lib/index.js"(exports, module) {
    "use strict";
    var main = require_main46();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-quantile/lib/main.js
var require_main47 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-quantile/lib/main.js"(exports, module) {
    "use strict";
    var erfinv = require_lib60();
    var isnan = require_lib6();
    var sqrt = require_lib54();
    function quantile(p, mu, sigma) {
      var A;
      var B;
      if (isnan(mu) || isnan(sigma) || isnan(p) || sigma < 0 || p < 0 || p > 1) {
        return NaN;
      }
      if (sigma === 0) {
        return mu;
      }
      A = mu;
      B = sigma * sqrt(2);
      return A + B * erfinv(2 * p - 1);
    }
    module.exports = quantile;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/main.js
var require_main48 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/main.js"(exports, module) {
    "use strict";
    var isnan = require_lib6();
    function quantile(p, mu) {
      if (isnan(p) || p < 0 || p > 1) {
        return NaN;
      }
      return mu;
    }
    module.exports = quantile;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/factory.js
var require_factory3 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var isnan = require_lib6();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return quantile;
      function quantile(p) {
        if (isnan(p) || p < 0 || p > 1) {
          return NaN;
        }
        return mu;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/index.js
var require_lib61 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-quantile/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main48();
    var factory = require_factory3();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-quantile/lib/factory.js
var require_factory4 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-quantile/lib/factory.js"(exports, module) {
    "use strict";
    var constantFunction = require_lib55();
    var degenerate = require_lib61().factory;
    var erfinv = require_lib60();
    var isnan = require_lib6();
    var sqrt = require_lib54();
    function factory(mu, sigma) {
      var A;
      var B;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        degenerate(mu);
      }
      A = mu;
      B = sigma * sqrt(2);
      return quantile;
      function quantile(p) {
        if (isnan(p) || p < 0 || p > 1) {
          return NaN;
        }
        return A + B * erfinv(2 * p - 1);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var require_lib62 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js"(exports, module) {
    "use strict";
    var setReadOnly = require_lib5();
    var main = require_main47();
    var factory = require_factory4();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/analysis/stats.ts
var import_stats_base_dists_normal_cdf = __toESM(require_lib57(), 1);
var import_stats_base_dists_normal_quantile = __toESM(require_lib62(), 1);
var StatsInputError = class extends RangeError {
  constructor(message) {
    super(message);
    this.name = "StatsInputError";
  }
};
var EXACT_MAX_PAIRS = 1e5;
function mannWhitney(x, y, alternative, method = "auto") {
  requireSample(x, "x");
  requireSample(y, "y");
  const n = x.length;
  const m = y.length;
  const { rankSumX, tieTerm } = rankSum(x, y);
  const u = rankSumX - n * (n + 1) / 2;
  const mean = n * m / 2;
  const exactAllowed = tieTerm === 0 && n * m <= EXACT_MAX_PAIRS;
  if (method === "exact" && !exactAllowed) {
    throw new StatsInputError(
      tieTerm === 0 ? `the exact distribution is limited to ${EXACT_MAX_PAIRS} pairs (got ${n * m})` : "the exact distribution assumes no ties; use the normal approximation"
    );
  }
  if (method === "exact" || method === "auto" && exactAllowed && Math.min(n, m) <= 8) {
    const dist = exactDistribution(n, m);
    const upper = (k) => dist.cdf(n * m - k);
    const pValue2 = alternative === "greater" ? upper(u) : alternative === "less" ? upper(n * m - u) : Math.min(1, 2 * upper(Math.max(u, n * m - u)));
    return { u, pValue: pValue2, method: "exact" };
  }
  const n2 = n + m;
  const variance = n * m / 12 * (n2 + 1 - tieTerm / (n2 * (n2 - 1)));
  if (variance <= 0) return { u, pValue: 1, method: "normal" };
  const sd = Math.sqrt(variance);
  const d = u - mean;
  const correction = alternative === "greater" ? 0.5 : alternative === "less" ? -0.5 : 0.5 * Math.sign(d);
  const z = (d - correction) / sd;
  const pValue = alternative === "greater" ? (0, import_stats_base_dists_normal_cdf.default)(-z, 0, 1) : alternative === "less" ? (0, import_stats_base_dists_normal_cdf.default)(z, 0, 1) : Math.min(1, 2 * (0, import_stats_base_dists_normal_cdf.default)(-Math.abs(z), 0, 1));
  return { u, z, pValue, method: "normal" };
}
function rankSum(x, y) {
  const n = x.length;
  const all = new Float64Array(n + y.length);
  all.set(x);
  all.set(y, n);
  const order = Array.from(all.keys()).sort((a, b) => all[a] - all[b]);
  let rankSumX = 0;
  let tieTerm = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && all[order[end]] === all[order[start]]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (order[k] < n) rankSumX += rank;
    const t = end - start;
    tieTerm += t * t * t - t;
    start = end;
  }
  return { rankSumX, tieTerm };
}
function exactDistribution(n, m) {
  const k = Math.min(n, m);
  const other = n + m - k;
  const half = Math.floor(n * m / 2);
  const counts = new Array(half + 1).fill(0n);
  counts[0] = 1n;
  for (let i = 1; i <= k; i++) {
    const up = other + i;
    for (let t = half; t >= up; t--) counts[t] -= counts[t - up];
    for (let t = i; t <= half; t++) counts[t] += counts[t - i];
  }
  const cumulative = [];
  let running = 0n;
  for (const c of counts) cumulative.push(running += c);
  const total = Number(binomial(n + m, k));
  const cdf = (u) => {
    if (u < 0) return 0;
    if (u >= n * m) return 1;
    if (u <= half) return Number(cumulative[u]) / total;
    return 1 - Number(cumulative[n * m - u - 1]) / total;
  };
  return { cdf };
}
function binomial(n, k) {
  let result = 1n;
  for (let i = 1; i <= k; i++) result = result * BigInt(n - k + i) / BigInt(i);
  return result;
}
function hodgesLehmann(x, y, confidence = 0.95) {
  requireSample(x, "x");
  requireSample(y, "y");
  requireConfidence(confidence);
  const xs = Float64Array.from(x).sort();
  const ys = Float64Array.from(y).sort();
  const n = xs.length;
  const m = ys.length;
  const pairs = n * m;
  const shift = pairs % 2 === 1 ? kthDifference(xs, ys, (pairs + 1) / 2) : (kthDifference(xs, ys, pairs / 2) + kthDifference(xs, ys, pairs / 2 + 1)) / 2;
  const z = (0, import_stats_base_dists_normal_quantile.default)(1 - (1 - confidence) / 2, 0, 1);
  const c = Math.floor(pairs / 2 - z * Math.sqrt(pairs * (n + m + 1) / 12));
  if (c < 1) return { shift, lower: -Infinity, upper: Infinity };
  return { shift, lower: kthDifference(xs, ys, c), upper: kthDifference(xs, ys, pairs + 1 - c) };
}
function kthDifference(xs, ys, k) {
  const n = xs.length;
  const m = ys.length;
  const at = (i, j) => xs[i] - ys[m - 1 - j];
  const lo = new Int32Array(n);
  const hi = new Int32Array(n).fill(m);
  const lt = new Int32Array(n);
  const le = new Int32Array(n);
  for (; ; ) {
    let remaining = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      remaining += hi[i] - lo[i];
      below += lo[i];
    }
    if (remaining <= n + m) {
      const candidates = new Float64Array(remaining);
      let p = 0;
      for (let i = 0; i < n; i++) for (let j = lo[i]; j < hi[i]; j++) candidates[p++] = at(i, j);
      return candidates.sort()[k - below - 1];
    }
    const mids = [];
    for (let i = 0; i < n; i++) {
      const w = hi[i] - lo[i];
      if (w > 0) mids.push({ value: at(i, lo[i] + (w >> 1)), weight: w });
    }
    mids.sort((a, b) => a.value - b.value);
    let pivot = mids[0].value;
    for (let acc = 0, r = 0; acc * 2 < remaining; r++) {
      pivot = mids[r].value;
      acc += mids[r].weight;
    }
    let countLt = 0;
    let countLe = 0;
    for (let i = 0, jl = m, je = m; i < n; i++) {
      while (jl > 0 && at(i, jl - 1) >= pivot) jl--;
      while (je > 0 && at(i, je - 1) > pivot) je--;
      lt[i] = jl;
      le[i] = je;
      countLt += jl;
      countLe += je;
    }
    if (k <= countLt) for (let i = 0; i < n; i++) hi[i] = Math.min(hi[i], lt[i]);
    else if (k <= countLe) return pivot;
    else for (let i = 0; i < n; i++) lo[i] = Math.max(lo[i], le[i]);
  }
}
function twoProportions(successesA, trialsA, successesB, trialsB, confidence = 0.95) {
  requireCounts(successesA, trialsA, "A");
  requireCounts(successesB, trialsB, "B");
  requireConfidence(confidence);
  const pA = successesA / trialsA;
  const pB = successesB / trialsB;
  const difference = pB - pA;
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  const z = se > 0 ? difference / se : 0;
  const pValue = se > 0 ? Math.min(1, 2 * (0, import_stats_base_dists_normal_cdf.default)(-Math.abs(z), 0, 1)) : 1;
  const zc = (0, import_stats_base_dists_normal_quantile.default)(1 - (1 - confidence) / 2, 0, 1);
  const a = wilson(pA, trialsA, zc);
  const b = wilson(pB, trialsB, zc);
  const lower = difference - Math.hypot(pB - b.lower, a.upper - pA);
  const upper = difference + Math.hypot(b.upper - pB, pA - a.lower);
  return { pA, pB, difference, lower, upper, z, pValue };
}
function wilson(p, n, z) {
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  const scale = 1 + z2 / n;
  return { lower: (centre - spread) / scale, upper: (centre + spread) / scale };
}
function sampleSizeForProportions(pA, pB, options = {}) {
  for (const [name, p] of [
    ["pA", pA],
    ["pB", pB]
  ]) {
    if (!(p >= 0 && p <= 1)) throw new StatsInputError(`${name} must be a proportion, got ${p}`);
  }
  const { za, zb } = powerQuantiles(options);
  const d = pB - pA;
  if (d === 0) return Infinity;
  const mean = (pA + pB) / 2;
  const root = za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(pA * (1 - pA) + pB * (1 - pB));
  return Math.ceil(root * root / (d * d));
}
var WILCOXON_ARE = 3 / Math.PI;
function sampleSizeForShift(sd, shift, options = {}) {
  if (!(sd >= 0 && Number.isFinite(sd)))
    throw new StatsInputError(`sd must be finite and \u2265 0, got ${sd}`);
  if (!Number.isFinite(shift)) throw new StatsInputError(`shift must be finite, got ${shift}`);
  const { za, zb } = powerQuantiles(options);
  if (shift === 0) return Infinity;
  const normal = 2 * (za + zb) ** 2 * sd * sd / (shift * shift);
  return Math.max(1, Math.ceil(normal / WILCOXON_ARE));
}
function powerQuantiles({ alpha = 0.05, power = 0.8 }) {
  if (!(alpha > 0 && alpha < 1)) throw new StatsInputError(`alpha must be in (0, 1), got ${alpha}`);
  if (!(power > 0 && power < 1)) throw new StatsInputError(`power must be in (0, 1), got ${power}`);
  return { za: (0, import_stats_base_dists_normal_quantile.default)(1 - alpha / 2, 0, 1), zb: (0, import_stats_base_dists_normal_quantile.default)(power, 0, 1) };
}
function median(values) {
  requireSample(values, "values");
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : sorted[mid - 1] / 2 + sorted[mid] / 2;
}
function requireSample(values, name) {
  if (values.length === 0) throw new StatsInputError(`${name} is empty`);
  for (const v of values) {
    if (!Number.isFinite(v)) throw new StatsInputError(`${name} holds a non-finite value (${v})`);
  }
}
function requireConfidence(confidence) {
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsInputError(`confidence must be in (0, 1), got ${confidence}`);
  }
}
function requireCounts(successes, trials, arm) {
  if (!Number.isInteger(trials) || trials <= 0) {
    throw new StatsInputError(`arm ${arm}: trials must be a positive integer, got ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new StatsInputError(
      `arm ${arm}: successes must be an integer in 0\u2026${trials}, got ${successes}`
    );
  }
}

// src/analysis/figures.ts
function figure(n) {
  if (Math.abs(n) === Number.MAX_VALUE) return String(Math.sign(n) * Infinity);
  return Number.isFinite(n) ? Number(n.toPrecision(4)).toString() : String(n);
}

// src/analysis/judge.ts
var MIN_SAMPLES = 3;
var DEFAULT_TOLERANCE_PCT = 10;
var fmt = figure;
var finite = (v) => v.map((x) => x === Infinity ? Number.MAX_VALUE : x === -Infinity ? -Number.MAX_VALUE : x);
var pct = (n) => `${n >= 0 ? "+" : ""}${fmt(n)} %`;
function noData(metric, why) {
  return {
    name: metric.name,
    verdict: "nodata",
    message: why,
    weight: metric.weight ?? 1,
    min: metric.min,
    max: metric.max
  };
}
function judgeMetric(metric, samples, confidence) {
  const canary = finite(samples.canary);
  if (canary.length === 0) return noData(metric, `${metric.name}: no samples for the canary`);
  if (canary.some(Number.isNaN))
    return noData(metric, `${metric.name}: the canary's samples include NaN`);
  const value = median(canary);
  const base = {
    name: metric.name,
    weight: metric.weight ?? 1,
    min: metric.min,
    max: metric.max,
    value,
    canary: { n: canary.length, median: value }
  };
  const bound2 = metric.max !== void 0 && value > metric.max ? `above the maximum ${metric.max}` : metric.min !== void 0 && value < metric.min ? `below the minimum ${metric.min}` : void 0;
  const shown = `${metric.name} = ${fmt(value)}`;
  if (bound2) return { ...base, verdict: "fail", message: `${shown}, ${bound2}` };
  if (samples.baseline === void 0)
    return metric.min === void 0 && metric.max === void 0 ? noData(metric, `${metric.name}: nothing to judge it by (no min or max, and no baseline)`) : { ...base, verdict: "pass", message: `${shown} within bounds` };
  const baseline = finite(samples.baseline);
  if (baseline.some(Number.isNaN))
    return noData(metric, `${metric.name}: the baseline's samples include NaN`);
  const alpha = significanceLevel(confidence);
  const floor = smallestP(canary.length, baseline.length);
  if (canary.length < MIN_SAMPLES || baseline.length < MIN_SAMPLES || floor >= alpha)
    return noData(
      metric,
      `${metric.name}: too few samples to compare at ${fmt(confidence * 100)} % confidence (canary ${canary.length}, baseline ${baseline.length}; the smallest p-value they can give is ${fmt(floor)})`
    );
  const direction = metric.direction ?? "increase";
  const up = direction === "increase";
  const tolerancePct = (up ? metric.max_increase_pct : metric.max_decrease_pct) ?? DEFAULT_TOLERANCE_PCT;
  const reference = Math.abs(median(baseline));
  const margin = tolerancePct / 100 * reference;
  const moved = canary.map((x) => up ? x - margin : x + margin);
  const test = mannWhitney(moved, baseline, up ? "greater" : "less");
  const shift = hodgesLehmann(canary, baseline, confidence).shift;
  const changePct = reference > 0 ? 100 * shift / reference : shift === 0 ? 0 : shift * Infinity;
  const significant = test.pValue < alpha;
  const comparison2 = {
    direction,
    pValue: test.pValue,
    method: test.method,
    changePct,
    tolerancePct,
    significant
  };
  const against = `baseline ${fmt(median(baseline))}, ${pct(changePct)}, p = ${fmt(test.pValue)}`;
  const judged = {
    ...base,
    baseline: { n: baseline.length, median: median(baseline) },
    comparison: comparison2
  };
  if (!significant) return { ...judged, verdict: "pass", message: `${shown} (${against})` };
  const worse = up ? "higher" : "lower";
  return {
    ...judged,
    verdict: "fail",
    // A tolerance in percent of a median of 0 is no tolerance: say so rather than quote it.
    message: reference > 0 ? `${shown} (${against}): ${worse} than the baseline by more than the ${fmt(tolerancePct)} % tolerated` : `${shown} (${against}): ${worse} than the baseline, whose median is 0`
  };
}
var significanceLevel = (confidence) => Number((1 - confidence).toPrecision(12));
function smallestP(n, m) {
  let p = 1;
  for (let i = 1; i <= Math.min(n, m); i++) p *= i / (Math.max(n, m) + i);
  return p;
}
function scoreMeasurement(metrics, thresholds) {
  const total = metrics.reduce((s, m) => s + m.weight, 0);
  const weightOf = (v) => metrics.filter((m) => m.verdict === v).reduce((s, m) => s + m.weight, 0);
  const worst = total > 0 ? 100 * weightOf("pass") / total : 0;
  const best = total > 0 ? 100 * (total - weightOf("fail")) / total : 0;
  const names = (v) => metrics.filter((m) => m.verdict === v).map((m) => m.name).join(", ");
  const score = Number(worst.toFixed(1));
  if (worst >= thresholds.pass && weightOf("pass") > 0)
    return { verdict: "pass", score, reason: `score ${score} \u2265 ${thresholds.pass}` };
  if (best < thresholds.marginal)
    return {
      verdict: "fail",
      score,
      reason: `score ${score} < ${thresholds.marginal} (failing: ${names("fail")})`
    };
  const missing = names("nodata");
  return {
    verdict: "inconclusive",
    score,
    reason: missing ? `no data for ${missing}: the score could be anywhere from ${score} to ${Number(best.toFixed(1))}` : `score ${score} is marginal (${thresholds.marginal} \u2264 score < ${thresholds.pass})`
  };
}
function conclude(verdicts, limits) {
  const n = (v) => verdicts.filter((x) => x === v).length;
  const of = `of ${verdicts.length} measurement${verdicts.length === 1 ? "" : "s"}`;
  if (n("fail") > limits.failure_limit)
    return {
      done: true,
      verdict: "fail",
      reason: `${n("fail")} ${of} failed (failure_limit ${limits.failure_limit})`
    };
  if (n("inconclusive") > limits.inconclusive_limit)
    return {
      done: true,
      verdict: "inconclusive",
      reason: `${n("inconclusive")} ${of} inconclusive (inconclusive_limit ${limits.inconclusive_limit})`
    };
  if (verdicts.length < limits.count)
    return {
      done: false,
      verdict: "inconclusive",
      reason: `${verdicts.length} of ${limits.count} measurements taken`
    };
  if (n("pass") === 0)
    return { done: true, verdict: "inconclusive", reason: `no measurement ${of} passed` };
  return {
    done: true,
    verdict: "pass",
    reason: `${n("pass")} ${of} passed${n("fail") + n("inconclusive") > 0 ? `, ${n("fail")} failed, ${n("inconclusive")} inconclusive, within the limits` : ""}`
  };
}

// src/analysis/analysis.ts
var MetricUnavailable = class extends Error {
};
function expandQuery(query, subject) {
  return query.replace(
    /\{\{\s*(model|version|baseline_version)\s*\}\}/g,
    (whole, key) => key === "baseline_version" ? subject.baselineVersion ?? whole : subject[key]
  );
}
var realClock = {
  now: () => /* @__PURE__ */ new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var iso = (w) => ({ start: w.start.toISOString(), end: w.end.toISOString() });
async function measure(spec, provider, subject, mode, index, now) {
  const spanMs = seconds(spec.window) * 1e3;
  const stepS = seconds(spec.step);
  const window = { start: new Date(now.getTime() - spanMs), end: now, stepS };
  const baselineWindow = mode === "canary" ? window : { start: new Date(now.getTime() - 2 * spanMs), end: window.start, stepS };
  const metrics = [];
  for (const metric of spec.metrics) {
    metrics.push(await judgeOne(spec, provider, subject, mode, metric, window, baselineWindow));
  }
  const score = scoreMeasurement(metrics, spec.thresholds);
  return {
    index,
    at: now.toISOString(),
    window: iso(window),
    ...mode === "production" ? { baselineWindow: iso(baselineWindow) } : {},
    ...score,
    metrics
  };
}
async function judgeOne(spec, provider, subject, mode, metric, window, baselineWindow) {
  const baselineQuery = metric.baseline;
  const compare = baselineQuery !== void 0 && (mode === "production" || subject.baselineVersion !== void 0 || !/\{\{\s*baseline_version\s*\}\}/.test(baselineQuery));
  try {
    const canary = await provider.series({
      metric,
      role: "canary",
      query: metric.query === void 0 ? void 0 : expandQuery(metric.query, subject),
      window
    });
    const baseline = compare ? await provider.series({
      metric,
      role: "baseline",
      query: baselineQuery === void 0 ? void 0 : expandQuery(baselineQuery, subject),
      window: baselineWindow
    }) : void 0;
    const judged = judgeMetric(metric, { canary, baseline }, spec.confidence);
    return baselineQuery !== void 0 && !compare ? { ...judged, message: `${judged.message} (no production version to compare with yet)` } : judged;
  } catch (err) {
    if (!(err instanceof MetricUnavailable) && !(err instanceof StatsInputError)) throw err;
    return noData(metric, err.message);
  }
}
async function runAnalysis(spec, provider, subject, options) {
  const clock = options.clock ?? realClock;
  const measurements = [];
  for (; ; ) {
    const m = await measure(
      spec,
      provider,
      subject,
      options.mode,
      measurements.length + 1,
      clock.now()
    );
    measurements.push(m);
    options.onMeasurement?.(m, spec.count);
    const c = conclude(
      measurements.map((x) => x.verdict),
      spec
    );
    if (c.done)
      return {
        verdict: c.verdict,
        reason: c.reason,
        mode: options.mode,
        provider: provider.name,
        subject,
        measurements,
        metrics: m.metrics
      };
    await clock.sleep(seconds(spec.interval) * 1e3);
  }
}

// src/analysis/experiment.ts
var MIN_PER_ARM = 3;
var MIN_EVENTS = 5;
var ExperimentDataError = class extends Error {
};
var fmt2 = figure;
function decideExperiment(spec, model, a, b) {
  const { confidence, power } = spec;
  const alpha = 1 - confidence;
  let arms;
  let difference;
  let lower;
  let upper;
  let pValue;
  let perArm;
  let test;
  if (a.data.kind === "proportion" && b.data.kind === "proportion") {
    for (const [arm, d] of [
      ["A", a.data],
      ["B", b.data]
    ]) {
      const possible = d.successes >= 0 && d.successes <= d.trials;
      if (possible && (d.successes < MIN_EVENTS || d.trials - d.successes < MIN_EVENTS))
        return thinProportions(spec, model, [a.version, a.data], [b.version, b.data], arm);
    }
    const r = twoProportions(
      a.data.successes,
      a.data.trials,
      b.data.successes,
      b.data.trials,
      confidence
    );
    arms = [
      { arm: "A", version: a.version, value: r.pA, n: a.data.trials },
      { arm: "B", version: b.version, value: r.pB, n: b.data.trials }
    ];
    ({ difference, lower, upper, pValue } = r);
    perArm = sampleSizeForProportions(r.pA, r.pB, { alpha, power });
    test = "two-proportion z";
  } else if (a.data.kind === "mean" && b.data.kind === "mean") {
    const xa = a.data.samples;
    const xb = b.data.samples;
    if (xa.length < MIN_PER_ARM || xb.length < MIN_PER_ARM)
      return experimentWithoutData(
        spec,
        model,
        `too few samples for ${spec.metric.name} (A ${xa.length}, B ${xb.length}; at least ${MIN_PER_ARM} each)`,
        xa.length > 0 && xb.length > 0 ? [
          { arm: "A", version: a.version, value: median(xa), n: xa.length },
          { arm: "B", version: b.version, value: median(xb), n: xb.length }
        ] : void 0,
        { perArm: MIN_PER_ARM, more: MIN_PER_ARM - Math.min(xa.length, xb.length) }
      );
    const hl = hodgesLehmann(xb, xa, confidence);
    arms = [
      { arm: "A", version: a.version, value: median(xa), n: xa.length },
      { arm: "B", version: b.version, value: median(xb), n: xb.length }
    ];
    difference = hl.shift;
    ({ lower, upper } = hl);
    pValue = mannWhitney(xb, xa, "two-sided").pValue;
    perArm = sampleSizeForShift(pooledSd(xa, xb), hl.shift, { alpha, power });
    test = "Mann-Whitney U";
  } else {
    throw new ExperimentDataError("both arms must have the same kind of data");
  }
  const higher = spec.metric.better === "higher";
  const bBetter = higher ? lower > 0 : upper < 0;
  const aBetter = higher ? upper < 0 : lower > 0;
  const verdict = bBetter ? "pass" : aBetter ? "fail" : "inconclusive";
  const interval = { lower, upper, confidence };
  const ci = `${fmt2(difference)} (${Math.round(confidence * 100)} % CI ${fmt2(lower)} to ${fmt2(upper)})`;
  const have = Math.min(arms[0].n, arms[1].n);
  const needed = verdict === "inconclusive" && Number.isFinite(perArm) ? { perArm: Math.ceil(perArm), more: Math.max(0, Math.ceil(perArm) - have) } : void 0;
  const unit = spec.metric.kind === "mean" ? "samples (one per step of the window)" : "trials";
  const message = verdict !== "inconclusive" ? `${verdict === "pass" ? `B (${b.version})` : `A (${a.version})`} wins: B \u2212 A = ${ci}` : `no winner: B \u2212 A = ${ci} includes 0; ${!needed ? "the arms show no difference so far, so there is none to size a sample for" : needed.more > 0 ? `at this difference a conclusive answer needs about ${needed.perArm} ${unit} per arm (${needed.more} more)` : `the ${have} ${unit} per arm are about what this difference needs (${needed.perArm}), and it is at the edge of what they show: keep collecting`}`;
  return {
    model,
    metric: spec.metric.name,
    kind: spec.metric.kind,
    better: spec.metric.better,
    verdict,
    ...verdict === "inconclusive" ? {} : { winner: verdict === "pass" ? b.version : a.version },
    arms,
    difference,
    interval,
    pValue,
    test,
    ...needed ? { needed } : {},
    message
  };
}
function experimentWithoutData(spec, model, why, arms, needed) {
  const more = needed ? `; a test needs about ${needed.perArm} ${spec.metric.kind === "mean" ? "samples" : "trials"} per arm (${needed.more} more)` : "";
  return {
    model,
    metric: spec.metric.name,
    kind: spec.metric.kind,
    better: spec.metric.better,
    verdict: "inconclusive",
    nodata: why,
    ...arms ? { arms } : {},
    ...needed ? { needed } : {},
    message: `no winner: not enough data to test yet: ${why}${more}`
  };
}
function thinProportions(spec, model, a, b, arm) {
  const [, d] = arm === "A" ? a : b;
  const arms = [
    { arm: "A", version: a[0], value: a[1].successes / a[1].trials, n: a[1].trials },
    { arm: "B", version: b[0], value: b[1].successes / b[1].trials, n: b[1].trials }
  ];
  const perArm = Math.max(
    ...[a[1], b[1]].map(
      (x) => Math.ceil(MIN_EVENTS * x.trials / Math.min(x.successes, x.trials - x.successes))
    )
  );
  return experimentWithoutData(
    spec,
    model,
    `arm ${arm} has ${d.successes} successes in ${d.trials} trials; the two-proportion test needs at least ${MIN_EVENTS} successes and ${MIN_EVENTS} failures in each arm`,
    // An arm of no trials has no rate (0 / 0).
    arms.every((x) => Number.isFinite(x.value)) ? arms : void 0,
    Number.isFinite(perArm) ? { perArm, more: perArm - Math.min(a[1].trials, b[1].trials) } : void 0
  );
}
function pooledSd(x, y) {
  const variance = (v) => {
    const m = v.reduce((s, e) => s + e, 0) / v.length;
    return v.reduce((s, e) => s + (e - m) ** 2, 0) / (v.length - 1);
  };
  return Math.sqrt(
    ((x.length - 1) * variance(x) + (y.length - 1) * variance(y)) / (x.length + y.length - 2)
  );
}

// src/analysis/providers.ts
import { readFile } from "node:fs/promises";
import { resolve as resolvePath } from "node:path";

// src/analysis/prometheus.ts
var PrometheusError = class extends MetricUnavailable {
  constructor(reason, message, details = {}) {
    super(message);
    this.reason = reason;
    this.details = details;
    this.name = "PrometheusError";
  }
  reason;
  details;
};
var DEFAULT_TIMEOUT_MS = 1e4;
var SENSITIVE_PARAM = /token|key|password|passwd|secret|auth|signature|credential|^sig$/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/[^/?#]*@/, "//***@").replace(
      /([?&][^=&#]+=)[^&#]*/g,
      (m, name) => SENSITIVE_PARAM.test(name) ? `${name}***` : m
    );
  }
  if (parsed.username) parsed.username = "***";
  if (parsed.password) parsed.password = "***";
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SENSITIVE_PARAM.test(name)) parsed.searchParams.set(name, "***");
  }
  return parsed.toString();
}
async function queryRange(baseUrl, query, window, opts = {}) {
  const data = await call(
    baseUrl,
    "query_range",
    {
      query,
      start: unixSeconds(window.start),
      end: unixSeconds(window.end),
      step: String(window.stepS)
    },
    opts
  );
  const series = oneSeries(data, "matrix", query, baseUrl);
  if (!Array.isArray(series.values))
    throw new PrometheusError("malformed", `query \`${query}\` returned a series without values`);
  const points = series.values.map((pair) => ({ at: sampleTime(pair, query), value: sampleValue(pair, query) })).filter((p) => !isNaN(p.value));
  if (points.length === 0)
    throw new PrometheusError(
      "nodata",
      `query \`${query}\` is NaN at every step (no requests in the window?)`
    );
  checkCoverage(points, window, query);
  return points.map((p) => p.value);
}
var FRESH_S = 10;
function checkCoverage(points, window, query) {
  const endS = window.end.getTime() / 1e3;
  const startS = window.start.getTime() / 1e3;
  const age = endS - points[points.length - 1].at;
  if (age > Math.max(2 * window.stepS, FRESH_S))
    throw new PrometheusError(
      "nodata",
      `query \`${query}\` stopped ${Math.round(age)} s before the window's end (the target is gone?)`
    );
  const steps = Math.floor((endS - startS) / window.stepS) + 1;
  if (points.length * 2 < steps)
    throw new PrometheusError(
      "nodata",
      `query \`${query}\` has samples at ${points.length} of the window's ${steps} steps`
    );
}
function sampleTime(pair, query) {
  const at = Array.isArray(pair) ? Number(pair[0]) : NaN;
  if (!Number.isFinite(at))
    throw new PrometheusError(
      "malformed",
      `query \`${query}\` returned a sample without a time: ${JSON.stringify(pair)?.slice(0, 80)}`
    );
  return at;
}
async function queryInstant(baseUrl, query, opts = {}) {
  const params = { query };
  if (opts.time) params.time = unixSeconds(opts.time);
  const data = await call(baseUrl, "query", params, opts);
  const sample = data.resultType === "scalar" ? data.result : oneSeries(data, "vector", query, baseUrl).value;
  const value = sampleValue(sample, query);
  if (isNaN(value)) throw new PrometheusError("nodata", `query \`${query}\` is NaN`);
  return value;
}
function unixSeconds(d) {
  return (d.getTime() / 1e3).toFixed(3);
}
async function call(baseUrl, path, params, opts) {
  const { url, headers, secrets } = prepare(baseUrl, opts);
  const where = redactUrl(baseUrl);
  const scrub = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text).slice(0, 300);
  url.pathname = `${url.pathname.replace(/\/*$/, "")}/api/v1/${path}`;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set("timeout", `${Math.max(1, Math.ceil(timeoutMs / 1e3))}s`);
  let status;
  let ok;
  let body;
  try {
    const res = await (opts.fetch ?? fetch)(url.toString(), {
      signal: AbortSignal.timeout(timeoutMs),
      headers
    });
    ({ status, ok } = res);
    body = await res.text();
  } catch (err) {
    const e = err;
    if (e.name === "TimeoutError" || e.name === "AbortError")
      throw new PrometheusError(
        "timeout",
        `prometheus at ${where} did not answer within ${timeoutMs} ms`
      );
    const why = e.cause?.message ? `${e.message}: ${e.cause.message}` : e.message;
    throw new PrometheusError("unreachable", `cannot reach prometheus at ${where}: ${scrub(why)}`);
  }
  let envelope = {};
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed === "object" && parsed !== null) envelope = parsed;
  } catch {
  }
  if (envelope.status === "error") {
    const errorType = typeof envelope.errorType === "string" ? envelope.errorType : void 0;
    throw new PrometheusError(
      "rejected",
      `prometheus at ${where} rejected \`${params.query}\` (${errorType ?? "error"}, HTTP ${status}): ${scrub(String(envelope.error ?? ""))}`,
      { status, errorType }
    );
  }
  if (!ok)
    throw new PrometheusError(
      "http",
      `prometheus at ${where} answered HTTP ${status}: ${scrub(body)}`,
      { status }
    );
  if (envelope.status !== "success" || typeof envelope.data !== "object" || !envelope.data)
    throw new PrometheusError(
      "malformed",
      `prometheus at ${where} did not answer with the API's JSON: ${scrub(body)}`,
      { status }
    );
  return envelope.data;
}
function prepare(baseUrl, opts) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new PrometheusError("config", `the prometheus URL ${redactUrl(baseUrl)} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new PrometheusError(
      "config",
      `the prometheus URL ${redactUrl(baseUrl)} must be http:// or https://`
    );
  const secrets = [];
  for (const [name, value] of url.searchParams)
    if (SENSITIVE_PARAM.test(name) && value) secrets.push(value, encodeURIComponent(value));
  const headers = { accept: "application/json" };
  const user = decodeUserinfo(url.username);
  const password = decodeUserinfo(url.password);
  if (user || password) {
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
    if (password) secrets.push(password, url.password);
    url.username = "";
    url.password = "";
  }
  if (opts.tokenEnv) {
    const token = opts.env?.[opts.tokenEnv];
    if (!token)
      throw new PrometheusError(
        "config",
        `the environment variable ${opts.tokenEnv}, named for the prometheus token, is not set`
      );
    if (headers.authorization)
      throw new PrometheusError(
        "config",
        `the prometheus URL ${redactUrl(baseUrl)} carries a user and password and ${opts.tokenEnv} a token: give one`
      );
    headers.authorization = `Bearer ${token}`;
    secrets.push(token);
  }
  return { url, headers, secrets: secrets.filter(Boolean) };
}
function decodeUserinfo(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function oneSeries(data, resultType, query, baseUrl) {
  if (data.resultType !== resultType || !Array.isArray(data.result))
    throw new PrometheusError(
      "malformed",
      `query \`${query}\` returned ${String(data.resultType ?? "nothing")}, not a ${resultType}`
    );
  if (data.result.length === 0)
    throw new PrometheusError(
      "nodata",
      `query \`${query}\` returned no series from ${redactUrl(baseUrl)} (no traffic reached this version, or the target is gone)`
    );
  if (data.result.length > 1)
    throw new PrometheusError(
      "ambiguous",
      `query \`${query}\` returned ${data.result.length} series; aggregate it to one (e.g. sum(\u2026) or max(\u2026))`
    );
  const series = data.result[0];
  if (typeof series !== "object" || series === null)
    throw new PrometheusError(
      "malformed",
      `query \`${query}\` returned a series that is not an object`
    );
  return series;
}
function sampleValue(pair, query) {
  const text = Array.isArray(pair) ? pair[1] : void 0;
  if (text === "+Inf") return Infinity;
  if (text === "-Inf") return -Infinity;
  if (text === "NaN") return NaN;
  const value = typeof text === "string" && text.trim() !== "" ? Number(text) : NaN;
  if (isNaN(value))
    throw new PrometheusError(
      "malformed",
      `query \`${query}\` returned a sample that is not a number: ${JSON.stringify(pair)?.slice(0, 80)}`
    );
  return value;
}

// src/analysis/providers.ts
function fileProvider(path) {
  return {
    name: "file",
    async series(request) {
      const data = await readMetricsFile(path);
      const name = request.metric.name;
      const section = request.role === "baseline" ? data.baseline : data.metrics ?? data;
      const v = isObject(section) ? section[name] : void 0;
      if (typeof v === "number") return [v];
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "number")) return v;
      throw new MetricUnavailable(
        `metrics file ${path} has no number or array of numbers for \`${name}\`${request.role === "baseline" ? " under `baseline`" : ""}`
      );
    }
  };
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
async function readMetricsFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new MetricUnavailable(`cannot read metrics file ${path}: ${err.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MetricUnavailable(`metrics file ${path} is not JSON: ${err.message}`);
  }
  if (!isObject(data)) throw new MetricUnavailable(`metrics file ${path} must hold an object`);
  return data;
}
var PROMETHEUS_CONFIG_HINT = "check the url of the analysis or experiment, and MODELGATE_PROMETHEUS_TOKEN";
async function asked(what, query) {
  try {
    return await query();
  } catch (err) {
    if (!(err instanceof PrometheusError)) throw err;
    if (err.reason === "config")
      throw new ConfigError(err.message, void 0, PROMETHEUS_CONFIG_HINT);
    throw new PrometheusError(err.reason, `${what}: ${err.message}`, err.details);
  }
}
function prometheusProvider(baseUrl, options = {}) {
  return {
    name: "prometheus",
    async series(request) {
      const { query, metric } = request;
      const name = metric.name;
      if (query === void 0)
        throw new MetricUnavailable(
          `metric \`${name}\` needs a \`query\` for the prometheus provider`
        );
      const { start, end, stepS } = request.window;
      return asked(
        `${name} (${request.role})`,
        () => queryRange(baseUrl, query, { start, end, stepS }, options)
      );
    }
  };
}
async function readArm(spec, manifestDir, subject, now, options = {}) {
  const m = spec.metric;
  if (spec.provider === "file") {
    const path = resolvePath(manifestDir, spec.path ?? "metrics.json");
    const arms = (await readMetricsFile(path)).arms;
    const arm = isObject(arms) ? arms[subject.version] : void 0;
    const where = `metrics file ${path}, arms.${subject.version}`;
    if (!isObject(arm)) throw new MetricUnavailable(`${where}: no data for this arm`);
    if (m.kind === "proportion") {
      const { successes, trials } = arm;
      if (typeof successes !== "number" || typeof trials !== "number")
        throw new MetricUnavailable(`${where}: needs numbers \`successes\` and \`trials\``);
      return { kind: "proportion", successes, trials };
    }
    const samples = arm.samples;
    if (!Array.isArray(samples) || !samples.every((x) => typeof x === "number"))
      throw new MetricUnavailable(`${where}: needs \`samples\`, an array of numbers`);
    return { kind: "mean", samples };
  }
  const url = spec.url ?? "";
  const q = (query, key) => {
    if (query === void 0)
      throw new MetricUnavailable(`promotion.experiment.metric needs \`${key}\` for a ${m.kind}`);
    return expandQuery(query, subject);
  };
  const count = async (query) => Math.round(
    await asked(
      `arm ${subject.version}`,
      () => queryInstant(url, query, { ...options, time: now })
    )
  );
  if (m.kind === "proportion")
    return {
      kind: "proportion",
      successes: await count(q(m.successes, "successes")),
      trials: await count(q(m.trials, "trials"))
    };
  const spanMs = seconds(spec.window) * 1e3;
  return {
    kind: "mean",
    samples: await asked(
      `arm ${subject.version}`,
      () => queryRange(
        url,
        q(m.query, "query"),
        { start: new Date(now.getTime() - spanMs), end: now, stepS: seconds(spec.step) },
        options
      )
    )
  };
}
function providerFor(spec, manifestDir, options = {}) {
  if (spec.provider === "file")
    return fileProvider(resolvePath(manifestDir, spec.path ?? "metrics.json"));
  return prometheusProvider(spec.url ?? "", options);
}

// src/report/analysis.ts
var bound = (min, max) => [min === void 0 ? "" : `\u2265 ${min}`, max === void 0 ? "" : `\u2264 ${max}`].filter(Boolean).join(", ") || "\u2014";
var num = (n) => n === void 0 ? "\u2014" : figure(n);
var mark = (v) => v === "pass" ? "\u2713" : v === "fail" ? "\u2717" : "?";
var icon = (v) => v === "pass" ? "\u2705" : v === "fail" ? "\u274C" : "\u26A0\uFE0F";
var title = (r) => r.mode === "production" ? `production monitoring of ${r.subject.model} ${r.subject.version}` : `canary analysis of ${r.subject.model} ${r.subject.version}`;
function renderMeasurementLine(m, count) {
  return `measurement ${m.index}/${count}: ${m.verdict} (${m.reason})`;
}
var comparison = (m) => m.comparison ? `${num(m.baseline?.median)} (${m.comparison.changePct >= 0 ? "+" : ""}${num(m.comparison.changePct)} %, p ${num(m.comparison.pValue)})` : "\u2014";
function renderAnalysisText(r) {
  const lines = [`${title(r)} (${r.provider}): ${r.verdict} \u2014 ${r.reason}`];
  if (r.measurements.length > 1)
    for (const m of r.measurements)
      lines.push(`  ${mark(m.verdict)} ${renderMeasurementLine(m, r.measurements.length)}`);
  for (const m of r.metrics) {
    lines.push(
      `  ${mark(m.verdict)} ${m.name}  ${num(m.value)}  (${bound(m.min, m.max)})  ${m.verdict === "pass" && !m.comparison && m.message.endsWith("within bounds") ? "" : m.message}`.trimEnd()
    );
  }
  return lines.join("\n");
}
function renderAnalysisMarkdown(r) {
  const out = [
    `## ${icon(r.verdict)} ${title(r)}: ${r.verdict}`,
    "",
    `${cell(r.reason)}. Provider: ${r.provider}${r.subject.baselineVersion ? `; baseline: ${r.subject.baselineVersion}${r.mode === "production" ? " over the previous window" : ""}` : ""}.`,
    ""
  ];
  if (r.measurements.length > 1) {
    out.push("| measurement | at | score | verdict |", "|---|---|---|---|");
    for (const m of r.measurements)
      out.push(`| ${m.index} | ${m.at} | ${m.score} | ${m.verdict}: ${cell(m.reason)} |`);
    out.push("", `Metrics of measurement ${r.measurements.length}:`, "");
  }
  out.push(
    "| metric | canary | baseline | bounds | verdict |",
    "|---|---|---|---|---|",
    ...r.metrics.map(
      (m) => `| ${cell(m.name)} | ${num(m.value)} | ${comparison(m)} | ${bound(m.min, m.max)} | ${m.verdict === "pass" ? "pass" : cell(`${m.verdict}: ${m.message}`)} |`
    ),
    ""
  );
  return out.join("\n");
}
var share = (r, v) => r.kind === "proportion" ? `${num(v * 100)} %` : num(v);
function renderExperimentText(r) {
  const test = r.nodata === void 0 ? `; ${r.test}` : "";
  return [
    `experiment on ${r.model} (${r.metric}, ${r.better} is better${test}): ${r.verdict}`,
    ...(r.arms ?? []).map((x) => `  ${x.arm} ${x.version}: ${share(r, x.value)} (n ${x.n})`),
    `  ${r.message}`
  ].join("\n");
}
function renderExperimentMarkdown(r) {
  const arms = r.arms ? [
    "| arm | version | value | n |",
    "|---|---|---|---|",
    ...r.arms.map(
      (x) => `| ${x.arm} (${x.arm === "A" ? "production" : "canary"}) | ${x.version} | ${share(r, x.value)} | ${x.n} |`
    ),
    ""
  ] : [];
  const figures = r.nodata === void 0 ? [
    `B \u2212 A = ${share(r, r.difference)}, ${Math.round(r.interval.confidence * 100)} % confidence interval ${share(r, r.interval.lower)} to ${share(r, r.interval.upper)}, p = ${num(r.pValue)}.`,
    ""
  ] : [];
  return [
    `## ${icon(r.verdict)} experiment on \`${r.model}\`: ${r.winner ? `${r.winner} wins` : "no winner yet"}`,
    "",
    `Metric \`${r.metric}\` (${r.better} is better)${r.nodata === void 0 ? `, ${r.test}` : ""}.`,
    "",
    ...arms,
    ...figures,
    cell(r.message),
    ""
  ].join("\n");
}

// src/commands/analyze.ts
var TOKEN_ENV = "MODELGATE_PROMETHEUS_TOKEN";
var queryOptions = () => process.env[TOKEN_ENV] ? { tokenEnv: TOKEN_ENV, env: process.env } : {};
function makeAnalyzeCommand() {
  return {
    name: "analyze",
    summary: "Judge the canary against its baseline (the production gate), or production against its past",
    description: "Measures every metric of promotion.canary.analysis `count` times, `interval` apart: each metric's samples over `window` (a JSON file, or range queries against the Prometheus HTTP API where {{model}}, {{version}} and {{baseline_version}} are filled in) are checked against min/max, and a metric with a `baseline` query against the production version over the same window (Mann-Whitney U in the bad `direction`, beyond max_increase_pct / max_decrease_pct). A weighted score gives each measurement pass, fail or inconclusive; failure_limit and inconclusive_limit end the run early. No data is never a pass. With --record the result (every measurement) is stored as evidence, which promote --to production requires; with auto_rollback a failing canary is aborted in the same run. --stage production judges the production version against its own previous window (monitoring); --experiment decides the A/B experiment of promotion.experiment between production and the canary. Exits 1 unless the verdict is pass.",
    options: [
      manifestOption,
      rootOption,
      {
        name: "stage",
        kind: "string",
        placeholder: "STAGE",
        choices: ["canary", "production"],
        default: "canary",
        description: "canary: the canary against production. production: production against its own previous window."
      },
      {
        name: "experiment",
        kind: "boolean",
        description: "Decide the A/B experiment (promotion.experiment) between production (A) and the canary (B)."
      },
      {
        name: "version",
        kind: "string",
        placeholder: "V",
        description: "The version to judge. Default: the version the stage holds in the registry."
      },
      {
        name: "record",
        kind: "boolean",
        description: "Store the result in the registry as evidence (a canary analysis is what promote --to production checks)."
      },
      ...registryOptions,
      jsonOption
    ],
    examples: [
      "modelgate analyze --record",
      "modelgate analyze --stage production",
      "modelgate analyze --experiment --record"
    ],
    async run(inv, ctx) {
      const stage = requireString(inv, "stage");
      const record = booleanOption(inv, "record");
      const loadedAll = await loadManifests(inv, ctx);
      const rollsBack = loadedAll.some(
        (l) => stage === "canary" ? l.manifest.promotion.canary.analysis?.auto_rollback : l.manifest.promotion.production.auto_rollback
      );
      if (record || rollsBack && !booleanOption(inv, "experiment"))
        await refuseRegistryWrite(
          inv,
          ctx,
          record ? "analyze --record" : "analyze (auto_rollback)"
        );
      const registry = openRegistryFor(inv, ctx);
      if (booleanOption(inv, "experiment")) {
        if (stage !== "canary")
          throw new UsageError(
            "--experiment compares production with the canary; it takes no --stage production"
          );
        return experimentOutcome(
          await Promise.all(loadedAll.map((l) => runExperiment(l, registry, inv, ctx, record)))
        );
      }
      const results = [];
      const rollbacks = [];
      const skipped = [];
      const failed = [];
      for (const loaded of loadedAll) {
        const model = loaded.manifest.model.name;
        try {
          const judged = await analyzeOne(loaded, registry, inv, ctx, stage, record);
          if ("skipped" in judged) {
            ctx.log.info(`${model}: ${judged.skipped}`);
            skipped.push(`${model}: ${judged.skipped}`);
            continue;
          }
          results.push(judged.result);
          if (judged.rollback) rollbacks.push(judged.rollback);
        } catch (err) {
          if (stage !== "production" || !(err instanceof ModelgateError)) throw err;
          ctx.log.warn(`${model} was not judged: ${describeError(err)}`);
          failed.push(`${model}: ${describeError(err)}`);
        }
      }
      const verdict = overall([
        ...results.map((r) => r.verdict),
        ...failed.map(() => "inconclusive")
      ]);
      const rollbackMarkdown = (model) => {
        const own = rollbacks.filter((r) => r.model === model);
        return own.length ? renderReport(transitionReportModel(own)) : "";
      };
      return {
        exitCode: verdict === "pass" ? 0 : 1,
        verdict: verdict === "pass" ? "pass" : "fail",
        json: {
          verdict,
          models: results,
          ...rollbacks.length ? { rollbacks } : {},
          ...skipped.length ? { skipped } : {},
          ...failed.length ? { errors: failed } : {}
        },
        text: [
          ...skipped,
          ...failed.map((f) => `not judged: ${f}`),
          ...results.map(renderAnalysisText),
          ...rollbacks.length ? [renderTransitionText(rollbacks)] : []
        ].join("\n"),
        markdown: [
          ...results.map((r) => renderAnalysisMarkdown(r) + rollbackMarkdown(r.subject.model)),
          ...failed.map((f) => `Not judged: ${cell(f)}
`)
        ].join("\n"),
        outputs: {
          verdict,
          model: results.map((r) => r.subject.model).join(","),
          version: results.map((r) => r.subject.version).join(","),
          stage,
          // An automatic rollback hands off as a rollback does: later steps apply its files.
          ...handoffOutputs(rollbacks)
        },
        findings: [],
        ...stage === "production" ? {
          monitoring: results.map((r) => ({
            model: r.subject.model,
            version: r.subject.version,
            verdict: r.verdict,
            markdown: renderAnalysisMarkdown(r) + rollbackMarkdown(r.subject.model)
          }))
        } : {}
      };
    }
  };
}
function overall(verdicts) {
  return verdicts.every((v) => v === "pass") ? "pass" : verdicts.includes("fail") ? "fail" : "inconclusive";
}
async function analyzeOne(loaded, registry, inv, ctx, stage, record) {
  const m = loaded.manifest;
  const spec = m.promotion.canary.analysis;
  if (!spec && stage === "production") return { skipped: "configures no analysis to monitor by" };
  if (!spec) {
    throw new ConfigError(
      `${loaded.shown} configures no canary analysis`,
      loaded.shown,
      "add promotion.canary.analysis (provider file or prometheus, and metrics with min/max or a baseline)"
    );
  }
  const state = await registry.state(m.model.name);
  const given = stringOption(inv, "version");
  const version = given !== void 0 ? checkVersion(given) : state.stages[stage]?.version;
  if (version === void 0 && stage === "production")
    return { skipped: "nothing in production to monitor" };
  if (version === void 0) {
    throw new GateError(
      `the canary of ${m.model.name} runs no version`,
      "promote --to canary first, or pass --version"
    );
  }
  const production = state.stages.production?.version;
  const subject = {
    model: m.model.name,
    version,
    ...stage === "production" ? { baselineVersion: version } : production ? { baselineVersion: production } : {}
  };
  const result = await runAnalysis(spec, providerFor(spec, loaded.dir, queryOptions()), subject, {
    mode: stage,
    onMeasurement: (meas, count) => ctx.log.info(`${m.model.name} ${version}: ${renderMeasurementLine(meas, count)}`)
  });
  if (record) {
    const now = (await registry.state(m.model.name)).stages[stage];
    const then = state.stages[stage];
    if (now?.revision !== then?.revision)
      throw new GateError(
        `the ${stage} of ${m.model.name} changed during the analysis (revision ${then?.revision ?? "none"} \u2192 ${now?.revision ?? "none"}): nothing recorded`,
        "run analyze again, on the stage as it is now"
      );
    const weight = state.stages.canary?.version === version ? state.stages.canary.weight : void 0;
    const kind = stage === "canary" ? `analysis-${weight ?? 0}` : "monitor";
    await recordVerdict(registry, ctx, m.model.name, version, kind, result);
  }
  const auto = stage === "canary" ? spec.auto_rollback : m.promotion.production.auto_rollback;
  if (!auto || result.verdict !== "fail") return { result };
  const why = stage === "canary" ? `automatic rollback: the canary analysis of ${version} failed: ${result.reason}` : `automatic rollback: production monitoring of ${version} failed: ${result.reason}`;
  if (stage === "production" && await restoredByRollback(registry, state)) {
    ctx.log.warn(
      `${m.model.name} ${version} was itself restored by a rollback: not rolling back further automatically`
    );
    return { result };
  }
  ctx.log.warn(why);
  const rollback = await rollBack(loaded, registry, ctx, stage, why, version);
  return { result, rollback };
}
async function restoredByRollback(registry, state) {
  const at = state.stages.production;
  return at !== void 0 && (await registry.event(state.model, at.revision)).change.type === "rollback";
}
async function runExperiment(loaded, registry, inv, ctx, record) {
  const m = loaded.manifest;
  const spec = m.promotion.experiment;
  if (!spec)
    throw new ConfigError(
      `${loaded.shown} configures no experiment`,
      loaded.shown,
      "add promotion.experiment (provider, and a metric of kind proportion or mean)"
    );
  const state = await registry.state(m.model.name);
  const a = state.stages.production?.version;
  const given = stringOption(inv, "version");
  const b = given !== void 0 ? checkVersion(given) : state.stages.canary?.version;
  if (a === void 0 || b === void 0)
    throw new GateError(
      `an experiment of ${m.model.name} needs a version in production (A) and one in the canary (B); production holds ${a ?? "nothing"}, the canary ${b ?? "nothing"}`,
      "promote the challenger --to canary at the split the experiment should get"
    );
  const now = /* @__PURE__ */ new Date();
  const options = queryOptions();
  let result;
  try {
    result = decideExperiment(
      spec,
      m.model.name,
      {
        version: a,
        data: await readArm(spec, loaded.dir, { model: m.model.name, version: a }, now, options)
      },
      {
        version: b,
        data: await readArm(spec, loaded.dir, { model: m.model.name, version: b }, now, options)
      }
    );
  } catch (err) {
    if (!(err instanceof MetricUnavailable) && !(err instanceof StatsInputError)) throw err;
    result = experimentWithoutData(
      spec,
      m.model.name,
      `${err.message} (check promotion.experiment and that both arms receive traffic)`
    );
  }
  ctx.log.info(`${m.model.name}: ${result.message}`);
  if (record) await recordVerdict(registry, ctx, m.model.name, b, "experiment", result);
  return result;
}
async function recordVerdict(registry, ctx, model, version, kind, result) {
  const published = await registry.publishedVersion(model, version);
  if (!published)
    throw new GateError(`${model} ${version} is not published`, "run modelgate publish first");
  await recordEvidence(registry, model, version, kind, {
    verdict: result.verdict === "pass" ? "pass" : "fail",
    artifacts: published.artifacts.map((a) => ({ path: a.path, sha256: a.sha256 })),
    details: result,
    recorded: provenance(ctx),
    everyRun: true
  });
}
function experimentOutcome(results) {
  const verdict = overall(results.map((r) => r.verdict));
  return {
    exitCode: verdict === "pass" ? 0 : 1,
    verdict: verdict === "pass" ? "pass" : "fail",
    json: { verdict, experiments: results },
    text: results.map(renderExperimentText).join("\n"),
    markdown: results.map(renderExperimentMarkdown).join("\n"),
    outputs: {
      verdict,
      model: results.map((r) => r.model).join(","),
      version: results.map((r) => r.winner ?? "").join(",")
    },
    findings: []
  };
}
export {
  makeAnalyzeCommand
};
