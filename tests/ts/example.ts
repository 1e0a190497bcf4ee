// A partner's code using SecondLook.v1 through its TypeScript definitions.
// tests/e2e/partner-api.test.mjs compiles it with tsc (strict); the @ts-expect-error lines fail the
// build if the types get loose.
import { SecondLook, type Report, type Level, type RuleEntry } from '../../www/api/second-look.v1.js';

export async function screenAd(text: string): Promise<string> {
  const { version, rulesetVersion } = await SecondLook.v1.init();
  const report: Report = await SecondLook.v1.check(text, { segments: true });
  const level: Level = report.level;
  const words = report.signals.flatMap((s) => s.spans.map((sp) => text.slice(sp.start, sp.end)));
  const marked = (report.segments ?? []).filter((p) => p.signal !== null).map((p) => p.text);
  const amounts = report.facts.flatMap((f) => (f.money ? [f.money.amount] : []));
  const rules: RuleEntry[] = await SecondLook.v1.rules();
  const sourceTitles = report.signals.flatMap((s) => s.sources.map((src) => src.title));
  return [version, rulesetVersion, level, report.distress, words, marked, amounts, rules.length, sourceTitles].join(' ');
}

export async function misuse(): Promise<void> {
  // @ts-expect-error text must be a string
  await SecondLook.v1.check(42);
  // @ts-expect-error unknown option
  await SecondLook.v1.check('text', { colour: true });
  const report = await SecondLook.v1.check('text');
  // @ts-expect-error there is no "safe" level
  const safe: Level = 'safe';
  // @ts-expect-error the report has no text of its own
  console.log(report.text, safe);
}
