#!/usr/bin/env node
import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import {
  formatBytes,
  hasErrors
} from "./chunk-BEQKABMV.js";
import {
  findRepositoryRoot,
  resolveInside
} from "./chunk-KS5MAWVZ.js";
import {
  closest
} from "./chunk-4OFAA5JN.js";
import {
  ConfigError
} from "./chunk-HVXGMGJV.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-WJXHPGZE.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/manifest/load.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";

// src/manifest/schema-validator.ts
var validate = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://modelgate.dev/schema/modelgate.schema.json", "title": "modelgate deploy manifest", "description": "Describes one model, how it is served, where it must load and how it is promoted. Used by modelgate validate/test/publish/promote.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "model"], "properties": { "apiVersion": { "description": "Version of this manifest format.", "const": "modelgate/v1" }, "model": { "type": "object", "additionalProperties": false, "required": ["name", "version", "framework", "artifacts"], "properties": { "name": { "description": "Registry name of the model.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,62}$", "x-hint": "lowercase letters, digits and '-', starting with a letter or digit, at most 63 characters" }, "version": { "description": "Semantic version of this model build (https://semver.org), without +build metadata.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$", "x-hint": "a semantic version such as 1.2.0 or 2.0.0-rc.1, without +build metadata (semver ignores it when ordering)" }, "framework": { "description": "How the artifacts are loaded.", "enum": ["sklearn", "onnx", "pytorch", "tensorflow", "xgboost", "safetensors", "gguf", "tensorrt", "custom"] }, "artifacts": { "description": "Files that make up the model, relative to this manifest.", "type": "array", "minItems": 1, "maxItems": 1e3, "items": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "description": "Relative to the manifest; must stay inside the repository.", "type": "string", "minLength": 1, "maxLength": 4096 }, "sha256": { "description": "Expected sha256 (64 lowercase hex digits); verified when present.", "type": "string", "pattern": "^[0-9a-f]{64}$", "x-hint": "64 lowercase hexadecimal digits" } } } }, "signature": { "description": "The model's inputs and outputs.", "type": "object", "additionalProperties": false, "required": ["inputs", "outputs"], "properties": { "inputs": { "$ref": "#/$defs/tensors" }, "outputs": { "$ref": "#/$defs/tensors" } } }, "samples": { "description": 'JSON Lines file of golden samples: one {"inputs": \u2026, "expected": \u2026} per line.', "type": "string", "minLength": 1 } } }, "serving": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "mode": { "enum": ["realtime", "batch", "edge"], "default": "realtime" }, "slo": { "type": "object", "additionalProperties": false, "properties": { "p95_latency_ms": { "type": "number", "exclusiveMinimum": 0 }, "p50_latency_ms": { "type": "number", "exclusiveMinimum": 0 }, "min_throughput_rps": { "type": "number", "exclusiveMinimum": 0 }, "max_error_rate": { "description": "Largest share of failed requests a serving target's load test may have, from 0 to 1.", "type": "number", "minimum": 0, "maximum": 1 }, "min_rows_per_s": { "description": "Serving mode batch only: the fewest rows per second a target must answer (a serving target's load test: rows of its successful batches per measured second; a harness target: rows of its batch per second).", "type": "number", "exclusiveMinimum": 0 } } }, "max_artifact_mb": { "description": "Upper bound on the total size of the artifacts, in MiB. Required for edge.", "type": "number", "exclusiveMinimum": 0 } } }, "compatibility": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "tolerance": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "atol": { "type": "number", "minimum": 0, "default": 1e-6 }, "rtol": { "type": "number", "minimum": 0, "default": 1e-5 } } }, "max_parallel": { "type": "integer", "minimum": 1, "maximum": 64, "default": 2 }, "breaking_changes": { "description": "What validate does with a breaking change of model.signature against the version in production (an input removed, added or of another dtype, a shape that no longer accepts what production accepted; an output removed, of another dtype or of a shape production's promise does not cover). warn (the default): report it and pass. fail: fail the check.", "enum": ["warn", "fail"], "default": "warn" }, "targets": { "type": "array", "default": [], "items": { "type": "object", "additionalProperties": false, "required": ["name", "image"], "properties": { "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$", "x-hint": "lowercase letters, digits, '.', '_' and '-', at most 63 characters" }, "image": { "type": "string", "minLength": 1 }, "setup": { "description": "Run once with network; the result is cached as a local image.", "type": "string" }, "command": { "description": "For framework custom: the command that writes result.json.", "type": "string" }, "python": { "description": "Interpreter inside the image.", "type": "string", "default": "python3" }, "required": { "type": "boolean", "default": true }, "timeout_s": { "type": "integer", "minimum": 1, "maximum": 86400, "default": 600 }, "cpus": { "type": "number", "exclusiveMinimum": 0, "default": 1 }, "memory_mb": { "type": "integer", "minimum": 64, "default": 2048 }, "serve": { "description": "Makes this a serving target: modelgate lays out a model repository, starts the image's model server on it and talks to it over its protocol, instead of running the Python harness.", "type": "object", "additionalProperties": false, "required": ["protocol", "layout"], "properties": { "protocol": { "description": "What the server speaks: kserve-v2 (the Open Inference Protocol: Triton, MLServer, KServe's runtimes, TorchServe) or tfserving (TensorFlow Serving's REST API).", "enum": ["kserve-v2", "tfserving"] }, "layout": { "description": "The model repository modelgate lays out and mounts read-only at /models: triton (<model>/<version>/model.onnx|model.pt|model.savedmodel|model.plan and <model>/config.pbtxt) or tfserving (<model>/<version>/saved_model.pb and variables/).", "enum": ["triton", "tfserving"] }, "port": { "description": "The server's HTTP port inside the container. Default 8000 for layout triton, 8501 for layout tfserving.", "type": "integer", "minimum": 1, "maximum": 65535 }, "command": { "description": "The server's command line. Default for triton: [tritonserver, --model-repository=/models]; for tfserving: [tensorflow_model_server, --rest_api_port=<port>, --model_name=<model>, --model_base_path=/models/<model>].", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "config": { "description": "Layout triton only: your own config.pbtxt, relative to this manifest; checked against model.signature. Generated from model.signature when absent.", "type": "string", "minLength": 1, "maxLength": 4096 }, "ready_timeout_s": { "description": "How long the server may take to report the model ready.", "type": "integer", "minimum": 1, "maximum": 86400, "default": 120 } } }, "load": { "description": "A load test after the golden samples (serving targets only): closed-loop at concurrency, or open-loop at rate_rps, judged against serving.slo.", "type": "object", "additionalProperties": false, "properties": { "concurrency": { "description": "Requests in flight at once (closed loop). Not with rate_rps.", "type": "integer", "minimum": 1, "maximum": 1e4 }, "rate_rps": { "description": "Requests per second sent on schedule (open loop), latency measured from each request's intended send time. Not with concurrency.", "type": "number", "exclusiveMinimum": 0 }, "duration_s": { "description": "How long the measured load lasts, in seconds.", "type": "number", "exclusiveMinimum": 0, "maximum": 3600, "default": 10 }, "warmup_s": { "description": "Load sent before measuring, in seconds; not counted.", "type": "number", "minimum": 0, "maximum": 3600, "default": 2 }, "batch_size": { "description": "Serving mode batch only (default 256 there): rows each request carries along the leading batch dimension, taken from the golden samples' rows in turn. Needs a leading -1 in every input of model.signature.", "type": "integer", "minimum": 1, "maximum": 1e6 } } } } } } } }, "security": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "pickle": { "description": "strict (the default): fail on any pickle global not on the generated allow-list or in allow_globals. warn-unknown-classes: only warn on an unknown global that is instantiated as a class and never called; unknown functions still fail. standard: the former default, now read as strict.", "enum": ["strict", "warn-unknown-classes", "standard"], "default": "strict" }, "allow_globals": { "description": "Extra exact module.name globals to treat as safe (never overrides the deny-list of what is known to run code).", "type": "array", "default": [], "items": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$", "x-hint": "a dotted module.name such as mypkg.transformers.Scaler" } } } }, "promotion": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "canary": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "steps": { "description": "Canary traffic weights in percent, strictly increasing, each in (0, 100).", "type": "array", "default": [10, 50], "minItems": 1, "items": { "type": "number" } }, "analysis": { "description": "How the canary is judged: every metric fetched for the canary (and its baseline) over the same window, `count` times `interval` apart.", "type": "object", "additionalProperties": false, "required": ["provider", "metrics"], "properties": { "provider": { "enum": ["file", "prometheus"] }, "url": { "type": "string", "pattern": "^https?://", "x-hint": "an http:// or https:// URL" }, "path": { "type": "string" }, "window": { "description": "How far back each measurement reads the canary's and the baseline's series (range queries), e.g. 5m.", "$ref": "#/$defs/duration", "default": "5m" }, "step": { "description": "The resolution of the range queries: one sample per step, e.g. 15s.", "$ref": "#/$defs/duration", "default": "15s" }, "interval": { "description": "Time between two measurements, e.g. 1m.", "$ref": "#/$defs/duration", "default": "1m" }, "count": { "description": "How many measurements one analyze run takes.", "type": "integer", "minimum": 1, "maximum": 1e3, "default": 1 }, "failure_limit": { "description": "Failed measurements tolerated; one more fails the analysis at once.", "type": "integer", "minimum": 0, "default": 0 }, "inconclusive_limit": { "description": "Inconclusive measurements tolerated; one more makes the analysis inconclusive at once.", "type": "integer", "minimum": 0, "default": 0 }, "thresholds": { "description": "The weighted score (0-100) a measurement needs: at least `pass` passes, below `marginal` fails, in between is inconclusive.", "type": "object", "additionalProperties": false, "default": {}, "properties": { "pass": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 95 }, "marginal": { "type": "number", "exclusiveMinimum": 0, "maximum": 100, "default": 75 } } }, "confidence": { "description": "Confidence of the comparison with the baseline (Mann-Whitney U, one-sided in the metric's bad direction).", "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "auto_rollback": { "description": "A failing analysis aborts the canary in the same run (weight 0, production untouched) and runs the deploy hook.", "type": "boolean", "default": false }, "metrics": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "query": { "description": "The canary's query; {{model}}, {{version}} and {{baseline_version}} are filled in.", "type": "string", "minLength": 1 }, "baseline": { "description": "The baseline's query (the production version's series), fetched over the same window.", "type": "string", "minLength": 1 }, "direction": { "description": "Which change is bad: `increase` (latency, errors) or `decrease` (accuracy, throughput).", "enum": ["increase", "decrease"], "default": "increase" }, "max_increase_pct": { "description": "How much higher than the baseline (in percent of its median) the canary may be before a significant increase fails.", "type": "number", "minimum": 0 }, "max_decrease_pct": { "description": "How much lower than the baseline (in percent of its median) the canary may be before a significant decrease fails.", "type": "number", "minimum": 0 }, "weight": { "description": "The metric's share of the score.", "type": "number", "exclusiveMinimum": 0, "default": 1 }, "max": { "type": "number" }, "min": { "type": "number" } } } } } } } }, "experiment": { "description": "An A/B experiment: production (A) and the canary (B) serve split traffic at the canary's weight; a business metric per arm decides the winner.", "type": "object", "additionalProperties": false, "required": ["provider", "metric"], "properties": { "provider": { "enum": ["file", "prometheus"] }, "url": { "type": "string", "pattern": "^https?://", "x-hint": "an http:// or https:// URL" }, "path": { "type": "string" }, "window": { "description": "How far back a mean's samples are read (range query).", "$ref": "#/$defs/duration", "default": "1h" }, "step": { "$ref": "#/$defs/duration", "default": "1m" }, "confidence": { "type": "number", "exclusiveMinimum": 0.5, "exclusiveMaximum": 1, "default": 0.95 }, "power": { "description": "The power a conclusive answer should have, for the traffic-needed estimate.", "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.8 }, "metric": { "type": "object", "additionalProperties": false, "required": ["name", "kind"], "properties": { "name": { "type": "string", "minLength": 1 }, "kind": { "description": "`proportion`: conversions out of trials per arm (two-proportion test); `mean`: samples per arm (Mann-Whitney and the Hodges-Lehmann shift).", "enum": ["proportion", "mean"] }, "better": { "enum": ["higher", "lower"], "default": "higher" }, "successes": { "description": "proportion: the arm's conversion count; {{version}} is the arm.", "type": "string", "minLength": 1 }, "trials": { "description": "proportion: the arm's trial count.", "type": "string", "minLength": 1 }, "query": { "description": "mean: the arm's series, whose samples are compared.", "type": "string", "minLength": 1 } } } } }, "write_events": { "description": "GitHub events whose runs may write to the registry (publish, promote, rollback, --record) besides push, workflow_dispatch, schedule and release, e.g. workflow_run. Pull-request events never may.", "type": "array", "default": [], "items": { "type": "string", "pattern": "^(?!pull_request)[a-z][a-z_]*$", "x-hint": "a GitHub event name (such as workflow_run), and not a pull-request event: pull-request runs never write to the registry" } }, "production": { "type": "object", "additionalProperties": false, "default": {}, "properties": { "allowed_events": { "type": "array", "default": ["workflow_dispatch", "push"], "items": { "type": "string", "minLength": 1 } }, "allowed_refs": { "type": "array", "default": ["refs/heads/main"], "items": { "type": "string", "minLength": 1 } }, "auto_rollback": { "description": "analyze --stage production that fails rolls production back to the version before it, in the same run.", "type": "boolean", "default": false } } } } }, "deploy": { "type": "object", "additionalProperties": false, "properties": { "hook": { "description": "Run after each transition with MODELGATE_* variables, once the hand-off files are written (their paths in MODELGATE_<OUTPUT>_FILE variables).", "type": "string", "minLength": 1 }, "out": { "description": "Folder the hand-off files are written to, as <out>/<model>/<platform>/...; relative to the manifest's folder. Default .modelgate/deploy.", "type": "string", "minLength": 1 }, "storage_uri": { "description": "Where a serving platform reads a version's model files (KServe storageUri, SageMaker ModelDataUrl), with {{model}} and {{version}} filled in, e.g. s3://models/{{model}}/{{version}}/. Default: for a model of one artifact, that artifact's blob in the registry.", "type": "string", "minLength": 1 }, "kserve": { "description": "Render a KServe InferenceService (serving.kserve.io/v1beta1) after each transition.", "type": "object", "additionalProperties": false, "required": ["model_format"], "properties": { "name": { "description": "The InferenceService's name; default the model's name.", "type": "string", "pattern": "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$" }, "namespace": { "type": "string", "minLength": 1 }, "model_format": { "description": "predictor.model.modelFormat.name, e.g. sklearn, onnx, pytorch.", "type": "string", "minLength": 1 }, "model_format_version": { "type": "string", "minLength": 1 }, "runtime": { "description": "A ServingRuntime to use instead of the one KServe picks for the format.", "type": "string", "minLength": 1 }, "protocol_version": { "enum": ["v1", "v2", "grpc-v2"] }, "service_account_name": { "description": "The account the predictor runs as, e.g. one that may read the model's bucket.", "type": "string", "minLength": 1 } } }, "sagemaker": { "description": "Render an Amazon SageMaker endpoint configuration (variants production and canary, weighted by the canary) and its weight step after each transition; apply: true sends it to SageMaker.", "type": "object", "additionalProperties": false, "required": ["endpoint", "instance_type"], "properties": { "endpoint": { "description": "The endpoint's name.", "type": "string", "pattern": "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$" }, "instance_type": { "description": "e.g. ml.m5.large.", "type": "string", "pattern": "^ml\\.[a-z0-9.-]+$" }, "initial_instance_count": { "description": "Instances per variant when a configuration is created; default 1.", "type": "integer", "minimum": 1 }, "model_prefix": { "description": "Models are named <model_prefix>-<version with dots as dashes>; default the model's name.", "type": "string", "pattern": "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$" }, "execution_role_arn": { "description": "With image: the role SageMaker runs a model as, and modelgate creates the models that are missing from deploy.storage_uri.", "type": "string", "pattern": "^arn:aws[a-z-]*:iam::[0-9]{12}:role/" }, "image": { "description": "The inference container's image; with execution_role_arn, modelgate creates missing models.", "type": "string", "minLength": 1 }, "apply": { "description": "Send the rendering to SageMaker after each transition, through the AWS SDK's credentials and region; default false.", "type": "boolean" }, "region": { "description": "The AWS region; default the SDK's (AWS_REGION).", "type": "string", "minLength": 1 } } }, "vertex": { "description": "Render a Vertex AI endpoint traffic split (the endpoints.patch body) after each transition.", "type": "object", "additionalProperties": false, "required": ["project", "location", "endpoint", "deployed_models"], "properties": { "project": { "type": "string", "minLength": 1 }, "location": { "description": "The region, e.g. us-central1.", "type": "string", "minLength": 1 }, "endpoint": { "description": "The endpoint's ID.", "type": "string", "minLength": 1 }, "deployed_models": { "type": "object", "description": "The deployed model ID of each version the registry may serve, keyed by version.", "minProperties": 1, "additionalProperties": { "type": "string", "pattern": "^[0-9]+$" } } } }, "azure": { "description": "Render an Azure ML managed online endpoint's traffic map after each transition.", "type": "object", "additionalProperties": false, "required": ["endpoint", "deployments"], "properties": { "endpoint": { "description": "The online endpoint's name.", "type": "string", "pattern": "^[a-zA-Z][-a-zA-Z0-9]{1,30}[a-zA-Z0-9]$" }, "auth_mode": { "enum": ["key", "aml_token", "aad_token"] }, "deployments": { "type": "object", "description": "The deployment of each version the registry may serve, keyed by version.", "minProperties": 1, "additionalProperties": { "type": "string", "minLength": 1 } } } } } } }, "$defs": { "duration": { "description": "A duration: seconds as a number, or a number with ms, s, m or h (30s, 5m).", "type": ["number", "string"], "exclusiveMinimum": 0, "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", "x-hint": "seconds as a number, or a duration such as 30s, 5m or 1h" }, "tensors": { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "dtype", "shape"], "properties": { "name": { "type": "string", "minLength": 1 }, "dtype": { "enum": ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64", "string"] }, "shape": { "description": "-1 marks a dimension of any size.", "type": "array", "maxItems": 16, "items": { "type": "integer", "minimum": -1 } } } } } } };
var schema32 = { "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name", "dtype", "shape"], "properties": { "name": { "type": "string", "minLength": 1 }, "dtype": { "enum": ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "float16", "bfloat16", "float32", "float64", "string"] }, "shape": { "description": "-1 marks a dimension of any size.", "type": "array", "maxItems": 16, "items": { "type": "integer", "minimum": -1 } } } } };
var schema34 = { "description": "A duration: seconds as a number, or a number with ms, s, m or h (30s, 5m).", "type": ["number", "string"], "exclusiveMinimum": 0, "pattern": "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", "x-hint": "seconds as a number, or a duration such as 30s, 5m or 1h" };
var pattern4 = new RegExp("^[a-z0-9][a-z0-9-]{0,62}$", "u");
var pattern5 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$", "u");
var pattern6 = new RegExp("^[0-9a-f]{64}$", "u");
var pattern7 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
var pattern8 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$", "u");
var pattern9 = new RegExp("^https?://", "u");
var pattern10 = new RegExp("^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", "u");
var pattern16 = new RegExp("^(?!pull_request)[a-z][a-z_]*$", "u");
var pattern17 = new RegExp("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
var pattern18 = new RegExp("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$", "u");
var pattern19 = new RegExp("^ml\\.[a-z0-9.-]+$", "u");
var pattern21 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/", "u");
var pattern22 = new RegExp("^[0-9]+$", "u");
var pattern23 = new RegExp("^[a-zA-Z][-a-zA-Z0-9]{1,30}[a-zA-Z0-9]$", "u");
var func1 = require_ucs2length().default;
var func6 = Object.prototype.hasOwnProperty;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.serving === void 0) {
      data.serving = {};
    }
    if (data.compatibility === void 0) {
      data.compatibility = {};
    }
    if (data.security === void 0) {
      data.security = {};
    }
    if (data.promotion === void 0) {
      data.promotion = {};
    }
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "model" || key0 === "serving" || key0 === "compatibility" || key0 === "security" || key0 === "promotion" || key0 === "deploy")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelgate/v1" !== data0) {
        const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "modelgate/v1" }, message: "must be equal to constant", schema: "modelgate/v1", parentSchema: schema31.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      let data1 = data.model;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.name === void 0) {
          const err4 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.model.required, parentSchema: schema31.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1.version === void 0) {
          const err5 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema31.properties.model.required, parentSchema: schema31.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (data1.framework === void 0) {
          const err6 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/required", keyword: "required", params: { missingProperty: "framework" }, message: "must have required property 'framework'", schema: schema31.properties.model.required, parentSchema: schema31.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1.artifacts === void 0) {
          const err7 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/required", keyword: "required", params: { missingProperty: "artifacts" }, message: "must have required property 'artifacts'", schema: schema31.properties.model.required, parentSchema: schema31.properties.model, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "name" || key1 === "version" || key1 === "framework" || key1 === "artifacts" || key1 === "signature" || key1 === "samples")) {
            const err8 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.model, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1.name !== void 0) {
          let data2 = data1.name;
          if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
              const err9 = { instancePath: instancePath + "/model/name", schemaPath: "#/properties/model/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,62}$"', schema: "^[a-z0-9][a-z0-9-]{0,62}$", parentSchema: schema31.properties.model.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/model/name", schemaPath: "#/properties/model/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.name.type, parentSchema: schema31.properties.model.properties.name, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.version !== void 0) {
          let data3 = data1.version;
          if (typeof data3 === "string") {
            if (!pattern5.test(data3)) {
              const err11 = { instancePath: instancePath + "/model/version", schemaPath: "#/properties/model/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$", parentSchema: schema31.properties.model.properties.version, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/model/version", schemaPath: "#/properties/model/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.version.type, parentSchema: schema31.properties.model.properties.version, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data1.framework !== void 0) {
          let data4 = data1.framework;
          if (!(data4 === "sklearn" || data4 === "onnx" || data4 === "pytorch" || data4 === "tensorflow" || data4 === "xgboost" || data4 === "safetensors" || data4 === "gguf" || data4 === "tensorrt" || data4 === "custom")) {
            const err13 = { instancePath: instancePath + "/model/framework", schemaPath: "#/properties/model/properties/framework/enum", keyword: "enum", params: { allowedValues: schema31.properties.model.properties.framework.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.model.properties.framework.enum, parentSchema: schema31.properties.model.properties.framework, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data1.artifacts !== void 0) {
          let data5 = data1.artifacts;
          if (Array.isArray(data5)) {
            if (data5.length > 1e3) {
              const err14 = { instancePath: instancePath + "/model/artifacts", schemaPath: "#/properties/model/properties/artifacts/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema31.properties.model.properties.artifacts, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data5.length < 1) {
              const err15 = { instancePath: instancePath + "/model/artifacts", schemaPath: "#/properties/model/properties/artifacts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.model.properties.artifacts, data: data5 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.path === void 0) {
                  const err16 = { instancePath: instancePath + "/model/artifacts/" + i0, schemaPath: "#/properties/model/properties/artifacts/items/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema31.properties.model.properties.artifacts.items.required, parentSchema: schema31.properties.model.properties.artifacts.items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
                for (const key2 in data6) {
                  if (!(key2 === "path" || key2 === "sha256")) {
                    const err17 = { instancePath: instancePath + "/model/artifacts/" + i0, schemaPath: "#/properties/model/properties/artifacts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.model.properties.artifacts.items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
                if (data6.path !== void 0) {
                  let data7 = data6.path;
                  if (typeof data7 === "string") {
                    if (func1(data7) > 4096) {
                      const err18 = { instancePath: instancePath + "/model/artifacts/" + i0 + "/path", schemaPath: "#/properties/model/properties/artifacts/items/properties/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema31.properties.model.properties.artifacts.items.properties.path, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                    if (func1(data7) < 1) {
                      const err19 = { instancePath: instancePath + "/model/artifacts/" + i0 + "/path", schemaPath: "#/properties/model/properties/artifacts/items/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.model.properties.artifacts.items.properties.path, data: data7 };
                      if (vErrors === null) {
                        vErrors = [err19];
                      } else {
                        vErrors.push(err19);
                      }
                      errors++;
                    }
                  } else {
                    const err20 = { instancePath: instancePath + "/model/artifacts/" + i0 + "/path", schemaPath: "#/properties/model/properties/artifacts/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.artifacts.items.properties.path.type, parentSchema: schema31.properties.model.properties.artifacts.items.properties.path, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data6.sha256 !== void 0) {
                  let data8 = data6.sha256;
                  if (typeof data8 === "string") {
                    if (!pattern6.test(data8)) {
                      const err21 = { instancePath: instancePath + "/model/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/model/properties/artifacts/items/properties/sha256/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{64}$" }, message: 'must match pattern "^[0-9a-f]{64}$"', schema: "^[0-9a-f]{64}$", parentSchema: schema31.properties.model.properties.artifacts.items.properties.sha256, data: data8 };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = { instancePath: instancePath + "/model/artifacts/" + i0 + "/sha256", schemaPath: "#/properties/model/properties/artifacts/items/properties/sha256/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.artifacts.items.properties.sha256.type, parentSchema: schema31.properties.model.properties.artifacts.items.properties.sha256, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/model/artifacts/" + i0, schemaPath: "#/properties/model/properties/artifacts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.model.properties.artifacts.items.type, parentSchema: schema31.properties.model.properties.artifacts.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/model/artifacts", schemaPath: "#/properties/model/properties/artifacts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.model.properties.artifacts.type, parentSchema: schema31.properties.model.properties.artifacts, data: data5 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data1.signature !== void 0) {
          let data9 = data1.signature;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.inputs === void 0) {
              const err25 = { instancePath: instancePath + "/model/signature", schemaPath: "#/properties/model/properties/signature/required", keyword: "required", params: { missingProperty: "inputs" }, message: "must have required property 'inputs'", schema: schema31.properties.model.properties.signature.required, parentSchema: schema31.properties.model.properties.signature, data: data9 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data9.outputs === void 0) {
              const err26 = { instancePath: instancePath + "/model/signature", schemaPath: "#/properties/model/properties/signature/required", keyword: "required", params: { missingProperty: "outputs" }, message: "must have required property 'outputs'", schema: schema31.properties.model.properties.signature.required, parentSchema: schema31.properties.model.properties.signature, data: data9 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key3 in data9) {
              if (!(key3 === "inputs" || key3 === "outputs")) {
                const err27 = { instancePath: instancePath + "/model/signature", schemaPath: "#/properties/model/properties/signature/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.model.properties.signature, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.inputs !== void 0) {
              let data10 = data9.inputs;
              if (Array.isArray(data10)) {
                if (data10.length < 1) {
                  const err28 = { instancePath: instancePath + "/model/signature/inputs", schemaPath: "#/$defs/tensors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data11 = data10[i1];
                  if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                    if (data11.name === void 0) {
                      const err29 = { instancePath: instancePath + "/model/signature/inputs/" + i1, schemaPath: "#/$defs/tensors/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.items.required, parentSchema: schema32.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                    if (data11.dtype === void 0) {
                      const err30 = { instancePath: instancePath + "/model/signature/inputs/" + i1, schemaPath: "#/$defs/tensors/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'", schema: schema32.items.required, parentSchema: schema32.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                    if (data11.shape === void 0) {
                      const err31 = { instancePath: instancePath + "/model/signature/inputs/" + i1, schemaPath: "#/$defs/tensors/items/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'", schema: schema32.items.required, parentSchema: schema32.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err31];
                      } else {
                        vErrors.push(err31);
                      }
                      errors++;
                    }
                    for (const key4 in data11) {
                      if (!(key4 === "name" || key4 === "dtype" || key4 === "shape")) {
                        const err32 = { instancePath: instancePath + "/model/signature/inputs/" + i1, schemaPath: "#/$defs/tensors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.items, data: data11 };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                    if (data11.name !== void 0) {
                      let data12 = data11.name;
                      if (typeof data12 === "string") {
                        if (func1(data12) < 1) {
                          const err33 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/name", schemaPath: "#/$defs/tensors/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items.properties.name, data: data12 };
                          if (vErrors === null) {
                            vErrors = [err33];
                          } else {
                            vErrors.push(err33);
                          }
                          errors++;
                        }
                      } else {
                        const err34 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/name", schemaPath: "#/$defs/tensors/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.properties.name.type, parentSchema: schema32.items.properties.name, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err34];
                        } else {
                          vErrors.push(err34);
                        }
                        errors++;
                      }
                    }
                    if (data11.dtype !== void 0) {
                      let data13 = data11.dtype;
                      if (!(data13 === "bool" || data13 === "int8" || data13 === "int16" || data13 === "int32" || data13 === "int64" || data13 === "uint8" || data13 === "uint16" || data13 === "uint32" || data13 === "uint64" || data13 === "float16" || data13 === "bfloat16" || data13 === "float32" || data13 === "float64" || data13 === "string")) {
                        const err35 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/dtype", schemaPath: "#/$defs/tensors/items/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema32.items.properties.dtype.enum }, message: "must be equal to one of the allowed values", schema: schema32.items.properties.dtype.enum, parentSchema: schema32.items.properties.dtype, data: data13 };
                        if (vErrors === null) {
                          vErrors = [err35];
                        } else {
                          vErrors.push(err35);
                        }
                        errors++;
                      }
                    }
                    if (data11.shape !== void 0) {
                      let data14 = data11.shape;
                      if (Array.isArray(data14)) {
                        if (data14.length > 16) {
                          const err36 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/shape", schemaPath: "#/$defs/tensors/items/properties/shape/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema32.items.properties.shape, data: data14 };
                          if (vErrors === null) {
                            vErrors = [err36];
                          } else {
                            vErrors.push(err36);
                          }
                          errors++;
                        }
                        const len2 = data14.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          let data15 = data14[i2];
                          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                            const err37 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/shape/" + i2, schemaPath: "#/$defs/tensors/items/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.items.properties.shape.items.type, parentSchema: schema32.items.properties.shape.items, data: data15 };
                            if (vErrors === null) {
                              vErrors = [err37];
                            } else {
                              vErrors.push(err37);
                            }
                            errors++;
                          }
                          if (typeof data15 == "number" && isFinite(data15)) {
                            if (data15 < -1 || isNaN(data15)) {
                              const err38 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/shape/" + i2, schemaPath: "#/$defs/tensors/items/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema32.items.properties.shape.items, data: data15 };
                              if (vErrors === null) {
                                vErrors = [err38];
                              } else {
                                vErrors.push(err38);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err39 = { instancePath: instancePath + "/model/signature/inputs/" + i1 + "/shape", schemaPath: "#/$defs/tensors/items/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.items.properties.shape.type, parentSchema: schema32.items.properties.shape, data: data14 };
                        if (vErrors === null) {
                          vErrors = [err39];
                        } else {
                          vErrors.push(err39);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err40 = { instancePath: instancePath + "/model/signature/inputs/" + i1, schemaPath: "#/$defs/tensors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.items.type, parentSchema: schema32.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/model/signature/inputs", schemaPath: "#/$defs/tensors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.type, parentSchema: schema32, data: data10 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data9.outputs !== void 0) {
              let data16 = data9.outputs;
              if (Array.isArray(data16)) {
                if (data16.length < 1) {
                  const err42 = { instancePath: instancePath + "/model/signature/outputs", schemaPath: "#/$defs/tensors/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema32, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                const len3 = data16.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data17 = data16[i3];
                  if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                    if (data17.name === void 0) {
                      const err43 = { instancePath: instancePath + "/model/signature/outputs/" + i3, schemaPath: "#/$defs/tensors/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema32.items.required, parentSchema: schema32.items, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                    if (data17.dtype === void 0) {
                      const err44 = { instancePath: instancePath + "/model/signature/outputs/" + i3, schemaPath: "#/$defs/tensors/items/required", keyword: "required", params: { missingProperty: "dtype" }, message: "must have required property 'dtype'", schema: schema32.items.required, parentSchema: schema32.items, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                    if (data17.shape === void 0) {
                      const err45 = { instancePath: instancePath + "/model/signature/outputs/" + i3, schemaPath: "#/$defs/tensors/items/required", keyword: "required", params: { missingProperty: "shape" }, message: "must have required property 'shape'", schema: schema32.items.required, parentSchema: schema32.items, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err45];
                      } else {
                        vErrors.push(err45);
                      }
                      errors++;
                    }
                    for (const key5 in data17) {
                      if (!(key5 === "name" || key5 === "dtype" || key5 === "shape")) {
                        const err46 = { instancePath: instancePath + "/model/signature/outputs/" + i3, schemaPath: "#/$defs/tensors/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32.items, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err46];
                        } else {
                          vErrors.push(err46);
                        }
                        errors++;
                      }
                    }
                    if (data17.name !== void 0) {
                      let data18 = data17.name;
                      if (typeof data18 === "string") {
                        if (func1(data18) < 1) {
                          const err47 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/name", schemaPath: "#/$defs/tensors/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.items.properties.name, data: data18 };
                          if (vErrors === null) {
                            vErrors = [err47];
                          } else {
                            vErrors.push(err47);
                          }
                          errors++;
                        }
                      } else {
                        const err48 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/name", schemaPath: "#/$defs/tensors/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.items.properties.name.type, parentSchema: schema32.items.properties.name, data: data18 };
                        if (vErrors === null) {
                          vErrors = [err48];
                        } else {
                          vErrors.push(err48);
                        }
                        errors++;
                      }
                    }
                    if (data17.dtype !== void 0) {
                      let data19 = data17.dtype;
                      if (!(data19 === "bool" || data19 === "int8" || data19 === "int16" || data19 === "int32" || data19 === "int64" || data19 === "uint8" || data19 === "uint16" || data19 === "uint32" || data19 === "uint64" || data19 === "float16" || data19 === "bfloat16" || data19 === "float32" || data19 === "float64" || data19 === "string")) {
                        const err49 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/dtype", schemaPath: "#/$defs/tensors/items/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema32.items.properties.dtype.enum }, message: "must be equal to one of the allowed values", schema: schema32.items.properties.dtype.enum, parentSchema: schema32.items.properties.dtype, data: data19 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                    }
                    if (data17.shape !== void 0) {
                      let data20 = data17.shape;
                      if (Array.isArray(data20)) {
                        if (data20.length > 16) {
                          const err50 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/shape", schemaPath: "#/$defs/tensors/items/properties/shape/maxItems", keyword: "maxItems", params: { limit: 16 }, message: "must NOT have more than 16 items", schema: 16, parentSchema: schema32.items.properties.shape, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        const len4 = data20.length;
                        for (let i4 = 0; i4 < len4; i4++) {
                          let data21 = data20[i4];
                          if (!(typeof data21 == "number" && (!(data21 % 1) && !isNaN(data21)) && isFinite(data21))) {
                            const err51 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/shape/" + i4, schemaPath: "#/$defs/tensors/items/properties/shape/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.items.properties.shape.items.type, parentSchema: schema32.items.properties.shape.items, data: data21 };
                            if (vErrors === null) {
                              vErrors = [err51];
                            } else {
                              vErrors.push(err51);
                            }
                            errors++;
                          }
                          if (typeof data21 == "number" && isFinite(data21)) {
                            if (data21 < -1 || isNaN(data21)) {
                              const err52 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/shape/" + i4, schemaPath: "#/$defs/tensors/items/properties/shape/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1 }, message: "must be >= -1", schema: -1, parentSchema: schema32.items.properties.shape.items, data: data21 };
                              if (vErrors === null) {
                                vErrors = [err52];
                              } else {
                                vErrors.push(err52);
                              }
                              errors++;
                            }
                          }
                        }
                      } else {
                        const err53 = { instancePath: instancePath + "/model/signature/outputs/" + i3 + "/shape", schemaPath: "#/$defs/tensors/items/properties/shape/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.items.properties.shape.type, parentSchema: schema32.items.properties.shape, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/model/signature/outputs/" + i3, schemaPath: "#/$defs/tensors/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.items.type, parentSchema: schema32.items, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
              } else {
                const err55 = { instancePath: instancePath + "/model/signature/outputs", schemaPath: "#/$defs/tensors/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema32.type, parentSchema: schema32, data: data16 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
          } else {
            const err56 = { instancePath: instancePath + "/model/signature", schemaPath: "#/properties/model/properties/signature/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.model.properties.signature.type, parentSchema: schema31.properties.model.properties.signature, data: data9 };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data1.samples !== void 0) {
          let data22 = data1.samples;
          if (typeof data22 === "string") {
            if (func1(data22) < 1) {
              const err57 = { instancePath: instancePath + "/model/samples", schemaPath: "#/properties/model/properties/samples/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.model.properties.samples, data: data22 };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          } else {
            const err58 = { instancePath: instancePath + "/model/samples", schemaPath: "#/properties/model/properties/samples/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.model.properties.samples.type, parentSchema: schema31.properties.model.properties.samples, data: data22 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/model", schemaPath: "#/properties/model/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.model.type, parentSchema: schema31.properties.model, data: data1 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    let data23 = data.serving;
    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
      if (data23.mode === void 0) {
        data23.mode = "realtime";
      }
      for (const key6 in data23) {
        if (!(key6 === "mode" || key6 === "slo" || key6 === "max_artifact_mb")) {
          const err60 = { instancePath: instancePath + "/serving", schemaPath: "#/properties/serving/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.serving, data: data23 };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      }
      let data24 = data23.mode;
      if (!(data24 === "realtime" || data24 === "batch" || data24 === "edge")) {
        const err61 = { instancePath: instancePath + "/serving/mode", schemaPath: "#/properties/serving/properties/mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.serving.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.serving.properties.mode.enum, parentSchema: schema31.properties.serving.properties.mode, data: data24 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
      if (data23.slo !== void 0) {
        let data25 = data23.slo;
        if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
          for (const key7 in data25) {
            if (!(key7 === "p95_latency_ms" || key7 === "p50_latency_ms" || key7 === "min_throughput_rps" || key7 === "max_error_rate" || key7 === "min_rows_per_s")) {
              const err62 = { instancePath: instancePath + "/serving/slo", schemaPath: "#/properties/serving/properties/slo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.serving.properties.slo, data: data25 };
              if (vErrors === null) {
                vErrors = [err62];
              } else {
                vErrors.push(err62);
              }
              errors++;
            }
          }
          if (data25.p95_latency_ms !== void 0) {
            let data26 = data25.p95_latency_ms;
            if (typeof data26 == "number" && isFinite(data26)) {
              if (data26 <= 0 || isNaN(data26)) {
                const err63 = { instancePath: instancePath + "/serving/slo/p95_latency_ms", schemaPath: "#/properties/serving/properties/slo/properties/p95_latency_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.serving.properties.slo.properties.p95_latency_ms, data: data26 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            } else {
              const err64 = { instancePath: instancePath + "/serving/slo/p95_latency_ms", schemaPath: "#/properties/serving/properties/slo/properties/p95_latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.serving.properties.slo.properties.p95_latency_ms.type, parentSchema: schema31.properties.serving.properties.slo.properties.p95_latency_ms, data: data26 };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          }
          if (data25.p50_latency_ms !== void 0) {
            let data27 = data25.p50_latency_ms;
            if (typeof data27 == "number" && isFinite(data27)) {
              if (data27 <= 0 || isNaN(data27)) {
                const err65 = { instancePath: instancePath + "/serving/slo/p50_latency_ms", schemaPath: "#/properties/serving/properties/slo/properties/p50_latency_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.serving.properties.slo.properties.p50_latency_ms, data: data27 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            } else {
              const err66 = { instancePath: instancePath + "/serving/slo/p50_latency_ms", schemaPath: "#/properties/serving/properties/slo/properties/p50_latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.serving.properties.slo.properties.p50_latency_ms.type, parentSchema: schema31.properties.serving.properties.slo.properties.p50_latency_ms, data: data27 };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          if (data25.min_throughput_rps !== void 0) {
            let data28 = data25.min_throughput_rps;
            if (typeof data28 == "number" && isFinite(data28)) {
              if (data28 <= 0 || isNaN(data28)) {
                const err67 = { instancePath: instancePath + "/serving/slo/min_throughput_rps", schemaPath: "#/properties/serving/properties/slo/properties/min_throughput_rps/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.serving.properties.slo.properties.min_throughput_rps, data: data28 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            } else {
              const err68 = { instancePath: instancePath + "/serving/slo/min_throughput_rps", schemaPath: "#/properties/serving/properties/slo/properties/min_throughput_rps/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.serving.properties.slo.properties.min_throughput_rps.type, parentSchema: schema31.properties.serving.properties.slo.properties.min_throughput_rps, data: data28 };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data25.max_error_rate !== void 0) {
            let data29 = data25.max_error_rate;
            if (typeof data29 == "number" && isFinite(data29)) {
              if (data29 > 1 || isNaN(data29)) {
                const err69 = { instancePath: instancePath + "/serving/slo/max_error_rate", schemaPath: "#/properties/serving/properties/slo/properties/max_error_rate/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema31.properties.serving.properties.slo.properties.max_error_rate, data: data29 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (data29 < 0 || isNaN(data29)) {
                const err70 = { instancePath: instancePath + "/serving/slo/max_error_rate", schemaPath: "#/properties/serving/properties/slo/properties/max_error_rate/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.serving.properties.slo.properties.max_error_rate, data: data29 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            } else {
              const err71 = { instancePath: instancePath + "/serving/slo/max_error_rate", schemaPath: "#/properties/serving/properties/slo/properties/max_error_rate/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.serving.properties.slo.properties.max_error_rate.type, parentSchema: schema31.properties.serving.properties.slo.properties.max_error_rate, data: data29 };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          if (data25.min_rows_per_s !== void 0) {
            let data30 = data25.min_rows_per_s;
            if (typeof data30 == "number" && isFinite(data30)) {
              if (data30 <= 0 || isNaN(data30)) {
                const err72 = { instancePath: instancePath + "/serving/slo/min_rows_per_s", schemaPath: "#/properties/serving/properties/slo/properties/min_rows_per_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.serving.properties.slo.properties.min_rows_per_s, data: data30 };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            } else {
              const err73 = { instancePath: instancePath + "/serving/slo/min_rows_per_s", schemaPath: "#/properties/serving/properties/slo/properties/min_rows_per_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.serving.properties.slo.properties.min_rows_per_s.type, parentSchema: schema31.properties.serving.properties.slo.properties.min_rows_per_s, data: data30 };
              if (vErrors === null) {
                vErrors = [err73];
              } else {
                vErrors.push(err73);
              }
              errors++;
            }
          }
        } else {
          const err74 = { instancePath: instancePath + "/serving/slo", schemaPath: "#/properties/serving/properties/slo/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.serving.properties.slo.type, parentSchema: schema31.properties.serving.properties.slo, data: data25 };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
      }
      if (data23.max_artifact_mb !== void 0) {
        let data31 = data23.max_artifact_mb;
        if (typeof data31 == "number" && isFinite(data31)) {
          if (data31 <= 0 || isNaN(data31)) {
            const err75 = { instancePath: instancePath + "/serving/max_artifact_mb", schemaPath: "#/properties/serving/properties/max_artifact_mb/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.serving.properties.max_artifact_mb, data: data31 };
            if (vErrors === null) {
              vErrors = [err75];
            } else {
              vErrors.push(err75);
            }
            errors++;
          }
        } else {
          const err76 = { instancePath: instancePath + "/serving/max_artifact_mb", schemaPath: "#/properties/serving/properties/max_artifact_mb/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.serving.properties.max_artifact_mb.type, parentSchema: schema31.properties.serving.properties.max_artifact_mb, data: data31 };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      }
    } else {
      const err77 = { instancePath: instancePath + "/serving", schemaPath: "#/properties/serving/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.serving.type, parentSchema: schema31.properties.serving, data: data23 };
      if (vErrors === null) {
        vErrors = [err77];
      } else {
        vErrors.push(err77);
      }
      errors++;
    }
    let data32 = data.compatibility;
    if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
      if (data32.tolerance === void 0) {
        data32.tolerance = {};
      }
      if (data32.max_parallel === void 0) {
        data32.max_parallel = 2;
      }
      if (data32.breaking_changes === void 0) {
        data32.breaking_changes = "warn";
      }
      if (data32.targets === void 0) {
        data32.targets = [];
      }
      for (const key8 in data32) {
        if (!(key8 === "tolerance" || key8 === "max_parallel" || key8 === "breaking_changes" || key8 === "targets")) {
          const err78 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility, data: data32 };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      }
      let data33 = data32.tolerance;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (data33.atol === void 0) {
          data33.atol = 1e-6;
        }
        if (data33.rtol === void 0) {
          data33.rtol = 1e-5;
        }
        for (const key9 in data33) {
          if (!(key9 === "atol" || key9 === "rtol")) {
            const err79 = { instancePath: instancePath + "/compatibility/tolerance", schemaPath: "#/properties/compatibility/properties/tolerance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.tolerance, data: data33 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        let data34 = data33.atol;
        if (typeof data34 == "number" && isFinite(data34)) {
          if (data34 < 0 || isNaN(data34)) {
            const err80 = { instancePath: instancePath + "/compatibility/tolerance/atol", schemaPath: "#/properties/compatibility/properties/tolerance/properties/atol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.compatibility.properties.tolerance.properties.atol, data: data34 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        } else {
          const err81 = { instancePath: instancePath + "/compatibility/tolerance/atol", schemaPath: "#/properties/compatibility/properties/tolerance/properties/atol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.compatibility.properties.tolerance.properties.atol.type, parentSchema: schema31.properties.compatibility.properties.tolerance.properties.atol, data: data34 };
          if (vErrors === null) {
            vErrors = [err81];
          } else {
            vErrors.push(err81);
          }
          errors++;
        }
        let data35 = data33.rtol;
        if (typeof data35 == "number" && isFinite(data35)) {
          if (data35 < 0 || isNaN(data35)) {
            const err82 = { instancePath: instancePath + "/compatibility/tolerance/rtol", schemaPath: "#/properties/compatibility/properties/tolerance/properties/rtol/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.compatibility.properties.tolerance.properties.rtol, data: data35 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        } else {
          const err83 = { instancePath: instancePath + "/compatibility/tolerance/rtol", schemaPath: "#/properties/compatibility/properties/tolerance/properties/rtol/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.compatibility.properties.tolerance.properties.rtol.type, parentSchema: schema31.properties.compatibility.properties.tolerance.properties.rtol, data: data35 };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      } else {
        const err84 = { instancePath: instancePath + "/compatibility/tolerance", schemaPath: "#/properties/compatibility/properties/tolerance/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.tolerance.type, parentSchema: schema31.properties.compatibility.properties.tolerance, data: data33 };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      let data36 = data32.max_parallel;
      if (!(typeof data36 == "number" && (!(data36 % 1) && !isNaN(data36)) && isFinite(data36))) {
        const err85 = { instancePath: instancePath + "/compatibility/max_parallel", schemaPath: "#/properties/compatibility/properties/max_parallel/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.max_parallel.type, parentSchema: schema31.properties.compatibility.properties.max_parallel, data: data36 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
      if (typeof data36 == "number" && isFinite(data36)) {
        if (data36 > 64 || isNaN(data36)) {
          const err86 = { instancePath: instancePath + "/compatibility/max_parallel", schemaPath: "#/properties/compatibility/properties/max_parallel/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema31.properties.compatibility.properties.max_parallel, data: data36 };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
        if (data36 < 1 || isNaN(data36)) {
          const err87 = { instancePath: instancePath + "/compatibility/max_parallel", schemaPath: "#/properties/compatibility/properties/max_parallel/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.max_parallel, data: data36 };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      }
      let data37 = data32.breaking_changes;
      if (!(data37 === "warn" || data37 === "fail")) {
        const err88 = { instancePath: instancePath + "/compatibility/breaking_changes", schemaPath: "#/properties/compatibility/properties/breaking_changes/enum", keyword: "enum", params: { allowedValues: schema31.properties.compatibility.properties.breaking_changes.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.compatibility.properties.breaking_changes.enum, parentSchema: schema31.properties.compatibility.properties.breaking_changes, data: data37 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
      let data38 = data32.targets;
      if (Array.isArray(data38)) {
        const len5 = data38.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data39 = data38[i5];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.python === void 0) {
              data39.python = "python3";
            }
            if (data39.required === void 0) {
              data39.required = true;
            }
            if (data39.timeout_s === void 0) {
              data39.timeout_s = 600;
            }
            if (data39.cpus === void 0) {
              data39.cpus = 1;
            }
            if (data39.memory_mb === void 0) {
              data39.memory_mb = 2048;
            }
            if (data39.name === void 0) {
              const err89 = { instancePath: instancePath + "/compatibility/targets/" + i5, schemaPath: "#/properties/compatibility/properties/targets/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.compatibility.properties.targets.items.required, parentSchema: schema31.properties.compatibility.properties.targets.items, data: data39 };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
            if (data39.image === void 0) {
              const err90 = { instancePath: instancePath + "/compatibility/targets/" + i5, schemaPath: "#/properties/compatibility/properties/targets/items/required", keyword: "required", params: { missingProperty: "image" }, message: "must have required property 'image'", schema: schema31.properties.compatibility.properties.targets.items.required, parentSchema: schema31.properties.compatibility.properties.targets.items, data: data39 };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
            for (const key10 in data39) {
              if (!func6.call(schema31.properties.compatibility.properties.targets.items.properties, key10)) {
                const err91 = { instancePath: instancePath + "/compatibility/targets/" + i5, schemaPath: "#/properties/compatibility/properties/targets/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.targets.items, data: data39 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
            }
            if (data39.name !== void 0) {
              let data40 = data39.name;
              if (typeof data40 === "string") {
                if (!pattern7.test(data40)) {
                  const err92 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/name", schemaPath: "#/properties/compatibility/properties/targets/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema31.properties.compatibility.properties.targets.items.properties.name, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
              } else {
                const err93 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/name", schemaPath: "#/properties/compatibility/properties/targets/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.name.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.name, data: data40 };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data39.image !== void 0) {
              let data41 = data39.image;
              if (typeof data41 === "string") {
                if (func1(data41) < 1) {
                  const err94 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/image", schemaPath: "#/properties/compatibility/properties/targets/items/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.image, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err94];
                  } else {
                    vErrors.push(err94);
                  }
                  errors++;
                }
              } else {
                const err95 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/image", schemaPath: "#/properties/compatibility/properties/targets/items/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.image.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.image, data: data41 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data39.setup !== void 0) {
              let data42 = data39.setup;
              if (typeof data42 !== "string") {
                const err96 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/setup", schemaPath: "#/properties/compatibility/properties/targets/items/properties/setup/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.setup.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.setup, data: data42 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data39.command !== void 0) {
              let data43 = data39.command;
              if (typeof data43 !== "string") {
                const err97 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/command", schemaPath: "#/properties/compatibility/properties/targets/items/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.command.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.command, data: data43 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            let data44 = data39.python;
            if (typeof data44 !== "string") {
              const err98 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/python", schemaPath: "#/properties/compatibility/properties/targets/items/properties/python/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.python.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.python, data: data44 };
              if (vErrors === null) {
                vErrors = [err98];
              } else {
                vErrors.push(err98);
              }
              errors++;
            }
            let data45 = data39.required;
            if (typeof data45 !== "boolean") {
              const err99 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/required", schemaPath: "#/properties/compatibility/properties/targets/items/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.compatibility.properties.targets.items.properties.required.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.required, data: data45 };
              if (vErrors === null) {
                vErrors = [err99];
              } else {
                vErrors.push(err99);
              }
              errors++;
            }
            let data46 = data39.timeout_s;
            if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)) && isFinite(data46))) {
              const err100 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/timeout_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/timeout_s/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.targets.items.properties.timeout_s.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.timeout_s, data: data46 };
              if (vErrors === null) {
                vErrors = [err100];
              } else {
                vErrors.push(err100);
              }
              errors++;
            }
            if (typeof data46 == "number" && isFinite(data46)) {
              if (data46 > 86400 || isNaN(data46)) {
                const err101 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/timeout_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/timeout_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.timeout_s, data: data46 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
              if (data46 < 1 || isNaN(data46)) {
                const err102 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/timeout_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/timeout_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.timeout_s, data: data46 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            let data47 = data39.cpus;
            if (typeof data47 == "number" && isFinite(data47)) {
              if (data47 <= 0 || isNaN(data47)) {
                const err103 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/cpus", schemaPath: "#/properties/compatibility/properties/targets/items/properties/cpus/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.cpus, data: data47 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
            } else {
              const err104 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/cpus", schemaPath: "#/properties/compatibility/properties/targets/items/properties/cpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.compatibility.properties.targets.items.properties.cpus.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.cpus, data: data47 };
              if (vErrors === null) {
                vErrors = [err104];
              } else {
                vErrors.push(err104);
              }
              errors++;
            }
            let data48 = data39.memory_mb;
            if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)) && isFinite(data48))) {
              const err105 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/memory_mb", schemaPath: "#/properties/compatibility/properties/targets/items/properties/memory_mb/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.targets.items.properties.memory_mb.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.memory_mb, data: data48 };
              if (vErrors === null) {
                vErrors = [err105];
              } else {
                vErrors.push(err105);
              }
              errors++;
            }
            if (typeof data48 == "number" && isFinite(data48)) {
              if (data48 < 64 || isNaN(data48)) {
                const err106 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/memory_mb", schemaPath: "#/properties/compatibility/properties/targets/items/properties/memory_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 64 }, message: "must be >= 64", schema: 64, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.memory_mb, data: data48 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data39.serve !== void 0) {
              let data49 = data39.serve;
              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                if (data49.ready_timeout_s === void 0) {
                  data49.ready_timeout_s = 120;
                }
                if (data49.protocol === void 0) {
                  const err107 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.required, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (data49.layout === void 0) {
                  const err108 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/required", keyword: "required", params: { missingProperty: "layout" }, message: "must have required property 'layout'", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.required, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve, data: data49 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
                for (const key11 in data49) {
                  if (!(key11 === "protocol" || key11 === "layout" || key11 === "port" || key11 === "command" || key11 === "config" || key11 === "ready_timeout_s")) {
                    const err109 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve, data: data49 };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data49.protocol !== void 0) {
                  let data50 = data49.protocol;
                  if (!(data50 === "kserve-v2" || data50 === "tfserving")) {
                    const err110 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/protocol", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.protocol.enum, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.protocol, data: data50 };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data49.layout !== void 0) {
                  let data51 = data49.layout;
                  if (!(data51 === "triton" || data51 === "tfserving")) {
                    const err111 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/layout", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/layout/enum", keyword: "enum", params: { allowedValues: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.layout.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.layout.enum, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.layout, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data49.port !== void 0) {
                  let data52 = data49.port;
                  if (!(typeof data52 == "number" && (!(data52 % 1) && !isNaN(data52)) && isFinite(data52))) {
                    const err112 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/port", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.port.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.port, data: data52 };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                  if (typeof data52 == "number" && isFinite(data52)) {
                    if (data52 > 65535 || isNaN(data52)) {
                      const err113 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/port", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.port, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                    if (data52 < 1 || isNaN(data52)) {
                      const err114 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/port", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.port, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err114];
                      } else {
                        vErrors.push(err114);
                      }
                      errors++;
                    }
                  }
                }
                if (data49.command !== void 0) {
                  let data53 = data49.command;
                  if (Array.isArray(data53)) {
                    if (data53.length < 1) {
                      const err115 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/command", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.command, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                    const len6 = data53.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      let data54 = data53[i6];
                      if (typeof data54 === "string") {
                        if (func1(data54) < 1) {
                          const err116 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/command/" + i6, schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/command/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.command.items, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      } else {
                        const err117 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/command/" + i6, schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.command.items.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.command.items, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err118 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/command", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.command.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.command, data: data53 };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data49.config !== void 0) {
                  let data55 = data49.config;
                  if (typeof data55 === "string") {
                    if (func1(data55) > 4096) {
                      const err119 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/config", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/config/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters", schema: 4096, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.config, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err119];
                      } else {
                        vErrors.push(err119);
                      }
                      errors++;
                    }
                    if (func1(data55) < 1) {
                      const err120 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/config", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/config/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.config, data: data55 };
                      if (vErrors === null) {
                        vErrors = [err120];
                      } else {
                        vErrors.push(err120);
                      }
                      errors++;
                    }
                  } else {
                    const err121 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/config", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/config/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.config.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.config, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                let data56 = data49.ready_timeout_s;
                if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)) && isFinite(data56))) {
                  const err122 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/ready_timeout_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/ready_timeout_s/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.ready_timeout_s.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.ready_timeout_s, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
                if (typeof data56 == "number" && isFinite(data56)) {
                  if (data56 > 86400 || isNaN(data56)) {
                    const err123 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/ready_timeout_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/ready_timeout_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.ready_timeout_s, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                  if (data56 < 1 || isNaN(data56)) {
                    const err124 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve/ready_timeout_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/properties/ready_timeout_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve.properties.ready_timeout_s, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
              } else {
                const err125 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/serve", schemaPath: "#/properties/compatibility/properties/targets/items/properties/serve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.targets.items.properties.serve.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.serve, data: data49 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
            }
            if (data39.load !== void 0) {
              let data57 = data39.load;
              if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                if (data57.duration_s === void 0) {
                  data57.duration_s = 10;
                }
                if (data57.warmup_s === void 0) {
                  data57.warmup_s = 2;
                }
                for (const key12 in data57) {
                  if (!(key12 === "concurrency" || key12 === "rate_rps" || key12 === "duration_s" || key12 === "warmup_s" || key12 === "batch_size")) {
                    const err126 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data57.concurrency !== void 0) {
                  let data58 = data57.concurrency;
                  if (!(typeof data58 == "number" && (!(data58 % 1) && !isNaN(data58)) && isFinite(data58))) {
                    const err127 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/concurrency", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.concurrency.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.concurrency, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err127];
                    } else {
                      vErrors.push(err127);
                    }
                    errors++;
                  }
                  if (typeof data58 == "number" && isFinite(data58)) {
                    if (data58 > 1e4 || isNaN(data58)) {
                      const err128 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/concurrency", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.concurrency, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                    if (data58 < 1 || isNaN(data58)) {
                      const err129 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/concurrency", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.concurrency, data: data58 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                  }
                }
                if (data57.rate_rps !== void 0) {
                  let data59 = data57.rate_rps;
                  if (typeof data59 == "number" && isFinite(data59)) {
                    if (data59 <= 0 || isNaN(data59)) {
                      const err130 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/rate_rps", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/rate_rps/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.rate_rps, data: data59 };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/rate_rps", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/rate_rps/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.rate_rps.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.rate_rps, data: data59 };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                let data60 = data57.duration_s;
                if (typeof data60 == "number" && isFinite(data60)) {
                  if (data60 > 3600 || isNaN(data60)) {
                    const err132 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/duration_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/duration_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.duration_s, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                  if (data60 <= 0 || isNaN(data60)) {
                    const err133 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/duration_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/duration_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.duration_s, data: data60 };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                } else {
                  const err134 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/duration_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/duration_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.duration_s.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.duration_s, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err134];
                  } else {
                    vErrors.push(err134);
                  }
                  errors++;
                }
                let data61 = data57.warmup_s;
                if (typeof data61 == "number" && isFinite(data61)) {
                  if (data61 > 3600 || isNaN(data61)) {
                    const err135 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/warmup_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/warmup_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.warmup_s, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                  if (data61 < 0 || isNaN(data61)) {
                    const err136 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/warmup_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/warmup_s/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.warmup_s, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                } else {
                  const err137 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/warmup_s", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/warmup_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.warmup_s.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.warmup_s, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err137];
                  } else {
                    vErrors.push(err137);
                  }
                  errors++;
                }
                if (data57.batch_size !== void 0) {
                  let data62 = data57.batch_size;
                  if (!(typeof data62 == "number" && (!(data62 % 1) && !isNaN(data62)) && isFinite(data62))) {
                    const err138 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/batch_size", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/batch_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.batch_size.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.batch_size, data: data62 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                  if (typeof data62 == "number" && isFinite(data62)) {
                    if (data62 > 1e6 || isNaN(data62)) {
                      const err139 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/batch_size", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/batch_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000", schema: 1e6, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.batch_size, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err139];
                      } else {
                        vErrors.push(err139);
                      }
                      errors++;
                    }
                    if (data62 < 1 || isNaN(data62)) {
                      const err140 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load/batch_size", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/properties/batch_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load.properties.batch_size, data: data62 };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err141 = { instancePath: instancePath + "/compatibility/targets/" + i5 + "/load", schemaPath: "#/properties/compatibility/properties/targets/items/properties/load/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.targets.items.properties.load.type, parentSchema: schema31.properties.compatibility.properties.targets.items.properties.load, data: data57 };
                if (vErrors === null) {
                  vErrors = [err141];
                } else {
                  vErrors.push(err141);
                }
                errors++;
              }
            }
          } else {
            const err142 = { instancePath: instancePath + "/compatibility/targets/" + i5, schemaPath: "#/properties/compatibility/properties/targets/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.properties.targets.items.type, parentSchema: schema31.properties.compatibility.properties.targets.items, data: data39 };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
      } else {
        const err143 = { instancePath: instancePath + "/compatibility/targets", schemaPath: "#/properties/compatibility/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.compatibility.properties.targets.type, parentSchema: schema31.properties.compatibility.properties.targets, data: data38 };
        if (vErrors === null) {
          vErrors = [err143];
        } else {
          vErrors.push(err143);
        }
        errors++;
      }
    } else {
      const err144 = { instancePath: instancePath + "/compatibility", schemaPath: "#/properties/compatibility/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.compatibility.type, parentSchema: schema31.properties.compatibility, data: data32 };
      if (vErrors === null) {
        vErrors = [err144];
      } else {
        vErrors.push(err144);
      }
      errors++;
    }
    let data63 = data.security;
    if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
      if (data63.pickle === void 0) {
        data63.pickle = "strict";
      }
      if (data63.allow_globals === void 0) {
        data63.allow_globals = [];
      }
      for (const key13 in data63) {
        if (!(key13 === "pickle" || key13 === "allow_globals")) {
          const err145 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.security, data: data63 };
          if (vErrors === null) {
            vErrors = [err145];
          } else {
            vErrors.push(err145);
          }
          errors++;
        }
      }
      let data64 = data63.pickle;
      if (!(data64 === "strict" || data64 === "warn-unknown-classes" || data64 === "standard")) {
        const err146 = { instancePath: instancePath + "/security/pickle", schemaPath: "#/properties/security/properties/pickle/enum", keyword: "enum", params: { allowedValues: schema31.properties.security.properties.pickle.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.security.properties.pickle.enum, parentSchema: schema31.properties.security.properties.pickle, data: data64 };
        if (vErrors === null) {
          vErrors = [err146];
        } else {
          vErrors.push(err146);
        }
        errors++;
      }
      let data65 = data63.allow_globals;
      if (Array.isArray(data65)) {
        const len7 = data65.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data66 = data65[i7];
          if (typeof data66 === "string") {
            if (!pattern8.test(data66)) {
              const err147 = { instancePath: instancePath + "/security/allow_globals/" + i7, schemaPath: "#/properties/security/properties/allow_globals/items/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$"', schema: "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+$", parentSchema: schema31.properties.security.properties.allow_globals.items, data: data66 };
              if (vErrors === null) {
                vErrors = [err147];
              } else {
                vErrors.push(err147);
              }
              errors++;
            }
          } else {
            const err148 = { instancePath: instancePath + "/security/allow_globals/" + i7, schemaPath: "#/properties/security/properties/allow_globals/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.security.properties.allow_globals.items.type, parentSchema: schema31.properties.security.properties.allow_globals.items, data: data66 };
            if (vErrors === null) {
              vErrors = [err148];
            } else {
              vErrors.push(err148);
            }
            errors++;
          }
        }
      } else {
        const err149 = { instancePath: instancePath + "/security/allow_globals", schemaPath: "#/properties/security/properties/allow_globals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.security.properties.allow_globals.type, parentSchema: schema31.properties.security.properties.allow_globals, data: data65 };
        if (vErrors === null) {
          vErrors = [err149];
        } else {
          vErrors.push(err149);
        }
        errors++;
      }
    } else {
      const err150 = { instancePath: instancePath + "/security", schemaPath: "#/properties/security/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.security.type, parentSchema: schema31.properties.security, data: data63 };
      if (vErrors === null) {
        vErrors = [err150];
      } else {
        vErrors.push(err150);
      }
      errors++;
    }
    let data67 = data.promotion;
    if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
      if (data67.canary === void 0) {
        data67.canary = {};
      }
      if (data67.write_events === void 0) {
        data67.write_events = [];
      }
      if (data67.production === void 0) {
        data67.production = {};
      }
      for (const key14 in data67) {
        if (!(key14 === "canary" || key14 === "experiment" || key14 === "write_events" || key14 === "production")) {
          const err151 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion, data: data67 };
          if (vErrors === null) {
            vErrors = [err151];
          } else {
            vErrors.push(err151);
          }
          errors++;
        }
      }
      let data68 = data67.canary;
      if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
        if (data68.steps === void 0) {
          data68.steps = [10, 50];
        }
        for (const key15 in data68) {
          if (!(key15 === "steps" || key15 === "analysis")) {
            const err152 = { instancePath: instancePath + "/promotion/canary", schemaPath: "#/properties/promotion/properties/canary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.canary, data: data68 };
            if (vErrors === null) {
              vErrors = [err152];
            } else {
              vErrors.push(err152);
            }
            errors++;
          }
        }
        let data69 = data68.steps;
        if (Array.isArray(data69)) {
          if (data69.length < 1) {
            const err153 = { instancePath: instancePath + "/promotion/canary/steps", schemaPath: "#/properties/promotion/properties/canary/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.steps, data: data69 };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
          const len8 = data69.length;
          for (let i8 = 0; i8 < len8; i8++) {
            let data70 = data69[i8];
            if (!(typeof data70 == "number" && isFinite(data70))) {
              const err154 = { instancePath: instancePath + "/promotion/canary/steps/" + i8, schemaPath: "#/properties/promotion/properties/canary/properties/steps/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.steps.items.type, parentSchema: schema31.properties.promotion.properties.canary.properties.steps.items, data: data70 };
              if (vErrors === null) {
                vErrors = [err154];
              } else {
                vErrors.push(err154);
              }
              errors++;
            }
          }
        } else {
          const err155 = { instancePath: instancePath + "/promotion/canary/steps", schemaPath: "#/properties/promotion/properties/canary/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.promotion.properties.canary.properties.steps.type, parentSchema: schema31.properties.promotion.properties.canary.properties.steps, data: data69 };
          if (vErrors === null) {
            vErrors = [err155];
          } else {
            vErrors.push(err155);
          }
          errors++;
        }
        if (data68.analysis !== void 0) {
          let data71 = data68.analysis;
          if (data71 && typeof data71 == "object" && !Array.isArray(data71)) {
            if (data71.window === void 0) {
              data71.window = "5m";
            }
            if (data71.step === void 0) {
              data71.step = "15s";
            }
            if (data71.interval === void 0) {
              data71.interval = "1m";
            }
            if (data71.count === void 0) {
              data71.count = 1;
            }
            if (data71.failure_limit === void 0) {
              data71.failure_limit = 0;
            }
            if (data71.inconclusive_limit === void 0) {
              data71.inconclusive_limit = 0;
            }
            if (data71.thresholds === void 0) {
              data71.thresholds = {};
            }
            if (data71.confidence === void 0) {
              data71.confidence = 0.95;
            }
            if (data71.auto_rollback === void 0) {
              data71.auto_rollback = false;
            }
            if (data71.provider === void 0) {
              const err156 = { instancePath: instancePath + "/promotion/canary/analysis", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema31.properties.promotion.properties.canary.properties.analysis.required, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis, data: data71 };
              if (vErrors === null) {
                vErrors = [err156];
              } else {
                vErrors.push(err156);
              }
              errors++;
            }
            if (data71.metrics === void 0) {
              const err157 = { instancePath: instancePath + "/promotion/canary/analysis", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'", schema: schema31.properties.promotion.properties.canary.properties.analysis.required, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis, data: data71 };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            for (const key16 in data71) {
              if (!func6.call(schema31.properties.promotion.properties.canary.properties.analysis.properties, key16)) {
                const err158 = { instancePath: instancePath + "/promotion/canary/analysis", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis, data: data71 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data71.provider !== void 0) {
              let data72 = data71.provider;
              if (!(data72 === "file" || data72 === "prometheus")) {
                const err159 = { instancePath: instancePath + "/promotion/canary/analysis/provider", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/provider/enum", keyword: "enum", params: { allowedValues: schema31.properties.promotion.properties.canary.properties.analysis.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.provider.enum, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.provider, data: data72 };
                if (vErrors === null) {
                  vErrors = [err159];
                } else {
                  vErrors.push(err159);
                }
                errors++;
              }
            }
            if (data71.url !== void 0) {
              let data73 = data71.url;
              if (typeof data73 === "string") {
                if (!pattern9.test(data73)) {
                  const err160 = { instancePath: instancePath + "/promotion/canary/analysis/url", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.url, data: data73 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              } else {
                const err161 = { instancePath: instancePath + "/promotion/canary/analysis/url", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.url.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.url, data: data73 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
            }
            if (data71.path !== void 0) {
              let data74 = data71.path;
              if (typeof data74 !== "string") {
                const err162 = { instancePath: instancePath + "/promotion/canary/analysis/path", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.path.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.path, data: data74 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            let data75 = data71.window;
            if (!(typeof data75 == "number" && isFinite(data75)) && typeof data75 !== "string") {
              const err163 = { instancePath: instancePath + "/promotion/canary/analysis/window", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data75 };
              if (vErrors === null) {
                vErrors = [err163];
              } else {
                vErrors.push(err163);
              }
              errors++;
            }
            if (typeof data75 == "number" && isFinite(data75)) {
              if (data75 <= 0 || isNaN(data75)) {
                const err164 = { instancePath: instancePath + "/promotion/canary/analysis/window", schemaPath: "#/$defs/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34, data: data75 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (typeof data75 === "string") {
              if (!pattern10.test(data75)) {
                const err165 = { instancePath: instancePath + "/promotion/canary/analysis/window", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", parentSchema: schema34, data: data75 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            let data76 = data71.step;
            if (!(typeof data76 == "number" && isFinite(data76)) && typeof data76 !== "string") {
              const err166 = { instancePath: instancePath + "/promotion/canary/analysis/step", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data76 };
              if (vErrors === null) {
                vErrors = [err166];
              } else {
                vErrors.push(err166);
              }
              errors++;
            }
            if (typeof data76 == "number" && isFinite(data76)) {
              if (data76 <= 0 || isNaN(data76)) {
                const err167 = { instancePath: instancePath + "/promotion/canary/analysis/step", schemaPath: "#/$defs/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34, data: data76 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
            if (typeof data76 === "string") {
              if (!pattern10.test(data76)) {
                const err168 = { instancePath: instancePath + "/promotion/canary/analysis/step", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", parentSchema: schema34, data: data76 };
                if (vErrors === null) {
                  vErrors = [err168];
                } else {
                  vErrors.push(err168);
                }
                errors++;
              }
            }
            let data77 = data71.interval;
            if (!(typeof data77 == "number" && isFinite(data77)) && typeof data77 !== "string") {
              const err169 = { instancePath: instancePath + "/promotion/canary/analysis/interval", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data77 };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            if (typeof data77 == "number" && isFinite(data77)) {
              if (data77 <= 0 || isNaN(data77)) {
                const err170 = { instancePath: instancePath + "/promotion/canary/analysis/interval", schemaPath: "#/$defs/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34, data: data77 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (typeof data77 === "string") {
              if (!pattern10.test(data77)) {
                const err171 = { instancePath: instancePath + "/promotion/canary/analysis/interval", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", parentSchema: schema34, data: data77 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            let data78 = data71.count;
            if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)) && isFinite(data78))) {
              const err172 = { instancePath: instancePath + "/promotion/canary/analysis/count", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.count.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.count, data: data78 };
              if (vErrors === null) {
                vErrors = [err172];
              } else {
                vErrors.push(err172);
              }
              errors++;
            }
            if (typeof data78 == "number" && isFinite(data78)) {
              if (data78 > 1e3 || isNaN(data78)) {
                const err173 = { instancePath: instancePath + "/promotion/canary/analysis/count", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.count, data: data78 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
              if (data78 < 1 || isNaN(data78)) {
                const err174 = { instancePath: instancePath + "/promotion/canary/analysis/count", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.count, data: data78 };
                if (vErrors === null) {
                  vErrors = [err174];
                } else {
                  vErrors.push(err174);
                }
                errors++;
              }
            }
            let data79 = data71.failure_limit;
            if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)) && isFinite(data79))) {
              const err175 = { instancePath: instancePath + "/promotion/canary/analysis/failure_limit", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/failure_limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.failure_limit.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.failure_limit, data: data79 };
              if (vErrors === null) {
                vErrors = [err175];
              } else {
                vErrors.push(err175);
              }
              errors++;
            }
            if (typeof data79 == "number" && isFinite(data79)) {
              if (data79 < 0 || isNaN(data79)) {
                const err176 = { instancePath: instancePath + "/promotion/canary/analysis/failure_limit", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/failure_limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.failure_limit, data: data79 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
            }
            let data80 = data71.inconclusive_limit;
            if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)) && isFinite(data80))) {
              const err177 = { instancePath: instancePath + "/promotion/canary/analysis/inconclusive_limit", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/inconclusive_limit/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.inconclusive_limit.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.inconclusive_limit, data: data80 };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
            if (typeof data80 == "number" && isFinite(data80)) {
              if (data80 < 0 || isNaN(data80)) {
                const err178 = { instancePath: instancePath + "/promotion/canary/analysis/inconclusive_limit", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/inconclusive_limit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.inconclusive_limit, data: data80 };
                if (vErrors === null) {
                  vErrors = [err178];
                } else {
                  vErrors.push(err178);
                }
                errors++;
              }
            }
            let data81 = data71.thresholds;
            if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
              if (data81.pass === void 0) {
                data81.pass = 95;
              }
              if (data81.marginal === void 0) {
                data81.marginal = 75;
              }
              for (const key17 in data81) {
                if (!(key17 === "pass" || key17 === "marginal")) {
                  const err179 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err179];
                  } else {
                    vErrors.push(err179);
                  }
                  errors++;
                }
              }
              let data82 = data81.pass;
              if (typeof data82 == "number" && isFinite(data82)) {
                if (data82 > 100 || isNaN(data82)) {
                  const err180 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds/pass", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/properties/pass/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.pass, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data82 <= 0 || isNaN(data82)) {
                  const err181 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds/pass", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/properties/pass/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.pass, data: data82 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
              } else {
                const err182 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds/pass", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/properties/pass/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.pass.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.pass, data: data82 };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
              let data83 = data81.marginal;
              if (typeof data83 == "number" && isFinite(data83)) {
                if (data83 > 100 || isNaN(data83)) {
                  const err183 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds/marginal", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/properties/marginal/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.marginal, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
                if (data83 <= 0 || isNaN(data83)) {
                  const err184 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds/marginal", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/properties/marginal/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.marginal, data: data83 };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
              } else {
                const err185 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds/marginal", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/properties/marginal/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.marginal.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.properties.marginal, data: data83 };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
            } else {
              const err186 = { instancePath: instancePath + "/promotion/canary/analysis/thresholds", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.thresholds, data: data81 };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            let data84 = data71.confidence;
            if (typeof data84 == "number" && isFinite(data84)) {
              if (data84 >= 1 || isNaN(data84)) {
                const err187 = { instancePath: instancePath + "/promotion/canary/analysis/confidence", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.confidence, data: data84 };
                if (vErrors === null) {
                  vErrors = [err187];
                } else {
                  vErrors.push(err187);
                }
                errors++;
              }
              if (data84 <= 0.5 || isNaN(data84)) {
                const err188 = { instancePath: instancePath + "/promotion/canary/analysis/confidence", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.confidence, data: data84 };
                if (vErrors === null) {
                  vErrors = [err188];
                } else {
                  vErrors.push(err188);
                }
                errors++;
              }
            } else {
              const err189 = { instancePath: instancePath + "/promotion/canary/analysis/confidence", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.confidence.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.confidence, data: data84 };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
            let data85 = data71.auto_rollback;
            if (typeof data85 !== "boolean") {
              const err190 = { instancePath: instancePath + "/promotion/canary/analysis/auto_rollback", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/auto_rollback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.auto_rollback.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.auto_rollback, data: data85 };
              if (vErrors === null) {
                vErrors = [err190];
              } else {
                vErrors.push(err190);
              }
              errors++;
            }
            if (data71.metrics !== void 0) {
              let data86 = data71.metrics;
              if (Array.isArray(data86)) {
                if (data86.length < 1) {
                  const err191 = { instancePath: instancePath + "/promotion/canary/analysis/metrics", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics, data: data86 };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
                const len9 = data86.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data87 = data86[i9];
                  if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                    if (data87.direction === void 0) {
                      data87.direction = "increase";
                    }
                    if (data87.weight === void 0) {
                      data87.weight = 1;
                    }
                    if (data87.name === void 0) {
                      const err192 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9, schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.required, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items, data: data87 };
                      if (vErrors === null) {
                        vErrors = [err192];
                      } else {
                        vErrors.push(err192);
                      }
                      errors++;
                    }
                    for (const key18 in data87) {
                      if (!func6.call(schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties, key18)) {
                        const err193 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9, schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items, data: data87 };
                        if (vErrors === null) {
                          vErrors = [err193];
                        } else {
                          vErrors.push(err193);
                        }
                        errors++;
                      }
                    }
                    if (data87.name !== void 0) {
                      let data88 = data87.name;
                      if (typeof data88 === "string") {
                        if (func1(data88) < 1) {
                          const err194 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/name", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.name, data: data88 };
                          if (vErrors === null) {
                            vErrors = [err194];
                          } else {
                            vErrors.push(err194);
                          }
                          errors++;
                        }
                      } else {
                        const err195 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/name", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.name.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.name, data: data88 };
                        if (vErrors === null) {
                          vErrors = [err195];
                        } else {
                          vErrors.push(err195);
                        }
                        errors++;
                      }
                    }
                    if (data87.query !== void 0) {
                      let data89 = data87.query;
                      if (typeof data89 === "string") {
                        if (func1(data89) < 1) {
                          const err196 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/query", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.query, data: data89 };
                          if (vErrors === null) {
                            vErrors = [err196];
                          } else {
                            vErrors.push(err196);
                          }
                          errors++;
                        }
                      } else {
                        const err197 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/query", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.query.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.query, data: data89 };
                        if (vErrors === null) {
                          vErrors = [err197];
                        } else {
                          vErrors.push(err197);
                        }
                        errors++;
                      }
                    }
                    if (data87.baseline !== void 0) {
                      let data90 = data87.baseline;
                      if (typeof data90 === "string") {
                        if (func1(data90) < 1) {
                          const err198 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/baseline", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/baseline/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.baseline, data: data90 };
                          if (vErrors === null) {
                            vErrors = [err198];
                          } else {
                            vErrors.push(err198);
                          }
                          errors++;
                        }
                      } else {
                        const err199 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/baseline", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/baseline/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.baseline.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.baseline, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err199];
                        } else {
                          vErrors.push(err199);
                        }
                        errors++;
                      }
                    }
                    let data91 = data87.direction;
                    if (!(data91 === "increase" || data91 === "decrease")) {
                      const err200 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/direction", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/direction/enum", keyword: "enum", params: { allowedValues: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.direction.enum, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.direction, data: data91 };
                      if (vErrors === null) {
                        vErrors = [err200];
                      } else {
                        vErrors.push(err200);
                      }
                      errors++;
                    }
                    if (data87.max_increase_pct !== void 0) {
                      let data92 = data87.max_increase_pct;
                      if (typeof data92 == "number" && isFinite(data92)) {
                        if (data92 < 0 || isNaN(data92)) {
                          const err201 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/max_increase_pct", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/max_increase_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max_increase_pct, data: data92 };
                          if (vErrors === null) {
                            vErrors = [err201];
                          } else {
                            vErrors.push(err201);
                          }
                          errors++;
                        }
                      } else {
                        const err202 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/max_increase_pct", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/max_increase_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max_increase_pct.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max_increase_pct, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err202];
                        } else {
                          vErrors.push(err202);
                        }
                        errors++;
                      }
                    }
                    if (data87.max_decrease_pct !== void 0) {
                      let data93 = data87.max_decrease_pct;
                      if (typeof data93 == "number" && isFinite(data93)) {
                        if (data93 < 0 || isNaN(data93)) {
                          const err203 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/max_decrease_pct", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/max_decrease_pct/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max_decrease_pct, data: data93 };
                          if (vErrors === null) {
                            vErrors = [err203];
                          } else {
                            vErrors.push(err203);
                          }
                          errors++;
                        }
                      } else {
                        const err204 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/max_decrease_pct", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/max_decrease_pct/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max_decrease_pct.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max_decrease_pct, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err204];
                        } else {
                          vErrors.push(err204);
                        }
                        errors++;
                      }
                    }
                    let data94 = data87.weight;
                    if (typeof data94 == "number" && isFinite(data94)) {
                      if (data94 <= 0 || isNaN(data94)) {
                        const err205 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/weight", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/weight/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.weight, data: data94 };
                        if (vErrors === null) {
                          vErrors = [err205];
                        } else {
                          vErrors.push(err205);
                        }
                        errors++;
                      }
                    } else {
                      const err206 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/weight", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/weight/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.weight.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.weight, data: data94 };
                      if (vErrors === null) {
                        vErrors = [err206];
                      } else {
                        vErrors.push(err206);
                      }
                      errors++;
                    }
                    if (data87.max !== void 0) {
                      let data95 = data87.max;
                      if (!(typeof data95 == "number" && isFinite(data95))) {
                        const err207 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/max", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.max, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err207];
                        } else {
                          vErrors.push(err207);
                        }
                        errors++;
                      }
                    }
                    if (data87.min !== void 0) {
                      let data96 = data87.min;
                      if (!(typeof data96 == "number" && isFinite(data96))) {
                        const err208 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9 + "/min", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.min.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.properties.min, data: data96 };
                        if (vErrors === null) {
                          vErrors = [err208];
                        } else {
                          vErrors.push(err208);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err209 = { instancePath: instancePath + "/promotion/canary/analysis/metrics/" + i9, schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.items, data: data87 };
                    if (vErrors === null) {
                      vErrors = [err209];
                    } else {
                      vErrors.push(err209);
                    }
                    errors++;
                  }
                }
              } else {
                const err210 = { instancePath: instancePath + "/promotion/canary/analysis/metrics", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis.properties.metrics, data: data86 };
                if (vErrors === null) {
                  vErrors = [err210];
                } else {
                  vErrors.push(err210);
                }
                errors++;
              }
            }
          } else {
            const err211 = { instancePath: instancePath + "/promotion/canary/analysis", schemaPath: "#/properties/promotion/properties/canary/properties/analysis/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.canary.properties.analysis.type, parentSchema: schema31.properties.promotion.properties.canary.properties.analysis, data: data71 };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
      } else {
        const err212 = { instancePath: instancePath + "/promotion/canary", schemaPath: "#/properties/promotion/properties/canary/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.canary.type, parentSchema: schema31.properties.promotion.properties.canary, data: data68 };
        if (vErrors === null) {
          vErrors = [err212];
        } else {
          vErrors.push(err212);
        }
        errors++;
      }
      if (data67.experiment !== void 0) {
        let data97 = data67.experiment;
        if (data97 && typeof data97 == "object" && !Array.isArray(data97)) {
          if (data97.window === void 0) {
            data97.window = "1h";
          }
          if (data97.step === void 0) {
            data97.step = "1m";
          }
          if (data97.confidence === void 0) {
            data97.confidence = 0.95;
          }
          if (data97.power === void 0) {
            data97.power = 0.8;
          }
          if (data97.provider === void 0) {
            const err213 = { instancePath: instancePath + "/promotion/experiment", schemaPath: "#/properties/promotion/properties/experiment/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema31.properties.promotion.properties.experiment.required, parentSchema: schema31.properties.promotion.properties.experiment, data: data97 };
            if (vErrors === null) {
              vErrors = [err213];
            } else {
              vErrors.push(err213);
            }
            errors++;
          }
          if (data97.metric === void 0) {
            const err214 = { instancePath: instancePath + "/promotion/experiment", schemaPath: "#/properties/promotion/properties/experiment/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema31.properties.promotion.properties.experiment.required, parentSchema: schema31.properties.promotion.properties.experiment, data: data97 };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
          for (const key19 in data97) {
            if (!(key19 === "provider" || key19 === "url" || key19 === "path" || key19 === "window" || key19 === "step" || key19 === "confidence" || key19 === "power" || key19 === "metric")) {
              const err215 = { instancePath: instancePath + "/promotion/experiment", schemaPath: "#/properties/promotion/properties/experiment/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.experiment, data: data97 };
              if (vErrors === null) {
                vErrors = [err215];
              } else {
                vErrors.push(err215);
              }
              errors++;
            }
          }
          if (data97.provider !== void 0) {
            let data98 = data97.provider;
            if (!(data98 === "file" || data98 === "prometheus")) {
              const err216 = { instancePath: instancePath + "/promotion/experiment/provider", schemaPath: "#/properties/promotion/properties/experiment/properties/provider/enum", keyword: "enum", params: { allowedValues: schema31.properties.promotion.properties.experiment.properties.provider.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.promotion.properties.experiment.properties.provider.enum, parentSchema: schema31.properties.promotion.properties.experiment.properties.provider, data: data98 };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
          }
          if (data97.url !== void 0) {
            let data99 = data97.url;
            if (typeof data99 === "string") {
              if (!pattern9.test(data99)) {
                const err217 = { instancePath: instancePath + "/promotion/experiment/url", schemaPath: "#/properties/promotion/properties/experiment/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema31.properties.promotion.properties.experiment.properties.url, data: data99 };
                if (vErrors === null) {
                  vErrors = [err217];
                } else {
                  vErrors.push(err217);
                }
                errors++;
              }
            } else {
              const err218 = { instancePath: instancePath + "/promotion/experiment/url", schemaPath: "#/properties/promotion/properties/experiment/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.experiment.properties.url.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.url, data: data99 };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
          }
          if (data97.path !== void 0) {
            let data100 = data97.path;
            if (typeof data100 !== "string") {
              const err219 = { instancePath: instancePath + "/promotion/experiment/path", schemaPath: "#/properties/promotion/properties/experiment/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.experiment.properties.path.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.path, data: data100 };
              if (vErrors === null) {
                vErrors = [err219];
              } else {
                vErrors.push(err219);
              }
              errors++;
            }
          }
          let data101 = data97.window;
          if (!(typeof data101 == "number" && isFinite(data101)) && typeof data101 !== "string") {
            const err220 = { instancePath: instancePath + "/promotion/experiment/window", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data101 };
            if (vErrors === null) {
              vErrors = [err220];
            } else {
              vErrors.push(err220);
            }
            errors++;
          }
          if (typeof data101 == "number" && isFinite(data101)) {
            if (data101 <= 0 || isNaN(data101)) {
              const err221 = { instancePath: instancePath + "/promotion/experiment/window", schemaPath: "#/$defs/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34, data: data101 };
              if (vErrors === null) {
                vErrors = [err221];
              } else {
                vErrors.push(err221);
              }
              errors++;
            }
          }
          if (typeof data101 === "string") {
            if (!pattern10.test(data101)) {
              const err222 = { instancePath: instancePath + "/promotion/experiment/window", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", parentSchema: schema34, data: data101 };
              if (vErrors === null) {
                vErrors = [err222];
              } else {
                vErrors.push(err222);
              }
              errors++;
            }
          }
          let data102 = data97.step;
          if (!(typeof data102 == "number" && isFinite(data102)) && typeof data102 !== "string") {
            const err223 = { instancePath: instancePath + "/promotion/experiment/step", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data102 };
            if (vErrors === null) {
              vErrors = [err223];
            } else {
              vErrors.push(err223);
            }
            errors++;
          }
          if (typeof data102 == "number" && isFinite(data102)) {
            if (data102 <= 0 || isNaN(data102)) {
              const err224 = { instancePath: instancePath + "/promotion/experiment/step", schemaPath: "#/$defs/duration/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema34, data: data102 };
              if (vErrors === null) {
                vErrors = [err224];
              } else {
                vErrors.push(err224);
              }
              errors++;
            }
          }
          if (typeof data102 === "string") {
            if (!pattern10.test(data102)) {
              const err225 = { instancePath: instancePath + "/promotion/experiment/step", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$"', schema: "^[0-9]+(\\.[0-9]+)?(ms|s|m|h)$", parentSchema: schema34, data: data102 };
              if (vErrors === null) {
                vErrors = [err225];
              } else {
                vErrors.push(err225);
              }
              errors++;
            }
          }
          let data103 = data97.confidence;
          if (typeof data103 == "number" && isFinite(data103)) {
            if (data103 >= 1 || isNaN(data103)) {
              const err226 = { instancePath: instancePath + "/promotion/experiment/confidence", schemaPath: "#/properties/promotion/properties/experiment/properties/confidence/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema31.properties.promotion.properties.experiment.properties.confidence, data: data103 };
              if (vErrors === null) {
                vErrors = [err226];
              } else {
                vErrors.push(err226);
              }
              errors++;
            }
            if (data103 <= 0.5 || isNaN(data103)) {
              const err227 = { instancePath: instancePath + "/promotion/experiment/confidence", schemaPath: "#/properties/promotion/properties/experiment/properties/confidence/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0.5 }, message: "must be > 0.5", schema: 0.5, parentSchema: schema31.properties.promotion.properties.experiment.properties.confidence, data: data103 };
              if (vErrors === null) {
                vErrors = [err227];
              } else {
                vErrors.push(err227);
              }
              errors++;
            }
          } else {
            const err228 = { instancePath: instancePath + "/promotion/experiment/confidence", schemaPath: "#/properties/promotion/properties/experiment/properties/confidence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.experiment.properties.confidence.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.confidence, data: data103 };
            if (vErrors === null) {
              vErrors = [err228];
            } else {
              vErrors.push(err228);
            }
            errors++;
          }
          let data104 = data97.power;
          if (typeof data104 == "number" && isFinite(data104)) {
            if (data104 >= 1 || isNaN(data104)) {
              const err229 = { instancePath: instancePath + "/promotion/experiment/power", schemaPath: "#/properties/promotion/properties/experiment/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema31.properties.promotion.properties.experiment.properties.power, data: data104 };
              if (vErrors === null) {
                vErrors = [err229];
              } else {
                vErrors.push(err229);
              }
              errors++;
            }
            if (data104 <= 0 || isNaN(data104)) {
              const err230 = { instancePath: instancePath + "/promotion/experiment/power", schemaPath: "#/properties/promotion/properties/experiment/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema31.properties.promotion.properties.experiment.properties.power, data: data104 };
              if (vErrors === null) {
                vErrors = [err230];
              } else {
                vErrors.push(err230);
              }
              errors++;
            }
          } else {
            const err231 = { instancePath: instancePath + "/promotion/experiment/power", schemaPath: "#/properties/promotion/properties/experiment/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.promotion.properties.experiment.properties.power.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.power, data: data104 };
            if (vErrors === null) {
              vErrors = [err231];
            } else {
              vErrors.push(err231);
            }
            errors++;
          }
          if (data97.metric !== void 0) {
            let data105 = data97.metric;
            if (data105 && typeof data105 == "object" && !Array.isArray(data105)) {
              if (data105.better === void 0) {
                data105.better = "higher";
              }
              if (data105.name === void 0) {
                const err232 = { instancePath: instancePath + "/promotion/experiment/metric", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.promotion.properties.experiment.properties.metric.required, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric, data: data105 };
                if (vErrors === null) {
                  vErrors = [err232];
                } else {
                  vErrors.push(err232);
                }
                errors++;
              }
              if (data105.kind === void 0) {
                const err233 = { instancePath: instancePath + "/promotion/experiment/metric", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.properties.promotion.properties.experiment.properties.metric.required, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric, data: data105 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
              for (const key20 in data105) {
                if (!(key20 === "name" || key20 === "kind" || key20 === "better" || key20 === "successes" || key20 === "trials" || key20 === "query")) {
                  const err234 = { instancePath: instancePath + "/promotion/experiment/metric", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric, data: data105 };
                  if (vErrors === null) {
                    vErrors = [err234];
                  } else {
                    vErrors.push(err234);
                  }
                  errors++;
                }
              }
              if (data105.name !== void 0) {
                let data106 = data105.name;
                if (typeof data106 === "string") {
                  if (func1(data106) < 1) {
                    const err235 = { instancePath: instancePath + "/promotion/experiment/metric/name", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.name, data: data106 };
                    if (vErrors === null) {
                      vErrors = [err235];
                    } else {
                      vErrors.push(err235);
                    }
                    errors++;
                  }
                } else {
                  const err236 = { instancePath: instancePath + "/promotion/experiment/metric/name", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.experiment.properties.metric.properties.name.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.name, data: data106 };
                  if (vErrors === null) {
                    vErrors = [err236];
                  } else {
                    vErrors.push(err236);
                  }
                  errors++;
                }
              }
              if (data105.kind !== void 0) {
                let data107 = data105.kind;
                if (!(data107 === "proportion" || data107 === "mean")) {
                  const err237 = { instancePath: instancePath + "/promotion/experiment/metric/kind", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/kind/enum", keyword: "enum", params: { allowedValues: schema31.properties.promotion.properties.experiment.properties.metric.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.promotion.properties.experiment.properties.metric.properties.kind.enum, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.kind, data: data107 };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
              }
              let data108 = data105.better;
              if (!(data108 === "higher" || data108 === "lower")) {
                const err238 = { instancePath: instancePath + "/promotion/experiment/metric/better", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/better/enum", keyword: "enum", params: { allowedValues: schema31.properties.promotion.properties.experiment.properties.metric.properties.better.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.promotion.properties.experiment.properties.metric.properties.better.enum, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.better, data: data108 };
                if (vErrors === null) {
                  vErrors = [err238];
                } else {
                  vErrors.push(err238);
                }
                errors++;
              }
              if (data105.successes !== void 0) {
                let data109 = data105.successes;
                if (typeof data109 === "string") {
                  if (func1(data109) < 1) {
                    const err239 = { instancePath: instancePath + "/promotion/experiment/metric/successes", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/successes/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.successes, data: data109 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                } else {
                  const err240 = { instancePath: instancePath + "/promotion/experiment/metric/successes", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/successes/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.experiment.properties.metric.properties.successes.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.successes, data: data109 };
                  if (vErrors === null) {
                    vErrors = [err240];
                  } else {
                    vErrors.push(err240);
                  }
                  errors++;
                }
              }
              if (data105.trials !== void 0) {
                let data110 = data105.trials;
                if (typeof data110 === "string") {
                  if (func1(data110) < 1) {
                    const err241 = { instancePath: instancePath + "/promotion/experiment/metric/trials", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/trials/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.trials, data: data110 };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                } else {
                  const err242 = { instancePath: instancePath + "/promotion/experiment/metric/trials", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/trials/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.experiment.properties.metric.properties.trials.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.trials, data: data110 };
                  if (vErrors === null) {
                    vErrors = [err242];
                  } else {
                    vErrors.push(err242);
                  }
                  errors++;
                }
              }
              if (data105.query !== void 0) {
                let data111 = data105.query;
                if (typeof data111 === "string") {
                  if (func1(data111) < 1) {
                    const err243 = { instancePath: instancePath + "/promotion/experiment/metric/query", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/query/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.query, data: data111 };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                } else {
                  const err244 = { instancePath: instancePath + "/promotion/experiment/metric/query", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/properties/query/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.experiment.properties.metric.properties.query.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric.properties.query, data: data111 };
                  if (vErrors === null) {
                    vErrors = [err244];
                  } else {
                    vErrors.push(err244);
                  }
                  errors++;
                }
              }
            } else {
              const err245 = { instancePath: instancePath + "/promotion/experiment/metric", schemaPath: "#/properties/promotion/properties/experiment/properties/metric/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.experiment.properties.metric.type, parentSchema: schema31.properties.promotion.properties.experiment.properties.metric, data: data105 };
              if (vErrors === null) {
                vErrors = [err245];
              } else {
                vErrors.push(err245);
              }
              errors++;
            }
          }
        } else {
          const err246 = { instancePath: instancePath + "/promotion/experiment", schemaPath: "#/properties/promotion/properties/experiment/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.experiment.type, parentSchema: schema31.properties.promotion.properties.experiment, data: data97 };
          if (vErrors === null) {
            vErrors = [err246];
          } else {
            vErrors.push(err246);
          }
          errors++;
        }
      }
      let data112 = data67.write_events;
      if (Array.isArray(data112)) {
        const len10 = data112.length;
        for (let i10 = 0; i10 < len10; i10++) {
          let data113 = data112[i10];
          if (typeof data113 === "string") {
            if (!pattern16.test(data113)) {
              const err247 = { instancePath: instancePath + "/promotion/write_events/" + i10, schemaPath: "#/properties/promotion/properties/write_events/items/pattern", keyword: "pattern", params: { pattern: "^(?!pull_request)[a-z][a-z_]*$" }, message: 'must match pattern "^(?!pull_request)[a-z][a-z_]*$"', schema: "^(?!pull_request)[a-z][a-z_]*$", parentSchema: schema31.properties.promotion.properties.write_events.items, data: data113 };
              if (vErrors === null) {
                vErrors = [err247];
              } else {
                vErrors.push(err247);
              }
              errors++;
            }
          } else {
            const err248 = { instancePath: instancePath + "/promotion/write_events/" + i10, schemaPath: "#/properties/promotion/properties/write_events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.write_events.items.type, parentSchema: schema31.properties.promotion.properties.write_events.items, data: data113 };
            if (vErrors === null) {
              vErrors = [err248];
            } else {
              vErrors.push(err248);
            }
            errors++;
          }
        }
      } else {
        const err249 = { instancePath: instancePath + "/promotion/write_events", schemaPath: "#/properties/promotion/properties/write_events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.promotion.properties.write_events.type, parentSchema: schema31.properties.promotion.properties.write_events, data: data112 };
        if (vErrors === null) {
          vErrors = [err249];
        } else {
          vErrors.push(err249);
        }
        errors++;
      }
      let data114 = data67.production;
      if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
        if (data114.allowed_events === void 0) {
          data114.allowed_events = ["workflow_dispatch", "push"];
        }
        if (data114.allowed_refs === void 0) {
          data114.allowed_refs = ["refs/heads/main"];
        }
        if (data114.auto_rollback === void 0) {
          data114.auto_rollback = false;
        }
        for (const key21 in data114) {
          if (!(key21 === "allowed_events" || key21 === "allowed_refs" || key21 === "auto_rollback")) {
            const err250 = { instancePath: instancePath + "/promotion/production", schemaPath: "#/properties/promotion/properties/production/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.promotion.properties.production, data: data114 };
            if (vErrors === null) {
              vErrors = [err250];
            } else {
              vErrors.push(err250);
            }
            errors++;
          }
        }
        let data115 = data114.allowed_events;
        if (Array.isArray(data115)) {
          const len11 = data115.length;
          for (let i11 = 0; i11 < len11; i11++) {
            let data116 = data115[i11];
            if (typeof data116 === "string") {
              if (func1(data116) < 1) {
                const err251 = { instancePath: instancePath + "/promotion/production/allowed_events/" + i11, schemaPath: "#/properties/promotion/properties/production/properties/allowed_events/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.production.properties.allowed_events.items, data: data116 };
                if (vErrors === null) {
                  vErrors = [err251];
                } else {
                  vErrors.push(err251);
                }
                errors++;
              }
            } else {
              const err252 = { instancePath: instancePath + "/promotion/production/allowed_events/" + i11, schemaPath: "#/properties/promotion/properties/production/properties/allowed_events/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.production.properties.allowed_events.items.type, parentSchema: schema31.properties.promotion.properties.production.properties.allowed_events.items, data: data116 };
              if (vErrors === null) {
                vErrors = [err252];
              } else {
                vErrors.push(err252);
              }
              errors++;
            }
          }
        } else {
          const err253 = { instancePath: instancePath + "/promotion/production/allowed_events", schemaPath: "#/properties/promotion/properties/production/properties/allowed_events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.promotion.properties.production.properties.allowed_events.type, parentSchema: schema31.properties.promotion.properties.production.properties.allowed_events, data: data115 };
          if (vErrors === null) {
            vErrors = [err253];
          } else {
            vErrors.push(err253);
          }
          errors++;
        }
        let data117 = data114.allowed_refs;
        if (Array.isArray(data117)) {
          const len12 = data117.length;
          for (let i12 = 0; i12 < len12; i12++) {
            let data118 = data117[i12];
            if (typeof data118 === "string") {
              if (func1(data118) < 1) {
                const err254 = { instancePath: instancePath + "/promotion/production/allowed_refs/" + i12, schemaPath: "#/properties/promotion/properties/production/properties/allowed_refs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.promotion.properties.production.properties.allowed_refs.items, data: data118 };
                if (vErrors === null) {
                  vErrors = [err254];
                } else {
                  vErrors.push(err254);
                }
                errors++;
              }
            } else {
              const err255 = { instancePath: instancePath + "/promotion/production/allowed_refs/" + i12, schemaPath: "#/properties/promotion/properties/production/properties/allowed_refs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.promotion.properties.production.properties.allowed_refs.items.type, parentSchema: schema31.properties.promotion.properties.production.properties.allowed_refs.items, data: data118 };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
          }
        } else {
          const err256 = { instancePath: instancePath + "/promotion/production/allowed_refs", schemaPath: "#/properties/promotion/properties/production/properties/allowed_refs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.promotion.properties.production.properties.allowed_refs.type, parentSchema: schema31.properties.promotion.properties.production.properties.allowed_refs, data: data117 };
          if (vErrors === null) {
            vErrors = [err256];
          } else {
            vErrors.push(err256);
          }
          errors++;
        }
        let data119 = data114.auto_rollback;
        if (typeof data119 !== "boolean") {
          const err257 = { instancePath: instancePath + "/promotion/production/auto_rollback", schemaPath: "#/properties/promotion/properties/production/properties/auto_rollback/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.promotion.properties.production.properties.auto_rollback.type, parentSchema: schema31.properties.promotion.properties.production.properties.auto_rollback, data: data119 };
          if (vErrors === null) {
            vErrors = [err257];
          } else {
            vErrors.push(err257);
          }
          errors++;
        }
      } else {
        const err258 = { instancePath: instancePath + "/promotion/production", schemaPath: "#/properties/promotion/properties/production/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.properties.production.type, parentSchema: schema31.properties.promotion.properties.production, data: data114 };
        if (vErrors === null) {
          vErrors = [err258];
        } else {
          vErrors.push(err258);
        }
        errors++;
      }
    } else {
      const err259 = { instancePath: instancePath + "/promotion", schemaPath: "#/properties/promotion/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.promotion.type, parentSchema: schema31.properties.promotion, data: data67 };
      if (vErrors === null) {
        vErrors = [err259];
      } else {
        vErrors.push(err259);
      }
      errors++;
    }
    if (data.deploy !== void 0) {
      let data120 = data.deploy;
      if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
        for (const key22 in data120) {
          if (!(key22 === "hook" || key22 === "out" || key22 === "storage_uri" || key22 === "kserve" || key22 === "sagemaker" || key22 === "vertex" || key22 === "azure")) {
            const err260 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy, data: data120 };
            if (vErrors === null) {
              vErrors = [err260];
            } else {
              vErrors.push(err260);
            }
            errors++;
          }
        }
        if (data120.hook !== void 0) {
          let data121 = data120.hook;
          if (typeof data121 === "string") {
            if (func1(data121) < 1) {
              const err261 = { instancePath: instancePath + "/deploy/hook", schemaPath: "#/properties/deploy/properties/hook/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.hook, data: data121 };
              if (vErrors === null) {
                vErrors = [err261];
              } else {
                vErrors.push(err261);
              }
              errors++;
            }
          } else {
            const err262 = { instancePath: instancePath + "/deploy/hook", schemaPath: "#/properties/deploy/properties/hook/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.hook.type, parentSchema: schema31.properties.deploy.properties.hook, data: data121 };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data120.out !== void 0) {
          let data122 = data120.out;
          if (typeof data122 === "string") {
            if (func1(data122) < 1) {
              const err263 = { instancePath: instancePath + "/deploy/out", schemaPath: "#/properties/deploy/properties/out/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.out, data: data122 };
              if (vErrors === null) {
                vErrors = [err263];
              } else {
                vErrors.push(err263);
              }
              errors++;
            }
          } else {
            const err264 = { instancePath: instancePath + "/deploy/out", schemaPath: "#/properties/deploy/properties/out/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.out.type, parentSchema: schema31.properties.deploy.properties.out, data: data122 };
            if (vErrors === null) {
              vErrors = [err264];
            } else {
              vErrors.push(err264);
            }
            errors++;
          }
        }
        if (data120.storage_uri !== void 0) {
          let data123 = data120.storage_uri;
          if (typeof data123 === "string") {
            if (func1(data123) < 1) {
              const err265 = { instancePath: instancePath + "/deploy/storage_uri", schemaPath: "#/properties/deploy/properties/storage_uri/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.storage_uri, data: data123 };
              if (vErrors === null) {
                vErrors = [err265];
              } else {
                vErrors.push(err265);
              }
              errors++;
            }
          } else {
            const err266 = { instancePath: instancePath + "/deploy/storage_uri", schemaPath: "#/properties/deploy/properties/storage_uri/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.storage_uri.type, parentSchema: schema31.properties.deploy.properties.storage_uri, data: data123 };
            if (vErrors === null) {
              vErrors = [err266];
            } else {
              vErrors.push(err266);
            }
            errors++;
          }
        }
        if (data120.kserve !== void 0) {
          let data124 = data120.kserve;
          if (data124 && typeof data124 == "object" && !Array.isArray(data124)) {
            if (data124.model_format === void 0) {
              const err267 = { instancePath: instancePath + "/deploy/kserve", schemaPath: "#/properties/deploy/properties/kserve/required", keyword: "required", params: { missingProperty: "model_format" }, message: "must have required property 'model_format'", schema: schema31.properties.deploy.properties.kserve.required, parentSchema: schema31.properties.deploy.properties.kserve, data: data124 };
              if (vErrors === null) {
                vErrors = [err267];
              } else {
                vErrors.push(err267);
              }
              errors++;
            }
            for (const key23 in data124) {
              if (!(key23 === "name" || key23 === "namespace" || key23 === "model_format" || key23 === "model_format_version" || key23 === "runtime" || key23 === "protocol_version" || key23 === "service_account_name")) {
                const err268 = { instancePath: instancePath + "/deploy/kserve", schemaPath: "#/properties/deploy/properties/kserve/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.kserve, data: data124 };
                if (vErrors === null) {
                  vErrors = [err268];
                } else {
                  vErrors.push(err268);
                }
                errors++;
              }
            }
            if (data124.name !== void 0) {
              let data125 = data124.name;
              if (typeof data125 === "string") {
                if (!pattern17.test(data125)) {
                  const err269 = { instancePath: instancePath + "/deploy/kserve/name", schemaPath: "#/properties/deploy/properties/kserve/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$" }, message: 'must match pattern "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"', schema: "^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$", parentSchema: schema31.properties.deploy.properties.kserve.properties.name, data: data125 };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
              } else {
                const err270 = { instancePath: instancePath + "/deploy/kserve/name", schemaPath: "#/properties/deploy/properties/kserve/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.kserve.properties.name.type, parentSchema: schema31.properties.deploy.properties.kserve.properties.name, data: data125 };
                if (vErrors === null) {
                  vErrors = [err270];
                } else {
                  vErrors.push(err270);
                }
                errors++;
              }
            }
            if (data124.namespace !== void 0) {
              let data126 = data124.namespace;
              if (typeof data126 === "string") {
                if (func1(data126) < 1) {
                  const err271 = { instancePath: instancePath + "/deploy/kserve/namespace", schemaPath: "#/properties/deploy/properties/kserve/properties/namespace/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.kserve.properties.namespace, data: data126 };
                  if (vErrors === null) {
                    vErrors = [err271];
                  } else {
                    vErrors.push(err271);
                  }
                  errors++;
                }
              } else {
                const err272 = { instancePath: instancePath + "/deploy/kserve/namespace", schemaPath: "#/properties/deploy/properties/kserve/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.kserve.properties.namespace.type, parentSchema: schema31.properties.deploy.properties.kserve.properties.namespace, data: data126 };
                if (vErrors === null) {
                  vErrors = [err272];
                } else {
                  vErrors.push(err272);
                }
                errors++;
              }
            }
            if (data124.model_format !== void 0) {
              let data127 = data124.model_format;
              if (typeof data127 === "string") {
                if (func1(data127) < 1) {
                  const err273 = { instancePath: instancePath + "/deploy/kserve/model_format", schemaPath: "#/properties/deploy/properties/kserve/properties/model_format/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.kserve.properties.model_format, data: data127 };
                  if (vErrors === null) {
                    vErrors = [err273];
                  } else {
                    vErrors.push(err273);
                  }
                  errors++;
                }
              } else {
                const err274 = { instancePath: instancePath + "/deploy/kserve/model_format", schemaPath: "#/properties/deploy/properties/kserve/properties/model_format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.kserve.properties.model_format.type, parentSchema: schema31.properties.deploy.properties.kserve.properties.model_format, data: data127 };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
            }
            if (data124.model_format_version !== void 0) {
              let data128 = data124.model_format_version;
              if (typeof data128 === "string") {
                if (func1(data128) < 1) {
                  const err275 = { instancePath: instancePath + "/deploy/kserve/model_format_version", schemaPath: "#/properties/deploy/properties/kserve/properties/model_format_version/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.kserve.properties.model_format_version, data: data128 };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
              } else {
                const err276 = { instancePath: instancePath + "/deploy/kserve/model_format_version", schemaPath: "#/properties/deploy/properties/kserve/properties/model_format_version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.kserve.properties.model_format_version.type, parentSchema: schema31.properties.deploy.properties.kserve.properties.model_format_version, data: data128 };
                if (vErrors === null) {
                  vErrors = [err276];
                } else {
                  vErrors.push(err276);
                }
                errors++;
              }
            }
            if (data124.runtime !== void 0) {
              let data129 = data124.runtime;
              if (typeof data129 === "string") {
                if (func1(data129) < 1) {
                  const err277 = { instancePath: instancePath + "/deploy/kserve/runtime", schemaPath: "#/properties/deploy/properties/kserve/properties/runtime/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.kserve.properties.runtime, data: data129 };
                  if (vErrors === null) {
                    vErrors = [err277];
                  } else {
                    vErrors.push(err277);
                  }
                  errors++;
                }
              } else {
                const err278 = { instancePath: instancePath + "/deploy/kserve/runtime", schemaPath: "#/properties/deploy/properties/kserve/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.kserve.properties.runtime.type, parentSchema: schema31.properties.deploy.properties.kserve.properties.runtime, data: data129 };
                if (vErrors === null) {
                  vErrors = [err278];
                } else {
                  vErrors.push(err278);
                }
                errors++;
              }
            }
            if (data124.protocol_version !== void 0) {
              let data130 = data124.protocol_version;
              if (!(data130 === "v1" || data130 === "v2" || data130 === "grpc-v2")) {
                const err279 = { instancePath: instancePath + "/deploy/kserve/protocol_version", schemaPath: "#/properties/deploy/properties/kserve/properties/protocol_version/enum", keyword: "enum", params: { allowedValues: schema31.properties.deploy.properties.kserve.properties.protocol_version.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.deploy.properties.kserve.properties.protocol_version.enum, parentSchema: schema31.properties.deploy.properties.kserve.properties.protocol_version, data: data130 };
                if (vErrors === null) {
                  vErrors = [err279];
                } else {
                  vErrors.push(err279);
                }
                errors++;
              }
            }
            if (data124.service_account_name !== void 0) {
              let data131 = data124.service_account_name;
              if (typeof data131 === "string") {
                if (func1(data131) < 1) {
                  const err280 = { instancePath: instancePath + "/deploy/kserve/service_account_name", schemaPath: "#/properties/deploy/properties/kserve/properties/service_account_name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.kserve.properties.service_account_name, data: data131 };
                  if (vErrors === null) {
                    vErrors = [err280];
                  } else {
                    vErrors.push(err280);
                  }
                  errors++;
                }
              } else {
                const err281 = { instancePath: instancePath + "/deploy/kserve/service_account_name", schemaPath: "#/properties/deploy/properties/kserve/properties/service_account_name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.kserve.properties.service_account_name.type, parentSchema: schema31.properties.deploy.properties.kserve.properties.service_account_name, data: data131 };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              }
            }
          } else {
            const err282 = { instancePath: instancePath + "/deploy/kserve", schemaPath: "#/properties/deploy/properties/kserve/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.kserve.type, parentSchema: schema31.properties.deploy.properties.kserve, data: data124 };
            if (vErrors === null) {
              vErrors = [err282];
            } else {
              vErrors.push(err282);
            }
            errors++;
          }
        }
        if (data120.sagemaker !== void 0) {
          let data132 = data120.sagemaker;
          if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
            if (data132.endpoint === void 0) {
              const err283 = { instancePath: instancePath + "/deploy/sagemaker", schemaPath: "#/properties/deploy/properties/sagemaker/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema31.properties.deploy.properties.sagemaker.required, parentSchema: schema31.properties.deploy.properties.sagemaker, data: data132 };
              if (vErrors === null) {
                vErrors = [err283];
              } else {
                vErrors.push(err283);
              }
              errors++;
            }
            if (data132.instance_type === void 0) {
              const err284 = { instancePath: instancePath + "/deploy/sagemaker", schemaPath: "#/properties/deploy/properties/sagemaker/required", keyword: "required", params: { missingProperty: "instance_type" }, message: "must have required property 'instance_type'", schema: schema31.properties.deploy.properties.sagemaker.required, parentSchema: schema31.properties.deploy.properties.sagemaker, data: data132 };
              if (vErrors === null) {
                vErrors = [err284];
              } else {
                vErrors.push(err284);
              }
              errors++;
            }
            for (const key24 in data132) {
              if (!(key24 === "endpoint" || key24 === "instance_type" || key24 === "initial_instance_count" || key24 === "model_prefix" || key24 === "execution_role_arn" || key24 === "image" || key24 === "apply" || key24 === "region")) {
                const err285 = { instancePath: instancePath + "/deploy/sagemaker", schemaPath: "#/properties/deploy/properties/sagemaker/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.sagemaker, data: data132 };
                if (vErrors === null) {
                  vErrors = [err285];
                } else {
                  vErrors.push(err285);
                }
                errors++;
              }
            }
            if (data132.endpoint !== void 0) {
              let data133 = data132.endpoint;
              if (typeof data133 === "string") {
                if (!pattern18.test(data133)) {
                  const err286 = { instancePath: instancePath + "/deploy/sagemaker/endpoint", schemaPath: "#/properties/deploy/properties/sagemaker/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$" }, message: 'must match pattern "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"', schema: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$", parentSchema: schema31.properties.deploy.properties.sagemaker.properties.endpoint, data: data133 };
                  if (vErrors === null) {
                    vErrors = [err286];
                  } else {
                    vErrors.push(err286);
                  }
                  errors++;
                }
              } else {
                const err287 = { instancePath: instancePath + "/deploy/sagemaker/endpoint", schemaPath: "#/properties/deploy/properties/sagemaker/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.sagemaker.properties.endpoint.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.endpoint, data: data133 };
                if (vErrors === null) {
                  vErrors = [err287];
                } else {
                  vErrors.push(err287);
                }
                errors++;
              }
            }
            if (data132.instance_type !== void 0) {
              let data134 = data132.instance_type;
              if (typeof data134 === "string") {
                if (!pattern19.test(data134)) {
                  const err288 = { instancePath: instancePath + "/deploy/sagemaker/instance_type", schemaPath: "#/properties/deploy/properties/sagemaker/properties/instance_type/pattern", keyword: "pattern", params: { pattern: "^ml\\.[a-z0-9.-]+$" }, message: 'must match pattern "^ml\\.[a-z0-9.-]+$"', schema: "^ml\\.[a-z0-9.-]+$", parentSchema: schema31.properties.deploy.properties.sagemaker.properties.instance_type, data: data134 };
                  if (vErrors === null) {
                    vErrors = [err288];
                  } else {
                    vErrors.push(err288);
                  }
                  errors++;
                }
              } else {
                const err289 = { instancePath: instancePath + "/deploy/sagemaker/instance_type", schemaPath: "#/properties/deploy/properties/sagemaker/properties/instance_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.sagemaker.properties.instance_type.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.instance_type, data: data134 };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
            }
            if (data132.initial_instance_count !== void 0) {
              let data135 = data132.initial_instance_count;
              if (!(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)) && isFinite(data135))) {
                const err290 = { instancePath: instancePath + "/deploy/sagemaker/initial_instance_count", schemaPath: "#/properties/deploy/properties/sagemaker/properties/initial_instance_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.deploy.properties.sagemaker.properties.initial_instance_count.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.initial_instance_count, data: data135 };
                if (vErrors === null) {
                  vErrors = [err290];
                } else {
                  vErrors.push(err290);
                }
                errors++;
              }
              if (typeof data135 == "number" && isFinite(data135)) {
                if (data135 < 1 || isNaN(data135)) {
                  const err291 = { instancePath: instancePath + "/deploy/sagemaker/initial_instance_count", schemaPath: "#/properties/deploy/properties/sagemaker/properties/initial_instance_count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.initial_instance_count, data: data135 };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
              }
            }
            if (data132.model_prefix !== void 0) {
              let data136 = data132.model_prefix;
              if (typeof data136 === "string") {
                if (!pattern18.test(data136)) {
                  const err292 = { instancePath: instancePath + "/deploy/sagemaker/model_prefix", schemaPath: "#/properties/deploy/properties/sagemaker/properties/model_prefix/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$" }, message: 'must match pattern "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$"', schema: "^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$", parentSchema: schema31.properties.deploy.properties.sagemaker.properties.model_prefix, data: data136 };
                  if (vErrors === null) {
                    vErrors = [err292];
                  } else {
                    vErrors.push(err292);
                  }
                  errors++;
                }
              } else {
                const err293 = { instancePath: instancePath + "/deploy/sagemaker/model_prefix", schemaPath: "#/properties/deploy/properties/sagemaker/properties/model_prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.sagemaker.properties.model_prefix.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.model_prefix, data: data136 };
                if (vErrors === null) {
                  vErrors = [err293];
                } else {
                  vErrors.push(err293);
                }
                errors++;
              }
            }
            if (data132.execution_role_arn !== void 0) {
              let data137 = data132.execution_role_arn;
              if (typeof data137 === "string") {
                if (!pattern21.test(data137)) {
                  const err294 = { instancePath: instancePath + "/deploy/sagemaker/execution_role_arn", schemaPath: "#/properties/deploy/properties/sagemaker/properties/execution_role_arn/pattern", keyword: "pattern", params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/" }, message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:role/"', schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/", parentSchema: schema31.properties.deploy.properties.sagemaker.properties.execution_role_arn, data: data137 };
                  if (vErrors === null) {
                    vErrors = [err294];
                  } else {
                    vErrors.push(err294);
                  }
                  errors++;
                }
              } else {
                const err295 = { instancePath: instancePath + "/deploy/sagemaker/execution_role_arn", schemaPath: "#/properties/deploy/properties/sagemaker/properties/execution_role_arn/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.sagemaker.properties.execution_role_arn.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.execution_role_arn, data: data137 };
                if (vErrors === null) {
                  vErrors = [err295];
                } else {
                  vErrors.push(err295);
                }
                errors++;
              }
            }
            if (data132.image !== void 0) {
              let data138 = data132.image;
              if (typeof data138 === "string") {
                if (func1(data138) < 1) {
                  const err296 = { instancePath: instancePath + "/deploy/sagemaker/image", schemaPath: "#/properties/deploy/properties/sagemaker/properties/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.image, data: data138 };
                  if (vErrors === null) {
                    vErrors = [err296];
                  } else {
                    vErrors.push(err296);
                  }
                  errors++;
                }
              } else {
                const err297 = { instancePath: instancePath + "/deploy/sagemaker/image", schemaPath: "#/properties/deploy/properties/sagemaker/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.sagemaker.properties.image.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.image, data: data138 };
                if (vErrors === null) {
                  vErrors = [err297];
                } else {
                  vErrors.push(err297);
                }
                errors++;
              }
            }
            if (data132.apply !== void 0) {
              let data139 = data132.apply;
              if (typeof data139 !== "boolean") {
                const err298 = { instancePath: instancePath + "/deploy/sagemaker/apply", schemaPath: "#/properties/deploy/properties/sagemaker/properties/apply/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.deploy.properties.sagemaker.properties.apply.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.apply, data: data139 };
                if (vErrors === null) {
                  vErrors = [err298];
                } else {
                  vErrors.push(err298);
                }
                errors++;
              }
            }
            if (data132.region !== void 0) {
              let data140 = data132.region;
              if (typeof data140 === "string") {
                if (func1(data140) < 1) {
                  const err299 = { instancePath: instancePath + "/deploy/sagemaker/region", schemaPath: "#/properties/deploy/properties/sagemaker/properties/region/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.region, data: data140 };
                  if (vErrors === null) {
                    vErrors = [err299];
                  } else {
                    vErrors.push(err299);
                  }
                  errors++;
                }
              } else {
                const err300 = { instancePath: instancePath + "/deploy/sagemaker/region", schemaPath: "#/properties/deploy/properties/sagemaker/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.sagemaker.properties.region.type, parentSchema: schema31.properties.deploy.properties.sagemaker.properties.region, data: data140 };
                if (vErrors === null) {
                  vErrors = [err300];
                } else {
                  vErrors.push(err300);
                }
                errors++;
              }
            }
          } else {
            const err301 = { instancePath: instancePath + "/deploy/sagemaker", schemaPath: "#/properties/deploy/properties/sagemaker/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.sagemaker.type, parentSchema: schema31.properties.deploy.properties.sagemaker, data: data132 };
            if (vErrors === null) {
              vErrors = [err301];
            } else {
              vErrors.push(err301);
            }
            errors++;
          }
        }
        if (data120.vertex !== void 0) {
          let data141 = data120.vertex;
          if (data141 && typeof data141 == "object" && !Array.isArray(data141)) {
            if (data141.project === void 0) {
              const err302 = { instancePath: instancePath + "/deploy/vertex", schemaPath: "#/properties/deploy/properties/vertex/required", keyword: "required", params: { missingProperty: "project" }, message: "must have required property 'project'", schema: schema31.properties.deploy.properties.vertex.required, parentSchema: schema31.properties.deploy.properties.vertex, data: data141 };
              if (vErrors === null) {
                vErrors = [err302];
              } else {
                vErrors.push(err302);
              }
              errors++;
            }
            if (data141.location === void 0) {
              const err303 = { instancePath: instancePath + "/deploy/vertex", schemaPath: "#/properties/deploy/properties/vertex/required", keyword: "required", params: { missingProperty: "location" }, message: "must have required property 'location'", schema: schema31.properties.deploy.properties.vertex.required, parentSchema: schema31.properties.deploy.properties.vertex, data: data141 };
              if (vErrors === null) {
                vErrors = [err303];
              } else {
                vErrors.push(err303);
              }
              errors++;
            }
            if (data141.endpoint === void 0) {
              const err304 = { instancePath: instancePath + "/deploy/vertex", schemaPath: "#/properties/deploy/properties/vertex/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema31.properties.deploy.properties.vertex.required, parentSchema: schema31.properties.deploy.properties.vertex, data: data141 };
              if (vErrors === null) {
                vErrors = [err304];
              } else {
                vErrors.push(err304);
              }
              errors++;
            }
            if (data141.deployed_models === void 0) {
              const err305 = { instancePath: instancePath + "/deploy/vertex", schemaPath: "#/properties/deploy/properties/vertex/required", keyword: "required", params: { missingProperty: "deployed_models" }, message: "must have required property 'deployed_models'", schema: schema31.properties.deploy.properties.vertex.required, parentSchema: schema31.properties.deploy.properties.vertex, data: data141 };
              if (vErrors === null) {
                vErrors = [err305];
              } else {
                vErrors.push(err305);
              }
              errors++;
            }
            for (const key25 in data141) {
              if (!(key25 === "project" || key25 === "location" || key25 === "endpoint" || key25 === "deployed_models")) {
                const err306 = { instancePath: instancePath + "/deploy/vertex", schemaPath: "#/properties/deploy/properties/vertex/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.vertex, data: data141 };
                if (vErrors === null) {
                  vErrors = [err306];
                } else {
                  vErrors.push(err306);
                }
                errors++;
              }
            }
            if (data141.project !== void 0) {
              let data142 = data141.project;
              if (typeof data142 === "string") {
                if (func1(data142) < 1) {
                  const err307 = { instancePath: instancePath + "/deploy/vertex/project", schemaPath: "#/properties/deploy/properties/vertex/properties/project/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.vertex.properties.project, data: data142 };
                  if (vErrors === null) {
                    vErrors = [err307];
                  } else {
                    vErrors.push(err307);
                  }
                  errors++;
                }
              } else {
                const err308 = { instancePath: instancePath + "/deploy/vertex/project", schemaPath: "#/properties/deploy/properties/vertex/properties/project/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.vertex.properties.project.type, parentSchema: schema31.properties.deploy.properties.vertex.properties.project, data: data142 };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
            }
            if (data141.location !== void 0) {
              let data143 = data141.location;
              if (typeof data143 === "string") {
                if (func1(data143) < 1) {
                  const err309 = { instancePath: instancePath + "/deploy/vertex/location", schemaPath: "#/properties/deploy/properties/vertex/properties/location/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.vertex.properties.location, data: data143 };
                  if (vErrors === null) {
                    vErrors = [err309];
                  } else {
                    vErrors.push(err309);
                  }
                  errors++;
                }
              } else {
                const err310 = { instancePath: instancePath + "/deploy/vertex/location", schemaPath: "#/properties/deploy/properties/vertex/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.vertex.properties.location.type, parentSchema: schema31.properties.deploy.properties.vertex.properties.location, data: data143 };
                if (vErrors === null) {
                  vErrors = [err310];
                } else {
                  vErrors.push(err310);
                }
                errors++;
              }
            }
            if (data141.endpoint !== void 0) {
              let data144 = data141.endpoint;
              if (typeof data144 === "string") {
                if (func1(data144) < 1) {
                  const err311 = { instancePath: instancePath + "/deploy/vertex/endpoint", schemaPath: "#/properties/deploy/properties/vertex/properties/endpoint/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.vertex.properties.endpoint, data: data144 };
                  if (vErrors === null) {
                    vErrors = [err311];
                  } else {
                    vErrors.push(err311);
                  }
                  errors++;
                }
              } else {
                const err312 = { instancePath: instancePath + "/deploy/vertex/endpoint", schemaPath: "#/properties/deploy/properties/vertex/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.vertex.properties.endpoint.type, parentSchema: schema31.properties.deploy.properties.vertex.properties.endpoint, data: data144 };
                if (vErrors === null) {
                  vErrors = [err312];
                } else {
                  vErrors.push(err312);
                }
                errors++;
              }
            }
            if (data141.deployed_models !== void 0) {
              let data145 = data141.deployed_models;
              if (data145 && typeof data145 == "object" && !Array.isArray(data145)) {
                if (Object.keys(data145).length < 1) {
                  const err313 = { instancePath: instancePath + "/deploy/vertex/deployed_models", schemaPath: "#/properties/deploy/properties/vertex/properties/deployed_models/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.deploy.properties.vertex.properties.deployed_models, data: data145 };
                  if (vErrors === null) {
                    vErrors = [err313];
                  } else {
                    vErrors.push(err313);
                  }
                  errors++;
                }
                for (const key26 in data145) {
                  let data146 = data145[key26];
                  if (typeof data146 === "string") {
                    if (!pattern22.test(data146)) {
                      const err314 = { instancePath: instancePath + "/deploy/vertex/deployed_models/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deploy/properties/vertex/properties/deployed_models/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[0-9]+$" }, message: 'must match pattern "^[0-9]+$"', schema: "^[0-9]+$", parentSchema: schema31.properties.deploy.properties.vertex.properties.deployed_models.additionalProperties, data: data146 };
                      if (vErrors === null) {
                        vErrors = [err314];
                      } else {
                        vErrors.push(err314);
                      }
                      errors++;
                    }
                  } else {
                    const err315 = { instancePath: instancePath + "/deploy/vertex/deployed_models/" + key26.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deploy/properties/vertex/properties/deployed_models/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.vertex.properties.deployed_models.additionalProperties.type, parentSchema: schema31.properties.deploy.properties.vertex.properties.deployed_models.additionalProperties, data: data146 };
                    if (vErrors === null) {
                      vErrors = [err315];
                    } else {
                      vErrors.push(err315);
                    }
                    errors++;
                  }
                }
              } else {
                const err316 = { instancePath: instancePath + "/deploy/vertex/deployed_models", schemaPath: "#/properties/deploy/properties/vertex/properties/deployed_models/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.vertex.properties.deployed_models.type, parentSchema: schema31.properties.deploy.properties.vertex.properties.deployed_models, data: data145 };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
          } else {
            const err317 = { instancePath: instancePath + "/deploy/vertex", schemaPath: "#/properties/deploy/properties/vertex/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.vertex.type, parentSchema: schema31.properties.deploy.properties.vertex, data: data141 };
            if (vErrors === null) {
              vErrors = [err317];
            } else {
              vErrors.push(err317);
            }
            errors++;
          }
        }
        if (data120.azure !== void 0) {
          let data147 = data120.azure;
          if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
            if (data147.endpoint === void 0) {
              const err318 = { instancePath: instancePath + "/deploy/azure", schemaPath: "#/properties/deploy/properties/azure/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'", schema: schema31.properties.deploy.properties.azure.required, parentSchema: schema31.properties.deploy.properties.azure, data: data147 };
              if (vErrors === null) {
                vErrors = [err318];
              } else {
                vErrors.push(err318);
              }
              errors++;
            }
            if (data147.deployments === void 0) {
              const err319 = { instancePath: instancePath + "/deploy/azure", schemaPath: "#/properties/deploy/properties/azure/required", keyword: "required", params: { missingProperty: "deployments" }, message: "must have required property 'deployments'", schema: schema31.properties.deploy.properties.azure.required, parentSchema: schema31.properties.deploy.properties.azure, data: data147 };
              if (vErrors === null) {
                vErrors = [err319];
              } else {
                vErrors.push(err319);
              }
              errors++;
            }
            for (const key27 in data147) {
              if (!(key27 === "endpoint" || key27 === "auth_mode" || key27 === "deployments")) {
                const err320 = { instancePath: instancePath + "/deploy/azure", schemaPath: "#/properties/deploy/properties/azure/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.deploy.properties.azure, data: data147 };
                if (vErrors === null) {
                  vErrors = [err320];
                } else {
                  vErrors.push(err320);
                }
                errors++;
              }
            }
            if (data147.endpoint !== void 0) {
              let data148 = data147.endpoint;
              if (typeof data148 === "string") {
                if (!pattern23.test(data148)) {
                  const err321 = { instancePath: instancePath + "/deploy/azure/endpoint", schemaPath: "#/properties/deploy/properties/azure/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z][-a-zA-Z0-9]{1,30}[a-zA-Z0-9]$" }, message: 'must match pattern "^[a-zA-Z][-a-zA-Z0-9]{1,30}[a-zA-Z0-9]$"', schema: "^[a-zA-Z][-a-zA-Z0-9]{1,30}[a-zA-Z0-9]$", parentSchema: schema31.properties.deploy.properties.azure.properties.endpoint, data: data148 };
                  if (vErrors === null) {
                    vErrors = [err321];
                  } else {
                    vErrors.push(err321);
                  }
                  errors++;
                }
              } else {
                const err322 = { instancePath: instancePath + "/deploy/azure/endpoint", schemaPath: "#/properties/deploy/properties/azure/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.azure.properties.endpoint.type, parentSchema: schema31.properties.deploy.properties.azure.properties.endpoint, data: data148 };
                if (vErrors === null) {
                  vErrors = [err322];
                } else {
                  vErrors.push(err322);
                }
                errors++;
              }
            }
            if (data147.auth_mode !== void 0) {
              let data149 = data147.auth_mode;
              if (!(data149 === "key" || data149 === "aml_token" || data149 === "aad_token")) {
                const err323 = { instancePath: instancePath + "/deploy/azure/auth_mode", schemaPath: "#/properties/deploy/properties/azure/properties/auth_mode/enum", keyword: "enum", params: { allowedValues: schema31.properties.deploy.properties.azure.properties.auth_mode.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.deploy.properties.azure.properties.auth_mode.enum, parentSchema: schema31.properties.deploy.properties.azure.properties.auth_mode, data: data149 };
                if (vErrors === null) {
                  vErrors = [err323];
                } else {
                  vErrors.push(err323);
                }
                errors++;
              }
            }
            if (data147.deployments !== void 0) {
              let data150 = data147.deployments;
              if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
                if (Object.keys(data150).length < 1) {
                  const err324 = { instancePath: instancePath + "/deploy/azure/deployments", schemaPath: "#/properties/deploy/properties/azure/properties/deployments/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31.properties.deploy.properties.azure.properties.deployments, data: data150 };
                  if (vErrors === null) {
                    vErrors = [err324];
                  } else {
                    vErrors.push(err324);
                  }
                  errors++;
                }
                for (const key28 in data150) {
                  let data151 = data150[key28];
                  if (typeof data151 === "string") {
                    if (func1(data151) < 1) {
                      const err325 = { instancePath: instancePath + "/deploy/azure/deployments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deploy/properties/azure/properties/deployments/additionalProperties/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.deploy.properties.azure.properties.deployments.additionalProperties, data: data151 };
                      if (vErrors === null) {
                        vErrors = [err325];
                      } else {
                        vErrors.push(err325);
                      }
                      errors++;
                    }
                  } else {
                    const err326 = { instancePath: instancePath + "/deploy/azure/deployments/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/deploy/properties/azure/properties/deployments/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.deploy.properties.azure.properties.deployments.additionalProperties.type, parentSchema: schema31.properties.deploy.properties.azure.properties.deployments.additionalProperties, data: data151 };
                    if (vErrors === null) {
                      vErrors = [err326];
                    } else {
                      vErrors.push(err326);
                    }
                    errors++;
                  }
                }
              } else {
                const err327 = { instancePath: instancePath + "/deploy/azure/deployments", schemaPath: "#/properties/deploy/properties/azure/properties/deployments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.azure.properties.deployments.type, parentSchema: schema31.properties.deploy.properties.azure.properties.deployments, data: data150 };
                if (vErrors === null) {
                  vErrors = [err327];
                } else {
                  vErrors.push(err327);
                }
                errors++;
              }
            }
          } else {
            const err328 = { instancePath: instancePath + "/deploy/azure", schemaPath: "#/properties/deploy/properties/azure/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.properties.azure.type, parentSchema: schema31.properties.deploy.properties.azure, data: data147 };
            if (vErrors === null) {
              vErrors = [err328];
            } else {
              vErrors.push(err328);
            }
            errors++;
          }
        }
      } else {
        const err329 = { instancePath: instancePath + "/deploy", schemaPath: "#/properties/deploy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.deploy.type, parentSchema: schema31.properties.deploy, data: data120 };
        if (vErrors === null) {
          vErrors = [err329];
        } else {
          vErrors.push(err329);
        }
        errors++;
      }
    }
  } else {
    const err330 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err330];
    } else {
      vErrors.push(err330);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function manifestValidator() {
  return validate;
}

// src/manifest/schema.ts
function checkSchema(data, map) {
  const validate2 = manifestValidator();
  if (validate2(data)) return [];
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const err of validate2.errors ?? []) {
    const f = toFinding(err, map);
    const key = `${f.location?.line}:${f.location?.column}:${f.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      findings.push(f);
    }
  }
  return findings;
}
function pathOf(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describe(path) {
  if (path.length === 0) return "the manifest";
  return "`" + path.map((s) => typeof s === "number" ? `[${s}]` : s).join(".").replace(/\.\[/g, "[") + "`";
}
function toFinding(err, map) {
  const path = pathOf(err.instancePath);
  const what = describe(path);
  const p = err.params;
  const parentSchema = err.parentSchema ?? {};
  const finding = (message, key = false, at = path) => ({
    severity: "error",
    rule: `schema-${err.keyword}`,
    message,
    location: map.locate(at, key)
  });
  switch (err.keyword) {
    case "required":
      return finding(`${what} is missing the required field \`${String(p.missingProperty)}\``);
    case "additionalProperties": {
      const field = String(p.additionalProperty);
      const known = Object.keys(parentSchema.properties ?? {});
      const guess = closest(field, known);
      const hint = guess ? `; did you mean \`${guess}\`?` : known.length ? ` (known: ${known.join(", ")})` : "";
      return finding(`unknown field \`${field}\` in ${what}${hint}`, true, [...path, field]);
    }
    case "enum": {
      const allowed = p.allowedValues.map(String);
      const guess = typeof err.data === "string" ? closest(err.data, allowed) : void 0;
      return finding(
        `${what} must be one of ${allowed.join(", ")}; got ${JSON.stringify(err.data)}` + (guess ? `; did you mean \`${guess}\`?` : "")
      );
    }
    case "const":
      return finding(
        `${what} must be ${JSON.stringify(p.allowedValue)}; got ${JSON.stringify(err.data)}`
      );
    case "type": {
      const quote = p.type === "string" && err.data !== null && typeof err.data !== "object" ? "; quote it to keep it as text" : "";
      return finding(
        `${what} must be ${article(String(p.type))}; got ${typeName(err.data)}${quote}`
      );
    }
    case "pattern": {
      const hint = parentSchema["x-hint"];
      return finding(
        `${what} must be ${typeof hint === "string" ? hint : `a string matching ${String(p.pattern)}`}; got ${JSON.stringify(err.data)}`
      );
    }
    case "minItems":
      return finding(
        `${what} must have at least ${String(p.limit)} item${p.limit === 1 ? "" : "s"}`
      );
    case "maxItems":
      return finding(`${what} must have at most ${String(p.limit)} items`);
    case "minLength":
      return finding(`${what} must not be empty`);
    case "maxLength":
      return finding(`${what} must be at most ${String(p.limit)} characters`);
    default:
      return finding(`${what} ${err.message ?? "is invalid"}`);
  }
}
function article(type) {
  const t = type.replace(/,/g, " or ");
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
function typeName(value) {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value)}`;
}

// src/manifest/samples.ts
import { readFile, stat } from "node:fs/promises";
var MAX_SAMPLE_LINE = 16 * 1024 * 1024;
var MAX_SAMPLE_FINDINGS = 20;
var UNNAMED = "";
var V2_DATATYPES = [
  "BOOL",
  "UINT8",
  "UINT16",
  "UINT32",
  "UINT64",
  "INT8",
  "INT16",
  "INT32",
  "INT64",
  "FP16",
  "FP32",
  "FP64",
  "BYTES"
];
var BY_DTYPE = {
  bool: "BOOL",
  int8: "INT8",
  int16: "INT16",
  int32: "INT32",
  int64: "INT64",
  uint8: "UINT8",
  uint16: "UINT16",
  uint32: "UINT32",
  uint64: "UINT64",
  float16: "FP16",
  // The protocol's datatype table has no bfloat16 (Triton's BF16 is its own extension); JSON
  // carries its values as plain numbers, checked here as FP32 values.
  bfloat16: "FP32",
  float32: "FP32",
  float64: "FP64",
  string: "BYTES"
};
function datatypeOf(dtype) {
  const d = BY_DTYPE[dtype];
  if (d === void 0) throw new Error(`no KServe v2 datatype for dtype ${dtype}`);
  return d;
}
var INT_RANGE = {
  INT8: [-128, 127],
  INT16: [-32768, 32767],
  INT32: [-2147483648, 2147483647],
  INT64: [-(2 ** 63), 2 ** 63],
  UINT8: [0, 255],
  UINT16: [0, 65535],
  UINT32: [0, 4294967295],
  UINT64: [0, 2 ** 64]
};
var FLOAT_MAX = {
  FP16: 65504,
  FP32: 34028234663852886e22,
  FP64: Number.MAX_VALUE
};
var LineError = class extends Error {
  rule;
  column;
  constructor(rule, message, column = 1) {
    super(message);
    this.rule = rule;
    this.column = column;
  }
};
function parseSamples(text, signature, file) {
  const samples = [];
  const findings = [];
  const sig = signature && signature.inputs.length + signature.outputs.length > 0 ? signature : void 0;
  let firstNames;
  let start = 0;
  for (let n = 1; start <= text.length; n++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.trim() === "") continue;
    const at = (column = 1) => ({ file, line: n, column });
    if (line.length > MAX_SAMPLE_LINE) {
      findings.push({
        severity: "error",
        rule: "samples-line-too-long",
        message: `sample line is longer than ${MAX_SAMPLE_LINE} characters`,
        location: at()
      });
      break;
    }
    let value;
    try {
      value = markFloatTokens(JSON.parse(line), line);
    } catch (err) {
      findings.push({
        severity: "error",
        rule: "samples-json",
        message: `not valid JSON: ${err.message}`,
        location: at()
      });
      if (findings.length >= MAX_SAMPLE_FINDINGS) break;
      continue;
    }
    try {
      const sample = readLine(value, sig, n, line);
      if (sig === void 0) {
        const names = sample.inputs.map((t) => t.name).sort();
        if (firstNames === void 0) firstNames = { line: n, names };
        else if (names.join("\0") !== firstNames.names.join("\0")) {
          throw new LineError(
            "samples-names",
            `this sample's inputs are ${list(names)}; line ${firstNames.line}'s are ${list(firstNames.names)} (without a signature every line must name the same inputs)`
          );
        }
      }
      samples.push(sample);
    } catch (err) {
      if (!(err instanceof LineError)) throw err;
      findings.push({
        severity: "error",
        rule: err.rule,
        message: err.message,
        location: at(err.column)
      });
      if (findings.length >= MAX_SAMPLE_FINDINGS) break;
    }
  }
  if (samples.length === 0 && findings.length === 0) {
    findings.push({
      severity: "error",
      rule: "samples-empty",
      message: "the samples file holds no samples",
      location: { file, line: 1, column: 1 }
    });
  }
  return { samples, findings };
}
function list(names) {
  return names.length === 0 ? "none" : names.map((x) => `\`${x}\``).join(", ");
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof FloatToken);
var FloatToken = class {
  value;
  constructor(value) {
    this.value = value;
  }
};
function floatTokens(text) {
  const out = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
      i++;
    } else if (c === 45 || c >= 48 && c <= 57) {
      let float = false;
      let j = i + 1;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d === 46 || d === 101 || d === 69) float = true;
        else if (!(d >= 48 && d <= 57 || d === 43 || d === 45)) break;
      }
      out.push(float);
      i = j;
    } else i++;
  }
  return out;
}
var INDEX_KEY = /^(?:0|[1-9][0-9]{0,9})$/;
function markFloatTokens(value, text) {
  if (!/[0-9][.eE]/.test(text)) return value;
  const tokens = floatTokens(text);
  let count = 0;
  let ordered = true;
  const visit = (v) => {
    if (typeof v === "number") count++;
    else if (Array.isArray(v)) v.forEach(visit);
    else if (typeof v === "object" && v !== null)
      for (const [k2, x] of Object.entries(v)) {
        if (INDEX_KEY.test(k2)) ordered = false;
        visit(x);
      }
  };
  visit(value);
  if (!ordered || count !== tokens.length) return value;
  let k = 0;
  const wrap = (v) => {
    if (typeof v === "number") return tokens[k++] && Number.isInteger(v) ? new FloatToken(v) : v;
    if (Array.isArray(v)) return v.map(wrap);
    if (typeof v === "object" && v !== null)
      return Object.fromEntries(Object.entries(v).map(([key, x]) => [key, wrap(x)]));
    return v;
  };
  return wrap(value);
}
function columnOf(line, key) {
  const i = line.indexOf(JSON.stringify(key));
  return i === -1 ? 1 : i + 1;
}
var SHAPE_MESSAGE = "each sample must be an object with an `inputs` field (and usually `expected`)";
var FORMS = "a line is an object with `inputs` (named tensors, KServe v2 tensors or a TF Serving columnar value) or `instances` (TF Serving rows), or a bare array for a single-input model";
function readLine(value, sig, n, line) {
  let inputs;
  const found = [];
  const expect = (place, read) => found.push({ place, read });
  if (Array.isArray(value)) {
    if (value.some(isObject))
      throw new LineError("samples-shape", `${FORMS}; this array holds objects`);
    inputs = [nested(value, void 0, "the bare array")];
  } else if (!isObject(value) || !("inputs" in value) && !("instances" in value)) {
    throw new LineError(
      "samples-shape",
      isObject(value) ? `${FORMS}; this object has neither \`inputs\` nor \`instances\`` : SHAPE_MESSAGE
    );
  } else if ("inputs" in value && "instances" in value) {
    throw new LineError(
      "samples-shape",
      "a sample has `inputs` or `instances`, not both",
      columnOf(line, "instances")
    );
  } else if (isV2Tensors(value.inputs)) {
    inputs = v2Tensors(value.inputs, "inputs", line, false);
    if (value.outputs !== void 0) {
      if (!Array.isArray(value.outputs) || !value.outputs.every(isObject))
        throw new LineError(
          "samples-shape",
          "a KServe v2 request's `outputs` must be an array of objects with a `name`",
          columnOf(line, "outputs")
        );
      for (const [i, o] of value.outputs.entries())
        if (typeof o.name !== "string")
          throw new LineError(
            "samples-shape",
            `outputs[${i}] has no string \`name\``,
            columnOf(line, "outputs")
          );
      const withData = value.outputs.filter((o) => o.data !== void 0);
      if (withData.length > 0) expect("outputs", () => v2Tensors(withData, "outputs", line, true));
      checkNames(
        value.outputs.map((o) => o.name),
        sig?.outputs,
        "output",
        line
      );
    }
  } else if ("instances" in value) {
    inputs = rows(value.instances, "instances", line);
    const { instances, predictions } = value;
    if (predictions !== void 0)
      expect("predictions", () => {
        if (Array.isArray(predictions) && Array.isArray(instances)) {
          if (predictions.length !== instances.length)
            throw new LineError(
              "samples-dims",
              `\`predictions\` has ${predictions.length} ${predictions.length === 1 ? "entry" : "entries"} for ${instances.length} instances`,
              columnOf(line, "predictions")
            );
        }
        return rows(predictions, "predictions", line);
      });
    if (value.outputs !== void 0) expect("outputs", () => columns(value.outputs, "outputs"));
  } else {
    inputs = columns(value.inputs, "inputs");
    if (value.outputs !== void 0) expect("outputs", () => columns(value.outputs, "outputs"));
    if (value.predictions !== void 0)
      expect("predictions", () => rows(value.predictions, "predictions", line));
  }
  if (isObject(value) && value.expected !== void 0) {
    const e = value.expected;
    expect(
      "expected",
      () => isV2Tensors(e) ? v2Tensors(e, "expected", line, true) : columns(e, "expected")
    );
  }
  if (found.length > 1)
    throw new LineError(
      "samples-shape",
      `the expected outputs are given twice (${found.map((f) => `\`${f.place}\``).join(" and ")}); give them once`,
      columnOf(line, found[1].place)
    );
  const sample = { line: n, inputs: settle(inputs, sig?.inputs, "input", line) };
  if (found[0] !== void 0)
    sample.expected = settle(found[0].read(), sig?.outputs, "output", line);
  return sample;
}
function isV2Tensors(v) {
  return Array.isArray(v) && v.length > 0 && v.every(isObject);
}
function v2Tensors(list2, key, line, output) {
  return list2.map((t, i) => {
    const where = `${key}[${i}]`;
    const col = columnOf(line, key);
    if (typeof t.name !== "string")
      throw new LineError(
        "samples-shape",
        `${where} has no string \`name\` (a KServe v2 tensor has name, shape, datatype and data)`,
        col
      );
    const what = `${output ? "output" : "input"} \`${t.name}\``;
    const nameCol = columnOf(line, t.name);
    if (typeof t.datatype !== "string")
      throw new LineError(
        "samples-shape",
        `${what} (${where}) has no string \`datatype\``,
        nameCol
      );
    const dims = Array.isArray(t.shape) ? t.shape.map((d) => d instanceof FloatToken ? d.value : d) : void 0;
    if (dims === void 0 || !dims.every((d) => Number.isInteger(d) && d >= 0))
      throw new LineError(
        "samples-shape",
        `${what} (${where}) needs a \`shape\`: an array of non-negative integers`,
        nameCol
      );
    if (!Array.isArray(t.data))
      throw new LineError(
        "samples-shape",
        `${what} (${where}) needs its \`data\` as an array`,
        nameCol
      );
    const flat = nested(t.data, t.name, what);
    const shape = dims;
    const count = shape.reduce((a, b) => a * b, 1);
    if (flat.data.length !== count)
      throw new LineError(
        "samples-dims",
        `${what} has ${flat.data.length} elements; its shape [${shape.join(", ")}] holds ${count}`,
        nameCol
      );
    if (flat.shape.length > 1 && flat.shape.join() !== shape.join())
      throw new LineError(
        "samples-dims",
        `${what}'s nested data has shape [${flat.shape.join(", ")}]; its \`shape\` says [${shape.join(", ")}]`,
        nameCol
      );
    return { name: t.name, shape: [...shape], data: flat.data, datatype: t.datatype, what };
  });
}
function rows(v, key, line) {
  if (!Array.isArray(v))
    throw new LineError(
      "samples-shape",
      `\`${key}\` must be an array, one entry per instance`,
      columnOf(line, key)
    );
  if (v.length === 0)
    throw new LineError("samples-shape", `\`${key}\` holds no instances`, columnOf(line, key));
  const named = v.filter(isObject).length;
  if (named === 0) return [nested(v, void 0, `\`${key}\``)];
  if (named !== v.length)
    throw new LineError(
      "samples-shape",
      `\`${key}\` mixes objects (named tensors) and values; use one or the other`,
      columnOf(line, key)
    );
  const names = Object.keys(v[0]);
  return names.map((name) => {
    const what = `${key === "instances" ? "input" : "output"} \`${name}\` (in \`${key}\`)`;
    const parts = v.map((row, i) => {
      if (!(name in row))
        throw new LineError(
          "samples-shape",
          `${key}[${i}] has no \`${name}\` (${key}[0] has it)`,
          columnOf(line, name)
        );
      return row[name];
    });
    for (const [i, row] of v.entries())
      for (const k of Object.keys(row))
        if (!names.includes(k))
          throw new LineError(
            "samples-shape",
            `${key}[${i}] has \`${k}\`; ${key}[0] does not`,
            columnOf(line, k)
          );
    const t = nested(parts, name, what);
    return t;
  });
}
function columns(v, key) {
  if (isObject(v)) {
    if (isB64(v)) throw b64Error(`\`${key}\``);
    return Object.entries(v).map(
      ([name, t]) => nested(t, name, `${key === "inputs" ? "input" : "output"} \`${name}\``)
    );
  }
  return [nested(v, void 0, `\`${key}\``)];
}
var isB64 = (v) => Object.keys(v).length === 1 && "b64" in v;
var b64Error = (what) => new LineError(
  "samples-value",
  `${what} holds a {"b64": \u2026} binary value; golden samples take text and numbers only`
);
function nested(v, name, what) {
  const shape = [];
  let probe = v;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0];
  }
  const data = [];
  let floatToken = false;
  const walk = (x, depth, path) => {
    if (depth < shape.length) {
      if (!Array.isArray(x) || x.length !== shape[depth])
        throw new LineError(
          "samples-dims",
          `${what} is ragged: ${path || "the value"} ${Array.isArray(x) ? `has ${x.length} entries, not ${shape[depth]}` : "is not an array like its neighbours"}`
        );
      for (let i = 0; i < x.length; i++) walk(x[i], depth + 1, `${path}[${i}]`);
      return;
    }
    if (Array.isArray(x))
      throw new LineError(
        "samples-dims",
        `${what} is ragged: ${path} is an array where its neighbours are values`
      );
    if (typeof x === "number" || typeof x === "boolean" || typeof x === "string") {
      data.push(x);
      return;
    }
    if (x instanceof FloatToken) {
      data.push(x.value);
      floatToken = true;
      return;
    }
    if (isObject(x) && isB64(x)) throw b64Error(what);
    throw new LineError(
      "samples-value",
      `${what} holds ${x === null ? "null" : "an object"}${path ? ` at ${path}` : ""}; a tensor holds numbers, booleans or strings`
    );
  };
  walk(v, 0, "");
  return { name, shape, data, what, floatToken };
}
function settle(raw, specs, side, line) {
  const sides = `${side}s`;
  const hasSpecs = specs !== void 0 && specs.length > 0;
  const out = [];
  for (const t of raw) {
    let name = t.name;
    if (name === void 0) {
      if (raw.length !== 1) throw new Error("unreachable: several unnamed tensors");
      if (!hasSpecs) name = UNNAMED;
      else if (specs.length === 1) name = specs[0].name;
      else
        throw new LineError(
          side === "input" ? "samples-missing-input" : "samples-unknown-output",
          `${t.what} does not say which ${side} it is, and the signature has ${specs.length} ${sides} (${list(specs.map((s) => s.name))}); name them`
        );
    }
    const col = t.name === void 0 ? 1 : columnOf(line, t.name);
    const spec = specs?.find((s) => s.name === name);
    if (hasSpecs && spec === void 0)
      throw new LineError(
        side === "input" ? "samples-unknown-input" : "samples-unknown-output",
        `${side} \`${name}\` is not in the signature (its ${sides}: ${list(specs.map((s) => s.name))})`,
        col
      );
    const label = t.name === void 0 && name !== UNNAMED ? `${t.what} (${side} \`${name}\`)` : t.what;
    let datatype;
    if (t.datatype !== void 0) {
      if (!V2_DATATYPES.includes(t.datatype) && t.datatype !== "BF16")
        throw new LineError(
          "samples-datatype",
          `${label} has datatype ${t.datatype}, which is not a KServe v2 datatype (${V2_DATATYPES.join(", ")})`,
          col
        );
      datatype = t.datatype === "BF16" ? "FP32" : t.datatype;
      if (spec !== void 0) {
        const want = datatypeOf(spec.dtype);
        const bf16 = spec.dtype === "bfloat16" && (t.datatype === "BF16" || t.datatype === "FP32");
        if (!bf16 && (t.datatype === "BF16" || datatype !== want))
          throw new LineError(
            "samples-datatype",
            `${label} has datatype ${t.datatype}; the signature says ${spec.dtype} (${spec.dtype === "bfloat16" ? "BF16" : want})`,
            col
          );
      }
    } else if (spec !== void 0) {
      datatype = datatypeOf(spec.dtype);
    } else {
      datatype = inferred(t, label, col);
    }
    checkValues(t.data, datatype, label, spec?.dtype, col);
    if (spec !== void 0) checkDims(t.shape, spec.shape, label, col);
    out.push({ name, datatype, shape: t.shape, data: t.data });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const t of out) {
    if (seen.has(t.name))
      throw new LineError(
        "samples-shape",
        `${side} \`${t.name}\` is given twice`,
        columnOf(line, t.name)
      );
    seen.add(t.name);
  }
  if (side === "input" && hasSpecs) {
    const missing = specs.filter((s) => !seen.has(s.name)).map((s) => s.name);
    if (missing.length > 0)
      throw new LineError(
        "samples-missing-input",
        `the sample lacks input${missing.length > 1 ? "s" : ""} ${list(missing)} of the signature`
      );
  }
  return out;
}
function checkNames(names, specs, side, line) {
  if (specs === void 0 || specs.length === 0) return;
  for (const name of names)
    if (!specs.some((s) => s.name === name))
      throw new LineError(
        "samples-unknown-output",
        `${side} \`${name}\` is not in the signature (its ${side}s: ${list(specs.map((s) => s.name))})`,
        columnOf(line, name)
      );
}
function inferred(t, label, col) {
  const data = t.data;
  const kinds = new Set(data.map((x) => typeof x));
  if (kinds.size > 1)
    throw new LineError(
      "samples-value",
      `${label} mixes ${[...kinds].sort().join(" and ")} values`,
      col
    );
  const kind = [...kinds][0];
  if (kind === "boolean") return "BOOL";
  if (kind === "string") return "BYTES";
  if (kind === "number" && !t.floatToken && data.every((x) => Number.isInteger(x))) return "INT64";
  return "FP64";
}
function checkValues(data, datatype, label, dtype, col) {
  const type = dtype ?? datatype;
  for (let i = 0; i < data.length; i++) {
    const x = data[i];
    const bad = (why) => new LineError("samples-value", `${label}: element ${i} (${JSON.stringify(x)}) ${why}`, col);
    if (datatype === "BOOL") {
      if (typeof x !== "boolean") throw bad(`is not a boolean (${type})`);
    } else if (datatype === "BYTES") {
      if (typeof x !== "string") throw bad(`is not a string (${type})`);
    } else if (typeof x !== "number") {
      throw bad(`is not a number (${type})`);
    } else {
      const range = INT_RANGE[datatype];
      if (range !== void 0) {
        if (!Number.isInteger(x)) throw bad(`is not an integer (${type})`);
        if (x < range[0] || x > range[1]) throw bad(`does not fit ${type}`);
      } else if (Math.abs(x) > FLOAT_MAX[datatype]) {
        throw bad(`does not fit ${type}`);
      }
    }
  }
}
function checkDims(shape, spec, label, col) {
  const say = `${label} has shape [${shape.join(", ")}]; the signature says [${spec.join(", ")}]`;
  if (shape.length !== spec.length)
    throw new LineError("samples-dims", `${say} (rank ${shape.length}, not ${spec.length})`, col);
  for (let i = 0; i < spec.length; i++)
    if (spec[i] !== -1 && spec[i] !== shape[i])
      throw new LineError(
        "samples-dims",
        `${say} (dimension ${i} is ${shape[i]}, not ${spec[i]})`,
        col
      );
}
function toNamedLine(sample) {
  const obj = (ts) => `{${ts.map((t) => `${JSON.stringify(t.name)}:${nestedText(t)}`).join(",")}}`;
  let out = `{"line":${sample.line},"inputs":${obj(sample.inputs)}`;
  if (sample.expected !== void 0) out += `,"expected":${obj(sample.expected)}`;
  return out + "}";
}
function nestedText(t) {
  const float = t.datatype.startsWith("FP");
  const scalar = (x) => float && typeof x === "number" && Number.isInteger(x) && Math.abs(x) < 1e21 ? `${x}.0` : JSON.stringify(x);
  let k = 0;
  const build = (depth) => {
    if (depth === t.shape.length) return scalar(t.data[k++]);
    const parts = [];
    for (let i = 0; i < t.shape[depth]; i++) parts.push(build(depth + 1));
    return `[${parts.join(",")}]`;
  };
  return build(0);
}
var MAX_SAMPLES_FILE = 256 * 1024 * 1024;
async function readSamplesFile(path, signature, shown) {
  const { size } = await stat(path);
  if (size > MAX_SAMPLES_FILE) {
    return {
      samples: [],
      findings: [
        {
          severity: "error",
          rule: "samples-too-large",
          message: `the samples file is ${size} bytes; the limit is ${MAX_SAMPLES_FILE}`,
          location: { file: shown, line: 1, column: 1 }
        }
      ]
    };
  }
  return parseSamples(await readFile(path, "utf8"), signature, shown);
}

// src/manifest/duration.ts
var UNIT_S = { ms: 1e-3, s: 1, m: 60, h: 3600 };
function seconds(d) {
  if (typeof d === "number") return d;
  const m = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)$/.exec(d);
  if (!m) throw new TypeError(`not a duration: ${d}`);
  return Number(m[1]) * UNIT_S[m[2]];
}

// src/manifest/analysis-rules.ts
var LONGEST_S = 30 * 86400;
var PLACEHOLDERS = /* @__PURE__ */ new Set(["model", "version", "baseline_version"]);
function checkAnalysis(m, map) {
  const findings = [];
  const report = (severity) => (rule, message, at2, key = false) => findings.push({ severity, rule, message, location: map.locate(at2, key) });
  const error = report("error");
  const warning = report("warning");
  const analysis = m.promotion.canary.analysis;
  const at = ["promotion", "canary", "analysis"];
  const specs = [
    [analysis, at, "analysis"],
    [m.promotion.experiment, ["promotion", "experiment"], "experiment"]
  ];
  for (const [spec, where, what] of specs) {
    if (!spec) continue;
    if (spec.provider === "prometheus" && spec.url === void 0)
      error(`${what}-needs-url`, `${what} provider \`prometheus\` needs a \`url\``, [
        ...where,
        "provider"
      ]);
    if (spec.provider === "file" && spec.path === void 0)
      error(`${what}-needs-path`, `${what} provider \`file\` needs a \`path\``, [
        ...where,
        "provider"
      ]);
    const durations = [
      ["window", spec.window],
      ["step", spec.step],
      ..."interval" in spec ? [["interval", spec.interval]] : []
    ];
    for (const [key, d] of durations) {
      const s = seconds(d);
      if (s <= 0 || s > LONGEST_S)
        error(`${what}-duration`, `\`${key}\` (${d}) must be longer than 0 and at most 30 days`, [
          ...where,
          key
        ]);
    }
    if (seconds(spec.step) > seconds(spec.window))
      error(
        `${what}-step-beyond-window`,
        `\`step\` (${spec.step}) is longer than \`window\` (${spec.window}): a range query would return at most one sample`,
        [...where, "step"]
      );
  }
  if (analysis) {
    const { pass, marginal } = analysis.thresholds;
    if (marginal > pass)
      error(
        "analysis-thresholds-order",
        `\`thresholds.marginal\` (${marginal}) must not exceed \`thresholds.pass\` (${pass})`,
        [...at, "thresholds", "marginal"]
      );
    if (analysis.failure_limit >= analysis.count)
      error(
        "analysis-failure-limit",
        `\`failure_limit\` ${analysis.failure_limit} tolerates every one of the ${analysis.count} measurements failing: the analysis could never fail`,
        [...at, "failure_limit"]
      );
    const stepS = seconds(analysis.step);
    for (const [i, metric] of analysis.metrics.entries()) {
      const here = [...at, "metrics", i];
      if (analysis.provider === "prometheus" && metric.query === void 0)
        error(
          "analysis-metric-needs-query",
          `metric \`${metric.name}\` needs a \`query\` for the prometheus provider`,
          [...here, "name"]
        );
      if (metric.baseline === void 0 && metric.min === void 0 && metric.max === void 0)
        error(
          "analysis-metric-unjudged",
          `metric \`${metric.name}\` has no \`baseline\`, \`min\` or \`max\`: nothing could ever fail it`,
          [...here, "name"]
        );
      const other = (metric.direction ?? "increase") === "increase" ? "max_decrease_pct" : "max_increase_pct";
      if (metric[other] !== void 0)
        error(
          "analysis-tolerance-direction",
          `\`${other}\` does not apply to a metric whose bad direction is \`${metric.direction ?? "increase"}\``,
          [...here, other],
          true
        );
      for (const key of ["query", "baseline"]) {
        const q = metric[key];
        if (q === void 0) continue;
        for (const name of placeholders(q))
          if (!PLACEHOLDERS.has(name))
            error(
              "analysis-placeholder",
              `\`{{${name}}}\` in the ${key} of \`${metric.name}\` is not a placeholder; the ones filled in are {{model}}, {{version}} and {{baseline_version}}`,
              [...here, key]
            );
        const range = longestRange(q);
        if (analysis.provider === "prometheus" && range !== void 0 && range > stepS)
          warning(
            "analysis-overlapping-samples",
            `the ${key} of \`${metric.name}\` reads ranges of ${range} s at a step of ${stepS} s: neighbouring samples share most of their data, which a rank test takes for more evidence than there is, and equal canaries then fail more often than 1 - confidence; set \`step\` to at least ${range} s`,
            [...here, key]
          );
      }
      if (metric.baseline !== void 0 && metric.query !== void 0) {
        const b = metric.baseline;
        if (b === metric.query || placeholders(b).has("version") && !placeholders(b).has("baseline_version"))
          error(
            "analysis-baseline-is-canary",
            `the baseline of \`${metric.name}\` ${b === metric.query ? "is its canary query" : "selects {{version}}, the canary"}: the canary would be compared with itself; select the production version with {{baseline_version}}`,
            [...here, "baseline"]
          );
      }
    }
  }
  const experiment = m.promotion.experiment;
  if (experiment?.provider === "prometheus") {
    const metric = experiment.metric;
    const needed = metric.kind === "proportion" ? ["successes", "trials"] : ["query"];
    for (const key of needed)
      if (metric[key] === void 0)
        error(
          "experiment-metric-needs-query",
          `an experiment metric of kind \`${metric.kind}\` needs \`${key}\` for the prometheus provider`,
          ["promotion", "experiment", "metric", "kind"]
        );
  }
  return findings;
}
var placeholders = (q) => new Set([...q.matchAll(/\{\{\s*([^}\s]*)\s*\}\}/g)].map((x) => x[1]));
var RANGE_UNIT_S = {
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31536e3
};
function longestRange(q) {
  let longest;
  for (const r of q.matchAll(/\[\s*((?:\d+(?:ms|s|m|h|d|w|y))+)\s*(?::[^\]]*)?\]/g)) {
    let s = 0;
    for (const part of r[1].matchAll(/(\d+)(ms|s|m|h|d|w|y)/g))
      s += Number(part[1]) * RANGE_UNIT_S[part[2]];
    longest = Math.max(longest ?? 0, s);
  }
  return longest;
}

// src/manifest/deploy-rules.ts
import { isAbsolute } from "node:path";

// src/platforms/model-uri.ts
var PLACEHOLDER = /\{\{\s*([a-z_]+)\s*\}\}/g;
var STORAGE_URI_PLACEHOLDERS = ["model", "version"];
function placeholders2(template) {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}
function expandStorageUri(template, model, version) {
  return template.replace(
    PLACEHOLDER,
    (whole, key) => key === "model" ? model : key === "version" ? version : whole
  );
}
function modelUriReaders(s) {
  return [
    ...s.kserve ? ["kserve"] : [],
    ...s.sagemaker?.image && s.sagemaker.execution_role_arn ? ["sagemaker"] : []
  ];
}

// src/manifest/deploy-rules.ts
function checkDeploy(m, map) {
  const d = m.deploy;
  if (!d) return [];
  const findings = [];
  const report = (severity, rule, message, at, key = false) => findings.push({ severity, rule, message, location: map.locate(["deploy", ...at], key) });
  if (d.storage_uri === void 0 && m.model.artifacts.length !== 1)
    for (const platform of modelUriReaders(d))
      report(
        "error",
        "deploy-needs-storage-uri",
        `deploy.${platform} needs deploy.storage_uri for a model with several artifacts: the registry keeps each artifact as a blob of its own, and ${platform === "kserve" ? "KServe" : "SageMaker"} reads one location`,
        [platform],
        true
      );
  if (d.storage_uri !== void 0) {
    const used = placeholders2(d.storage_uri);
    const unknown = used.filter(
      (p) => !STORAGE_URI_PLACEHOLDERS.includes(p)
    );
    if (unknown.length > 0)
      report(
        "error",
        "deploy-storage-uri-placeholder",
        `deploy.storage_uri uses {{${unknown.join("}}, {{")}}}; only {{model}} and {{version}} are filled in`,
        ["storage_uri"]
      );
    if (!used.includes("version"))
      report(
        "error",
        "deploy-storage-uri-version",
        "deploy.storage_uri has no {{version}}: every version would be read from the same place",
        ["storage_uri"]
      );
  }
  if (d.out !== void 0 && (isAbsolute(d.out) || d.out.split(/[\\/]/).includes("..")))
    report(
      "error",
      "deploy-out-outside",
      `deploy.out (${d.out}) must be a folder inside the repository, relative to the manifest, without ..`,
      ["out"]
    );
  const sm = d.sagemaker;
  if (sm && sm.image === void 0 !== (sm.execution_role_arn === void 0))
    report(
      "error",
      "deploy-sagemaker-create",
      `deploy.sagemaker has ${sm.image === void 0 ? "execution_role_arn without image" : "image without execution_role_arn"}: modelgate creates the SageMaker models only with both`,
      ["sagemaker", sm.image === void 0 ? "execution_role_arn" : "image"],
      true
    );
  if (sm?.image && sm.execution_role_arn && d.storage_uri !== void 0 && !d.storage_uri.startsWith("s3://"))
    report(
      "error",
      "deploy-sagemaker-storage-uri",
      `SageMaker reads model data from S3 only, and deploy.storage_uri is ${d.storage_uri}`,
      ["storage_uri"]
    );
  for (const [platform, key, what] of [
    ["vertex", "deployed_models", "deployed model ID"],
    ["azure", "deployments", "deployment"]
  ]) {
    const names = platform === "vertex" ? d.vertex?.deployed_models : d.azure?.deployments;
    if (!names) continue;
    if (!(m.model.version in names))
      report(
        "warning",
        "deploy-version-unnamed",
        `deploy.${platform}.${key} names no ${what} for ${m.model.version} (model.version): its hand-off would fail once it is promoted`,
        [platform, key],
        true
      );
    const seen = /* @__PURE__ */ new Map();
    for (const [version, name] of Object.entries(names)) {
      const first = seen.get(name);
      if (first !== void 0)
        report(
          "error",
          "deploy-duplicate-name",
          `deploy.${platform}.${key} gives ${version} the ${what} ${name} of ${first}: a split between them could not be told apart`,
          [platform, key, version]
        );
      else seen.set(name, version);
    }
  }
  return findings;
}

// src/manifest/semantics.ts
async function checkSemantics(m, map, paths) {
  const findings = [];
  const error = (rule, message, at, key = false) => findings.push({ severity: "error", rule, message, location: map.locate(at, key) });
  const seenArtifacts = /* @__PURE__ */ new Map();
  for (const [i, a] of m.model.artifacts.entries()) {
    const r = await resolveInside(paths.root, paths.dir, a.path);
    if (!r.ok) {
      error("path-outside-repository", `artifact \`${a.path}\` is refused: ${r.reason}`, [
        "model",
        "artifacts",
        i,
        "path"
      ]);
      continue;
    }
    const first = seenArtifacts.get(r.path);
    if (first !== void 0) {
      error(
        "duplicate-artifact",
        `artifact \`${a.path}\` is listed twice (first at artifacts[${first}])`,
        ["model", "artifacts", i, "path"]
      );
    } else seenArtifacts.set(r.path, i);
  }
  if (m.model.samples !== void 0) {
    const r = await resolveInside(paths.root, paths.dir, m.model.samples);
    if (!r.ok) {
      error(
        "path-outside-repository",
        `samples file \`${m.model.samples}\` is refused: ${r.reason}`,
        ["model", "samples"]
      );
    } else if (!r.exists) {
      error("samples-missing", `samples file \`${m.model.samples}\` does not exist`, [
        "model",
        "samples"
      ]);
    } else {
      findings.push(...await checkSamples(r.path, paths.display(r.path), m.model.signature));
    }
  }
  const targetNames = /* @__PURE__ */ new Map();
  for (const [i, t] of m.compatibility.targets.entries()) {
    const first = targetNames.get(t.name);
    if (first !== void 0) {
      error(
        "duplicate-target",
        `target name \`${t.name}\` is used twice (first at targets[${first}])`,
        ["compatibility", "targets", i, "name"]
      );
    } else {
      targetNames.set(t.name, i);
    }
    if (m.model.framework === "custom" && t.command === void 0 && t.serve === void 0) {
      error(
        "custom-target-command",
        `target \`${t.name}\` needs a \`command\`: framework custom has no built-in loader`,
        ["compatibility", "targets", i]
      );
    }
  }
  if (m.compatibility.targets.some((t) => t.serve !== void 0 || t.load !== void 0)) {
    const { checkServingTargets } = await import("./serving-3O7GJNYY.js");
    findings.push(...await checkServingTargets(m, map, paths));
  }
  if (m.serving.slo?.min_rows_per_s !== void 0 && m.serving.mode !== "batch") {
    error(
      "slo-rows-needs-batch",
      `\`serving.slo.min_rows_per_s\` is judged in serving.mode \`batch\`, where requests carry batches of rows; this manifest's mode is \`${m.serving.mode}\``,
      ["serving", "slo", "min_rows_per_s"],
      true
    );
  }
  if (m.serving.slo?.min_rows_per_s !== void 0) {
    for (const [i, target] of m.compatibility.targets.entries())
      if (target.serve && !target.load)
        error(
          "slo-rows-needs-load",
          `serving target \`${target.name}\` runs no load test, so \`serving.slo.min_rows_per_s\` would never be judged on it; give it \`load\``,
          ["compatibility", "targets", i, "serve"],
          true
        );
  }
  if (m.serving.mode === "edge" && m.serving.max_artifact_mb === void 0) {
    error("edge-needs-size-limit", "serving mode `edge` requires `serving.max_artifact_mb`", [
      "serving",
      "mode"
    ]);
  }
  const steps = m.promotion.canary.steps;
  for (const [i, s] of steps.entries()) {
    if (!(s > 0 && s < 100)) {
      error("canary-step-range", `canary step ${s} must be greater than 0 and less than 100`, [
        "promotion",
        "canary",
        "steps",
        i
      ]);
    } else if (i > 0 && s <= steps[i - 1]) {
      error(
        "canary-step-order",
        `canary steps must be strictly increasing: ${s} follows ${steps[i - 1]}`,
        ["promotion", "canary", "steps", i]
      );
    }
  }
  findings.push(...checkAnalysis(m, map));
  findings.push(...checkDeploy(m, map));
  for (const side of ["inputs", "outputs"]) {
    const names = /* @__PURE__ */ new Set();
    for (const [i, t] of (m.model.signature?.[side] ?? []).entries()) {
      if (names.has(t.name)) {
        error("duplicate-tensor", `signature ${side} name \`${t.name}\` is used twice`, [
          "model",
          "signature",
          side,
          i,
          "name"
        ]);
      }
      names.add(t.name);
    }
  }
  return findings;
}
async function checkSamples(path, shown, signature) {
  return (await readSamplesFile(path, signature, shown)).findings;
}

// src/manifest/types.ts
var DEFAULT_SERVE_PORT = { triton: 8e3, tfserving: 8501 };
var SERVE_MODELS_DIR = "/models";
var DEFAULT_BATCH_SIZE = 256;
function defaultServeCommand(layout, modelName, port) {
  if (layout === "triton") return ["tritonserver", `--model-repository=${SERVE_MODELS_DIR}`];
  return [
    "tensorflow_model_server",
    `--rest_api_port=${port}`,
    `--model_name=${modelName}`,
    `--model_base_path=${SERVE_MODELS_DIR}/${modelName}`
  ];
}

// src/manifest/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_COUNT = 100;
var SourceMap = class {
  constructor(file, doc, lines) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }
  file;
  doc;
  lines;
  /**
   * The location of the node at `path`, or of its nearest ancestor that exists. With
   * `key`, the location of the last segment's key rather than its value (for unknown or
   * duplicate fields).
   */
  locate(path, key = false) {
    let node = this.doc.contents;
    let best = node;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i];
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const last = i === path.length - 1;
        if (key && last) {
          best = pair.key;
          break;
        }
        node = pair.value;
        best = hasRange(pair.value) ? pair.value : pair.key;
      } else if ((0, import_yaml.isSeq)(node)) {
        const item = node.items[Number(seg)];
        if (item === void 0) break;
        node = item;
        best = item;
      } else {
        break;
      }
      if ((0, import_yaml.isAlias)(node)) break;
    }
    return this.at(hasRange(best) ? best.range[0] : 0);
  }
  at(offset) {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, column: col };
  }
};
function hasRange(node) {
  return typeof node === "object" && node !== null && Array.isArray(node.range);
}
function parseYaml(source, file) {
  const lines = new import_yaml.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml.parseDocument)(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    return {
      ok: false,
      findings: [
        {
          severity: "error",
          rule: "yaml-syntax",
          message: `cannot parse YAML: ${err instanceof RangeError ? "nesting is too deep" : String(err)}`,
          location: { file, line: 1, column: 1 }
        }
      ]
    };
  }
  const map = new SourceMap(file, doc, lines);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      findings: doc.errors.map((e) => ({
        severity: "error",
        rule: e.code === "DUPLICATE_KEY" ? "yaml-duplicate-key" : "yaml-syntax",
        message: yamlMessage(e.code, e.message),
        location: map.at(e.pos[0])
      }))
    };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, data, map };
  } catch (err) {
    const bomb = err instanceof ReferenceError && /alias/i.test(err.message);
    return {
      ok: false,
      findings: [
        {
          severity: "error",
          rule: bomb ? "yaml-alias-bomb" : "yaml-syntax",
          message: bomb ? `aliases expand to too many nodes (limit ${MAX_ALIAS_COUNT}): refusing a possible YAML bomb` : `cannot read YAML: ${err instanceof Error ? err.message : String(err)}`,
          location: { file, line: 1, column: 1 }
        }
      ]
    };
  }
}
function yamlMessage(code, message) {
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return code === "DUPLICATE_KEY" ? "duplicate key: map keys must be unique" : first;
}

// src/manifest/load.ts
var MAX_MANIFEST_BYTES = 1e6;
async function loadManifest(path, opts) {
  const file = resolve(opts.cwd, path);
  const display = (abs) => relative(opts.cwd, abs) || abs;
  const shown = display(file);
  const fail = (rule, message) => ({
    file,
    shown,
    findings: [{ severity: "error", rule, message, location: { file: shown, line: 1, column: 1 } }]
  });
  let size;
  try {
    const st = await stat2(file);
    size = st.size;
    if (!st.isFile()) throw new ConfigError(`manifest ${shown} is not a file`, shown);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const missing = err.code === "ENOENT";
    throw new ConfigError(
      `cannot read manifest ${shown}: ${missing ? "no such file" : err.message}`,
      shown,
      missing ? "pass --manifest PATH (default modelgate.yaml in the working directory)" : void 0
    );
  }
  if (size > MAX_MANIFEST_BYTES) {
    return fail(
      "manifest-too-large",
      `manifest is ${formatBytes(size)}; the limit is ${formatBytes(MAX_MANIFEST_BYTES)}`
    );
  }
  const source = await readFile2(file, "utf8");
  const parsed = parseYaml(source, shown);
  if (!parsed.ok) return { file, shown, findings: parsed.findings };
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    return fail(
      "manifest-not-mapping",
      "the manifest must be a YAML mapping (apiVersion: modelgate/v1, model: \u2026)"
    );
  }
  const schemaFindings = checkSchema(parsed.data, parsed.map);
  if (hasErrors(schemaFindings)) return { file, shown, findings: schemaFindings };
  const manifest = parsed.data;
  for (const a of manifest.model.artifacts) if (a.sha256) a.sha256 = a.sha256;
  applyServeDefaults(manifest);
  const dir = dirname(file);
  const root = opts.root ? resolve(opts.cwd, opts.root) : findRepositoryRoot(dir);
  const findings = await checkSemantics(manifest, parsed.map, { dir, root, display });
  const loaded = { manifest, file, shown, dir, root, map: parsed.map, display };
  return { file, shown, findings, loaded };
}
function applyServeDefaults(manifest) {
  for (const t of manifest.compatibility.targets) {
    if (t.load !== void 0 && manifest.serving.mode === "batch")
      t.load.batch_size ??= DEFAULT_BATCH_SIZE;
    const s = t.serve;
    if (s === void 0) continue;
    s.port ??= DEFAULT_SERVE_PORT[s.layout];
    s.command ??= defaultServeCommand(s.layout, manifest.model.name, s.port);
  }
}

export {
  toNamedLine,
  readSamplesFile,
  seconds,
  expandStorageUri,
  modelUriReaders,
  SERVE_MODELS_DIR,
  require_dist,
  loadManifest
};
