// TypeScript definitions for SecondLook.v1 (second-look.v1.js). Offsets are JavaScript string
// indexes, so text.slice(span.start, span.end) gives the words that raised a warning.

/** How risky the text looks. There is deliberately no "safe": low still means verify. */
export type Level = 'low' | 'medium' | 'high';

export interface Span {
  start: number;
  end: number;
  /** The words of the original text. */
  text: string;
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** Indicator ids in the project's research (A1, D4, ...). */
  indicators: string[];
}

export interface Signal {
  /** Stable rule id, e.g. "en.travel.tourist-visa-for-work". */
  rule: string;
  category: string;
  /** Positive for a warning, negative for a reassuring sign. */
  weight: number;
  message: string;
  explanation: string;
  advice: string[];
  sources: Source[];
  spans: Span[];
}

export interface Money {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
  /** "hour", "day", "week", "month" or "year", when the text says. */
  period: string | null;
  /** Rough value in US dollars a month, when the period is known. */
  usdPerMonth: number | null;
}

/** Something read from the text: an amount, a contact, a place, a visa type. */
export interface Fact {
  tag: string;
  label: string;
  span: Span;
  money?: Money;
}

export interface AdviceItem {
  id: string;
  text: string;
}

export interface Segment {
  text: string;
  /** Index into `signals` of the warning that highlights this piece, or null for plain text. */
  signal: number | null;
}

export interface Report {
  rulesetVersion: string;
  level: Level;
  /** 0 to 100. */
  score: number;
  /** The text reads like a message from someone already held: show emergency guidance. */
  distress: boolean;
  /** The text reads like a warning about scams (an advisory, a news story): capped at medium. */
  warningText: boolean;
  signals: Signal[];
  facts: Fact[];
  advice: AdviceItem[];
  /** UTF-8 bytes of the text that were checked (at most 1 MiB). */
  checkedBytes: number;
  /** How much of the text was checked, as a JavaScript string length: text.slice(0, checkedLength). */
  checkedLength: number;
  /** The text was longer than the engine reads; only its start was checked. */
  truncated: boolean;
  /** Present when check() was asked for segments. */
  segments?: Segment[];
}

export interface CheckOptions {
  /** Also return the text cut into plain and highlighted pieces, for display. */
  segments?: boolean;
  /**
   * The language of messages, explanations and advice, as a BCP 47 tag ("vi", "zh-CN", "tl");
   * English by default. An unknown language is refused with the list of known ones.
   */
  lang?: string;
}

export interface InitOptions {
  /** Where the engine's .wasm file is; default: engine_bg.wasm beside the module. */
  wasmUrl?: string | URL;
}

export interface RuleEntry {
  id: string;
  /** A rule pack's language ("en", "vi", "th", "tl", ...), or "any" for rules on extracted facts and combinations. */
  language: string;
  category: string;
  weight: number;
  message: string;
  /** Ids of the published sources. */
  sources: string[];
}

export interface Versions {
  version: string;
  rulesetVersion: string;
}

export interface SecondLookV1 {
  /** The version of this build of Second Look. */
  readonly version: string;
  init(options?: InitOptions): Promise<Versions>;
  /** Rejects with a TypeError for a non-string text and a RangeError for an empty one. */
  check(text: string, options?: CheckOptions): Promise<Report>;
  rules(): Promise<RuleEntry[]>;
}

export declare const version: string;
export declare function init(options?: InitOptions): Promise<Versions>;
export declare function check(text: string, options?: CheckOptions): Promise<Report>;
export declare function rules(): Promise<RuleEntry[]>;
export declare const v1: SecondLookV1;
export declare const SecondLook: { readonly v1: SecondLookV1 };
export default SecondLook;
