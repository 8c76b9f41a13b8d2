/**
 * First names (and a few foreign ones) that begin with the letter و: when a list of names is split
 * on the conjunction glued to the next name (`فلان ومروان`), these keep their و (`وليد`, `وائل`).
 */
export const WAW_INITIAL_NAMES: ReadonlySet<string> = new Set([
  'وليد', 'وائل', 'وهيب', 'وفاء', 'وداد', 'وسام', 'وجدي', 'وحيد', 'وديع', 'وضاح', 'وصفي', 'ولاء', 'وهبي', 'وجيه', 'ورود', 'وعد',
  'وئام', 'وردة', 'والتر', 'وليام', 'ويليام', 'وارن', 'وانغ',
]);
