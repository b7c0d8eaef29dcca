/**
 * What a built page costs a reader: the stylesheets and scripts it loads, found in its HTML.
 * Pure; the benchmark reads the files and measures their bytes.
 */

/** The assets one HTML page references. */
export interface PageAssets {
  /** `href`s of `<link rel="stylesheet">`, in order. */
  stylesheets: string[];
  /** `src`s of `<script src>`, in order. */
  scripts: string[];
  /** Bytes (UTF-8) of inline `<script>` bodies, JSON-LD and other data blocks left out: they never run. */
  inlineScriptBytes: number;
  /** Bytes (UTF-8) of inline `<style>` bodies. */
  inlineStyleBytes: number;
}

const attribute = (tag: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match === null ? undefined : (match[1] ?? match[2] ?? match[3]);
};

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Lists the stylesheets and scripts an HTML page loads, and the size of its inline ones. */
export function findPageAssets(html: string): PageAssets {
  const stylesheets: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (rel !== undefined && /\bstylesheet\b/i.test(rel) && href !== undefined) stylesheets.push(href);
  }
  const scripts: string[] = [];
  let inlineScriptBytes = 0;
  for (const [, open = '', body = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
    const src = attribute(open, 'src');
    const type = attribute(open, 'type');
    if (src !== undefined) scripts.push(src);
    else if (type === undefined || /^(?:module|text\/javascript|application\/javascript)$/i.test(type)) inlineScriptBytes += utf8Length(body);
  }
  let inlineStyleBytes = 0;
  for (const [, body = ''] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineStyleBytes += utf8Length(body);
  return { stylesheets, scripts, inlineScriptBytes, inlineStyleBytes };
}

/**
 * The item of median size (the lower median of an even count); ties broken by name, so the
 * choice is stable. Undefined for an empty list.
 */
export function pickMedianBySize<T extends { name: string; size: number }>(items: readonly T[]): T | undefined {
  const sorted = [...items].sort((a, b) => a.size - b.size || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
