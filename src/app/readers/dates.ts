/**
 * A publication date as YYYY-MM-DD, from what feeds and pages carry: ISO dates and timestamps
 * (`2015-07-21`, `2015-07-21T10:00:00+03:00` keeps its own calendar day) or RFC 822 (`Tue, 21 Jul 2015 10:00:00 GMT`).
 * @returns null when the value is not a date.
 */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) {
    const d = new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!));
    return d.getUTCMonth() === +iso[2]! - 1 && d.getUTCDate() === +iso[3]! ? iso[0] : null;
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return null;
  return new Date(t).toISOString().slice(0, 10);
}
