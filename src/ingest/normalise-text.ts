/**
 * Whitespace and punctuation clean-up that every later stage relies on. Changes only
 * spacing and invisible characters, never words.
 */

/** Normalises line ends, invisible and non-breaking spaces, and runs of spaces. */
export function normaliseWhitespace(text: string): string {
  return (
    text
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
      // Zero-width characters and soft hyphens carry no text but break word matching.
      .replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, '')
      .replace(/\t/g, ' ')
      // Control characters other than the newline are never part of a bulletin.
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      // The lookbehind starts a match only at the first space of a run: `/ +\n/` alone would
      // retry from every space of a long run not followed by a newline, which is quadratic.
      .replace(/(?<! ) +\n/g, '\n')
  );
}

/**
 * Tidies one paragraph of running text: single spaces, no space before punctuation
 * (`Montreux .` → `Montreux.`), and a space restored after a full stop that glues two
 * sentences together (`New Year.On behalf` → `New Year. On behalf`).
 */
export function tidyParagraph(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      // List bullets are layout, not text.
      .replace(/^\s*(?:[•·▪►]|[-–*](?=\s))\s*/, '')
      .replace(/ +([.,;:!?)\]])(?!\.)/g, '$1')
      .replace(/([([]) +/g, '$1')
      // Two lower-case letters, a stop, then a capitalised word: a lost space, not an
      // abbreviation (abbreviations such as "U.S." have a capital before the stop).
      .replace(/([a-z]{2}[.!?])([A-Z][a-z])/g, '$1 $2')
      .replace(/([a-z]{2}[.!?]["”’])([A-Z][a-z])/g, '$1 $2')
      .replace(/([a-z]),([a-z]{2,})/g, '$1, $2')
      .replace(/\b(St|Mt|Ft)\.([A-Z])/g, '$1. $2')
      .trim()
  );
}

/**
 * Joins hard-wrapped lines (text broken at a fixed width, mid-sentence and even mid-name)
 * back into paragraphs. Only documents that look hard-wrapped are touched, so the short
 * title and caption lines of ordinary pages stay on their own.
 */
export function unwrapLines(lines: string[]): string[] {
  const content = lines.filter((line) => line.trim() !== '');
  const wrapped = content.filter((line) => {
    const length = line.trim().length;
    return length >= 40 && length <= 95 && !/[.!?:"”'’|]$/.test(line.trim());
  });
  const looksHardWrapped = content.length >= 6 && wrapped.length / content.length >= 0.35;
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    // A line that starts with closing punctuation always belongs to the line before it.
    if (previous !== undefined && previous !== '' && /^[).,;:]/.test(line)) {
      out[out.length - 1] = previous + line;
      continue;
    }
    if (
      looksHardWrapped &&
      previous !== undefined &&
      previous !== '' &&
      line !== '' &&
      !/[.!?:"”|]$/.test(previous)
    ) {
      out[out.length - 1] = `${previous} ${line}`;
      continue;
    }
    out.push(line);
  }
  return out;
}
