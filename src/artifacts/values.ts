import type { AllowedObject, Judgement } from './policy.js';

/**
 * Values on the simulated unpickler's stack. Plain JS values stand for Python literals; the
 * classes below for what the judge must reason about. Containers keep only their first few
 * items: enough to read array descriptions and rule arguments, never a whole data set.
 */

/** An imported object, as Python 3 imports it, with the policy's judgement of it. */
export class Global {
  constructor(
    readonly full: string,
    readonly judgement: Judgement,
  ) {}
  /** The allow-list entry, when the object is proven benign. */
  get entry(): AllowedObject | undefined {
    return this.judgement.verdict === 'safe' ? this.judgement.entry : undefined;
  }
}

/** The allowed class an object is an instance of, as far as the judge needs to know it. */
export interface Instance {
  of: string;
  /** BUILD calls `__setstate__`. */
  setstate: boolean;
  /** Real files fill its instances with APPENDS, SETITEMS or ADDITEMS. */
  fills: boolean;
}

/** What a REDUCE, NEWOBJ, OBJ or INST made. */
export class Call {
  state: Value = undefined;
  /** Something was added to what the call made (APPEND, SETITEMS, BUILD…). */
  filled = false;
  /** The attributes BUILDs have set so far, on an object without `__setstate__`. */
  attributes: Dict | undefined;
  constructor(
    readonly fn: Value,
    readonly args: Value,
    /** The allowed class the result is an instance of, where the judge can tell. */
    readonly produces?: Instance,
    /** What the call returned when that is itself an imported object (`getattr(mod, 'x')`). */
    readonly returns?: Global,
  ) {}
}

export class Seq {
  items: Value[] = [];
  /** Items beyond KEEP_ITEMS were counted out, not kept. */
  dropped = false;
  constructor(readonly kind: 'list' | 'tuple' | 'set') {}
  add(v: Value): void {
    if (this.items.length < KEEP_ITEMS) this.items.push(v);
    else this.dropped = true;
  }
}

export class Dict {
  keys: Value[] = [];
  values: Value[] = [];
  /** A key that is `__class__` or not a known string, kept or not (see the judge's slot rule). */
  oddKey = false;
  /** A `__class__` key: set as an attribute, it turns the object into another class. */
  classKey = false;
  /** Keys beyond KEEP_ITEMS were counted out, not kept. */
  dropped = false;
  /**
   * Where each kept key is, once there are more than a few: a tokenizer's dict sets a million
   * keys, and each must be looked up among the kept ones.
   */
  private at: Map<Value, number> | undefined;
  private find(k: Value): number {
    if (this.at) return this.at.get(k) ?? -1;
    return this.keys.indexOf(k);
  }
  set(k: Value, v: Value): void {
    if (typeof k !== 'string' || k === '__class__') this.oddKey = true;
    if (k === '__class__') this.classKey = true;
    // Past KEEP_ITEMS, readers refuse the dict as not read whole, except for the one key
    // always kept: no need to look up a tokenizer's millionth key.
    if (this.dropped && k !== '_parse_arg_template') return;
    // As in Python, a key set again takes its new value: joblib reads the last `shape`.
    const i = this.find(k);
    if (i >= 0) this.values[i] = v;
    else if (this.keys.length < KEEP_ITEMS || k === '_parse_arg_template') {
      if (this.keys.length === 8) this.at = new Map(this.keys.map((key, j) => [key, j]));
      this.at?.set(k, this.keys.length);
      this.keys.push(k);
      this.values.push(v);
    } else this.dropped = true;
  }
  get(k: string): Value {
    const i = this.find(k);
    return i < 0 ? undefined : this.values[i];
  }
}

/** A value the walker cannot know: persistent ids, out-of-band buffers, extension codes, big strings. */
export class Opaque {
  constructor(readonly what: string) {}
}

/** A string too long to be a name: kept as its kind only. */
export class LongText extends Opaque {
  constructor() {
    super('a long string');
  }
}

export class Bytes {
  constructor(
    readonly length: number,
    /** Stream offset of the first byte: a nested loader's input can be read again there. */
    readonly offset: number,
  ) {}
}

export type Value =
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | Global
  | Call
  | Seq
  | Dict
  | Opaque
  | Bytes;

export const KEEP_ITEMS = 32;

/** What calling `v` calls: the object a lookup returned (`getattr(mod, 'f')`), or `v` itself. */
export function callee(v: Value): Value {
  return v instanceof Call && v.returns ? v.returns : v;
}

/** The items of a tuple argument, or undefined when it is not a tuple the walker kept whole. */
export function tupleItems(v: Value): readonly Value[] | undefined {
  return v instanceof Seq && v.kind === 'tuple' && !v.dropped ? v.items : undefined;
}
