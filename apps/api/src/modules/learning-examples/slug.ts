import { EntityManager } from 'typeorm';

// An example's address: set once from its title (created in the editor or by the import) and never
// changed, so shared links keep working when the title is edited.

/** å/ä → a, ö → o, é → e, æ → ae, ø → o, ß → ss, every other diacritic dropped; lower case (slugs and the import's keys). */
export function fold(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

const SLUG_MAX = 80;

/** "Hedemora styr mot jämställdhet" → "hedemora-styr-mot-jamstalldhet"; at most 80 characters, cut at a word. */
export function slugify(title: string): string {
  let slug = fold(title.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > SLUG_MAX) {
    const cut = slug.lastIndexOf('-', SLUG_MAX);
    slug = (cut > 0 ? slug.slice(0, cut) : slug.slice(0, SLUG_MAX)).replace(/-+$/, '');
  }
  return slug || 'exempel';
}

/**
 * Readable and stable: set once, from the title; a clash gets -2, -3, … Two examples with the same title
 * saved at the same moment would both pick the same free slug: a transaction-scoped advisory lock on the
 * slug's base makes the second wait until the first has committed, and then see its slug.
 */
export async function uniqueSlug(manager: EntityManager, title: string): Promise<string> {
  const base = slugify(title);
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('learning_example_slug:' || $1))`, [base]);
  const taken = new Set(
    (await manager.query<{ slug: string }[]>(`SELECT slug FROM learning_examples WHERE slug = $1 OR slug LIKE $2`, [base, `${base}-%`])).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
