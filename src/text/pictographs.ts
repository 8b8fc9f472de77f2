/**
 * Emoji as decoration: "Your primary responsibilities 🔭", "- 💰 Facilitate accounts receivable".
 * Startup and remote-board posts put one before every bullet and after every heading; left in, the
 * heading is no heading and the bullet no bullet, so a whole post reads as prose about the company.
 * A run of them goes with what binds them (joiners, variation selectors, skin tones, keycaps, flags)
 * and the spaces around it: one space stays between two words. A run that opens a line stays: the
 * heading reader takes it as a heading's mark ("🚀 What you'll do"), as it always did.
 * ©, ® and ™ are pictographic too, but they belong to a name ("Java™"): kept.
 */
const PICTOGRAPHS = /[ \t]*(?:(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\u200D\uFE0F\u20E3])+[ \t]*/gu;

/** Any such character at all (©, ® and ™ too): one scan, and most posts have none. */
const ANY_PICTOGRAPH = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u200D\uFE0F\u20E3]/u;

export function withoutPictographs(text: string): string {
  if (!ANY_PICTOGRAPH.test(text)) return text;
  return text.replace(PICTOGRAPHS, (run: string, offset: number, whole: string) => {
    const before = whole[offset - 1];
    const after = whole[offset + run.length];
    if (before === undefined || before === '\n') return run;
    if (after === undefined || after === '\n' || after === '\r' || /[:;,.!?)]/.test(after)) return '';
    return ' ';
  });
}
