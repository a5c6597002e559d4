/**
 * A measured figure as messages and reports show it: four significant digits, and the largest
 * double (what the judge reads +Infinity as, see judge.ts) as the infinity it stands for.
 */
export function figure(n: number): string {
  if (Math.abs(n) === Number.MAX_VALUE) return String(Math.sign(n) * Infinity);
  return Number.isFinite(n) ? Number(n.toPrecision(4)).toString() : String(n);
}
