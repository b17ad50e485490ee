/**
 * Turning an example's stored text into what the page shows. Everything here returns plain strings
 * that React renders as text: markup typed by an author, or arriving in an imported page, stays text.
 */

/** The paragraphs of a section: separated by blank lines, trimmed, empty ones dropped. */
export function paragraphs(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * The URL when it is an absolute http(s) address, else null: a `javascript:` or `data:` address, a
 * relative path or a malformed one is never made a link.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "skr.se" for "https://www.skr.se/…": the site a link leads to, as its text says. */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A telephone number as a `tel:` address: digits and a leading plus only, or null when none remain. */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

export type Period =
  | { kind: 'single'; year: number }
  | { kind: 'range'; start: number; end: number }
  | { kind: 'ongoing'; start: number }
  | { kind: 'until'; end: number };

/** Tidsperiod: "2020", "2019 – 2021", "2018 – pågående"; null when neither year is known. */
export function periodOf(start: number | null, end: number | null): Period | null {
  if (start === null) return end === null ? null : { kind: 'until', end };
  if (end === null) return { kind: 'ongoing', start };
  return start === end ? { kind: 'single', year: start } : { kind: 'range', start, end };
}

export interface SnippetPart {
  text: string;
  /** A part of the text the search matched (inside `<mark>…</mark>`). */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * The API's snippet (HTML-escaped text, the matches wrapped in `<mark>…</mark>`) as parts to render
 * as text, so that no markup from the example's text can become markup in the page. Only the exact
 * `<mark>` and `</mark>` tags mean anything; the rest is decoded text. Adjacent parts alike are joined.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      const last = parts[parts.length - 1];
      if (last && last.marked === marked) last.text += text;
      else parts.push({ text, marked });
    }
  }
  return parts;
}
