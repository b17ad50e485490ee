import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ExampleStatus, UserRole } from '@modellkommuner/shared';
import { BadInput, Forbidden } from '../../../infrastructure/errors/app-error';
import { isUuid } from '../../../infrastructure/graphql/ids';
import { decodeCursor, encodeCursor, pageSize } from '../../../infrastructure/graphql/pagination';
import { Viewer } from '../../../infrastructure/graphql/request-context';
import { LearningExampleEntity } from '../entities/learning-example.entity';
import { LearningExample } from '../models/learning-example.model';
import { ExampleFilter, ExampleSort } from './example-filter.input';
import { escapeHtml } from '@modellkommuner/shared';
import { highlightToHtml, MARK_START, MARK_STOP, parseSearchQuery } from './search-query';
import { ExampleFacets, FacetValue, LearningExampleSearchResult } from './search.models';

export interface SearchArgs {
  query?: string | null;
  filter?: ExampleFilter | null;
  sort?: ExampleSort | null;
  first?: number | null;
  after?: string | null;
}

/** How the text matched: full text, the trigram fallback (full text found nothing), or no text at all. */
type Mode = 'fts' | 'trgm' | 'none';
type FacetKey = keyof ExampleFacets;
const FACETS: FacetKey[] = ['subjects', 'activityAreas', 'originKinds', 'counties', 'startYears'];

/** The smallest trigram word similarity the fallback accepts (`jämstäldhet` ~ `jämställdhet…` is 0.7). */
export const TRIGRAM_THRESHOLD = 0.5;
const SNIPPET_WORDS = 30;
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=${SNIPPET_WORDS}, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

interface Cursor {
  sort: ExampleSort;
  mode: Mode;
  rank: string;
  at: string;
  id: string;
}

/** Collects positional parameters while SQL is assembled. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Runs one statement: on the data source, or inside the fallback's transaction. */
type Run = (sql: string, params: unknown[]) => Promise<unknown>;

/** The trigram fallback's candidates: per typed word, the indexed words similar enough to it. */
interface Fuzzy {
  words: string[];
  /** Per typed word: its similar indexed words, and each one's word similarity to it. */
  lexemes: string[][];
  similarities: number[][];
}

/** Indexed words at least this similar to a typed word take part in the fallback (multi-word: lower, see below). */
const FUZZY_WORD_FLOOR_SINGLE = TRIGRAM_THRESHOLD;
const FUZZY_WORD_FLOOR_MULTI = 0.3;

/**
 * The public search of the learning-example library: one statement for the total and every facet's
 * counts, one for the page, one loading the page's examples. When the full text finds nothing, the
 * trigram fallback runs in a transaction (for its similarity threshold): one statement finding the
 * indexed words similar to the typed ones in `learning_example_words`, then counts and page. No
 * per-row queries; text matches come from the GIN indexes (see bench/learning-examples).
 */
@Injectable()
export class ExampleSearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(viewer: Viewer | null, args: SearchArgs): Promise<LearningExampleSearchResult> {
    const size = pageSize(args.first, 20);
    const sort = args.sort ?? ExampleSort.RELEVANCE;
    const filter = args.filter ?? {};
    const statuses = [...new Set(filter.statuses?.length ? filter.statuses : [ExampleStatus.PUBLISHED])];
    if (statuses.some((status) => status !== ExampleStatus.PUBLISHED) && !viewer) throw Forbidden('Logga in för att se exempel som inte är publicerade.');
    const cursor = args.after ? this.parseCursor(args.after, sort) : null;
    const parsed = parseSearchQuery(args.query);
    const run: Run = (sql, params) => this.dataSource.query(sql, params);

    const mode: Mode = parsed.tsquery ? 'fts' : 'none';
    const counts = await this.counts(run, mode, parsed, null, filter, statuses, viewer);
    if (mode === 'fts' && counts.matched === 0 && parsed.words.length) {
      if (cursor && cursor.mode !== 'trgm') throw BadInput('after', 'Markören (after) hör till en annan sökning.');
      return this.dataSource.transaction(async (manager) => {
        const inTransaction: Run = (sql, params) => manager.query(sql, params);
        const floor = parsed.words.length > 1 ? FUZZY_WORD_FLOOR_MULTI : FUZZY_WORD_FLOOR_SINGLE;
        // `<%` (word similarity at least the threshold) is what the trigram indexes answer.
        await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(floor)]);
        const fuzzy = await this.fuzzyWords(inTransaction, parsed.words);
        await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(TRIGRAM_THRESHOLD)]);
        const fallback = await this.counts(inTransaction, 'trgm', parsed, fuzzy, filter, statuses, viewer);
        return this.page(inTransaction, 'trgm', parsed, fuzzy, filter, statuses, viewer, sort, size, cursor, fallback);
      });
    }
    if (cursor && cursor.mode !== mode) throw BadInput('after', 'Markören (after) hör till en annan sökning.');
    return this.page(run, mode, parsed, null, filter, statuses, viewer, sort, size, cursor, counts);
  }

  /** The page: keyset on (rank desc, published_at desc, id), the rank being 0 when sorting by date. */
  private async page(
    run: Run,
    mode: Mode,
    parsed: ReturnType<typeof parseSearchQuery>,
    fuzzy: Fuzzy | null,
    filter: ExampleFilter,
    statuses: ExampleStatus[],
    viewer: Viewer | null,
    sort: ExampleSort,
    size: number,
    cursor: Cursor | null,
    counts: { total: number; facets: ExampleFacets },
  ): Promise<LearningExampleSearchResult> {
    const p = new Params();
    const byRank = sort === ExampleSort.RELEVANCE && mode !== 'none';
    const source = this.source(p, mode, parsed, fuzzy, statuses, viewer, byRank || mode === 'trgm');
    const flags = this.flags(p, filter);
    let after = 'TRUE';
    if (cursor) {
      const [r, at, id] = [p.add(cursor.rank), p.add(cursor.at), p.add(cursor.id)];
      after = `(s.sort_rank < ${r}::real OR (s.sort_rank = ${r}::real AND (s.sort_at < ${at}::timestamptz
        OR (s.sort_at = ${at}::timestamptz AND s.id > ${id}::uuid))))`;
    }
    // The text goes into ts_headline with < > & as sentinels (its parser drops tags and entities) and
    // without any sentinel of its own; highlightToHtml escapes the rest and turns sentinels back.
    // Only the page's rows are highlighted (the outer query runs after the LIMIT).
    const snippet =
      mode === 'fts'
        ? `ts_headline('swedish', translate(concat_ws(' ', e.summary, e.background, e.implementation, e.success_factors, e.results),
             '<>&' || chr(1) || chr(2) || chr(3) || chr(4) || chr(5), chr(3) || chr(4) || chr(5)),
             to_tsquery('swedish', ${p.add(parsed.tsquery)}), ${p.add(HEADLINE_OPTIONS)})`
        : 'NULL';
    const rows = (await run(
      `SELECT s.id, s.sort_rank::text AS rank_text, CASE WHEN s.sort_at = '-infinity' THEN '-infinity'
         ELSE to_char(s.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS at_text, s.rank AS score, ${snippet} AS snippet
       FROM (
         SELECT s.* FROM (
           SELECT m.id, m.rank, ${byRank ? 'm.rank' : '0::real'} AS sort_rank, coalesce(m.published_at, '-infinity'::timestamptz) AS sort_at
           FROM (${source}) m WHERE ${this.where(flags)}
         ) s
         WHERE ${after}
         ORDER BY s.sort_rank DESC, s.sort_at DESC, s.id
         LIMIT ${size + 1}
       ) s
       JOIN learning_examples e ON e.id = s.id
       ORDER BY s.sort_rank DESC, s.sort_at DESC, s.id`,
      p.values,
    )) as { id: string; rank_text: string; at_text: string; score: number; snippet: string | null }[];
    const page = rows.slice(0, size);
    const entities = page.length ? await this.dataSource.getRepository(LearningExampleEntity).findBy({ id: In(page.map((row) => row.id)) }) : [];
    const byId = new Map(entities.map((entity) => [entity.id, entity]));
    const edges = page.flatMap((row) => {
      const entity = byId.get(row.id);
      if (!entity) return [];
      return [
        {
          cursor: encodeCursor(JSON.stringify([sort, mode, row.rank_text, row.at_text, row.id])),
          node: LearningExample.from(entity),
          snippet: row.snippet !== null ? highlightToHtml(row.snippet) : leadOf(entity.summary),
          score: mode === 'none' ? null : Number(row.score),
        },
      ];
    });
    return {
      totalCount: counts.total,
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      facets: counts.facets,
    };
  }

  /** Per typed word, the indexed words whose word similarity reaches the transaction's threshold. */
  private async fuzzyWords(run: Run, words: string[]): Promise<Fuzzy> {
    const rows = (await run(
      `SELECT w.ord::int AS ord, x.word, word_similarity(w.w, x.word) AS similarity
       FROM unnest($1::text[]) WITH ORDINALITY AS w(w, ord) JOIN learning_example_words x ON w.w <% x.word`,
      [words],
    )) as { ord: number; word: string; similarity: number }[];
    const fuzzy: Fuzzy = { words, lexemes: words.map(() => []), similarities: words.map(() => []) };
    for (const row of rows) {
      fuzzy.lexemes[row.ord - 1].push(row.word);
      fuzzy.similarities[row.ord - 1].push(row.similarity);
    }
    return fuzzy;
  }

  /** The total, the unfiltered match count (to decide on the fallback) and every facet, in one statement. */
  private async counts(
    run: Run,
    mode: Mode,
    parsed: ReturnType<typeof parseSearchQuery>,
    fuzzy: Fuzzy | null,
    filter: ExampleFilter,
    statuses: ExampleStatus[],
    viewer: Viewer | null,
  ): Promise<{ total: number; matched: number; facets: ExampleFacets }> {
    const p = new Params();
    const source = this.source(p, mode, parsed, fuzzy, statuses, viewer, false);
    const flags = this.flags(p, filter);
    const values: Record<Exclude<FacetKey, 'counties'>, string> = {
      subjects: 'unnest(m.subjects)',
      activityAreas: 'unnest(m.activity_areas)',
      originKinds: 'm.origin_kind',
      startYears: 'm.period_start::text',
    };
    const single = new Set<FacetKey>(['originKinds', 'startYears']);
    const facetSql = FACETS.map((facet) =>
      facet === 'counties'
        ? `SELECT 'counties' AS facet, o.county_code::text AS value, count(DISTINCT m.id)::int AS count
           FROM matched m JOIN learning_example_organizations leo ON leo.example_id = m.id JOIN organizations o ON o.id = leo.organization_id
           WHERE o.county_code IS NOT NULL AND ${this.where(flags, facet)} GROUP BY o.county_code`
        : single.has(facet)
          ? `SELECT '${facet}' AS facet, ${values[facet]} AS value, count(*)::int AS count
             FROM matched m WHERE ${values[facet]} IS NOT NULL AND ${this.where(flags, facet)} GROUP BY 2`
          : `SELECT '${facet}' AS facet, v.value, count(*)::int AS count
             FROM (SELECT DISTINCT m.id, ${values[facet]} AS value FROM matched m WHERE ${this.where(flags, facet)}) v
             WHERE v.value IS NOT NULL GROUP BY v.value`,
    );
    const rows = (await run(
      `WITH matched AS MATERIALIZED (${source})
       SELECT 'total' AS facet, NULL AS value, (count(*) FILTER (WHERE ${this.where(flags)}))::int AS count FROM matched m
       UNION ALL SELECT 'matched', NULL, count(*)::int FROM matched m
       UNION ALL ${facetSql.join('\n UNION ALL ')}`,
      p.values,
    )) as { facet: string; value: string | null; count: number }[];
    const facets: ExampleFacets = { subjects: [], activityAreas: [], originKinds: [], counties: [], startYears: [] };
    let total = 0;
    let matchedCount = 0;
    for (const row of rows) {
      if (row.facet === 'total') total = row.count;
      else if (row.facet === 'matched') matchedCount = row.count;
      else facets[row.facet as FacetKey].push({ value: row.value!, count: row.count });
    }
    const order = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value, 'sv');
    for (const facet of FACETS) facets[facet].sort(order);
    return { total, matched: matchedCount, facets };
  }

  /**
   * The visible examples the text matches, with what the filters and facets need (and the rank when
   * asked, or always in trgm mode, where the rank decides). Full text: the GIN index on the vector.
   * Trigrams: per typed word, the best of the title, the organisation names and the example's
   * indexed words among those similar to it (found in the word list); averaged, at least
   * TRIGRAM_THRESHOLD. Candidates come from the trigram indexes and the vector's GIN index (an
   * example reaching the average has some word reaching it), so only they are ranked.
   */
  private source(
    p: Params,
    mode: Mode,
    parsed: ReturnType<typeof parseSearchQuery>,
    fuzzy: Fuzzy | null,
    statuses: ExampleStatus[],
    viewer: Viewer | null,
    withRank: boolean,
  ): string {
    const conditions = [this.visibility(p, statuses, viewer)];
    let rank = '0::real';
    if (mode === 'fts') {
      const tsquery = `to_tsquery('swedish', ${p.add(parsed.tsquery)})`;
      conditions.push(`e.search_vector @@ ${tsquery}`);
      if (withRank) rank = `ts_rank_cd(e.search_vector, ${tsquery})`;
    } else if (mode === 'trgm' && fuzzy) {
      const candidates: string[] = [];
      const refs = fuzzy.words.map((word, i) => {
        const w = `${p.add(word)}::text`;
        candidates.push(`${w} <% e.title`, `${w} <% e.organization_names`);
        if (fuzzy.lexemes[i].length) candidates.push(`e.search_vector @@ ${p.add(tsqueryOf(fuzzy.lexemes[i]))}::tsquery`);
        return w;
      });
      // Per typed word: the best of title, organisation names and the example's best indexed word
      // among the similar ones (one CASE branch per similarity, best first).
      const perWord = () =>
        refs.map((w, i) => {
          const bySimilarity = new Map<number, string[]>();
          fuzzy.lexemes[i].forEach((lexeme, k) => {
            const similarity = fuzzy.similarities[i][k];
            bySimilarity.set(similarity, [...(bySimilarity.get(similarity) ?? []), lexeme]);
          });
          const branches = [...bySimilarity].sort(([x], [y]) => y - x);
          const lexemeScore = branches.length
            ? `CASE ${branches.map(([similarity, lexemes]) => `WHEN t.vector @@ ${p.add(tsqueryOf(lexemes))}::tsquery THEN ${p.add(similarity)}::real`).join(' ')} ELSE 0 END`
            : '0';
          return `GREATEST(word_similarity(${w}, e.title), word_similarity(${w}, e.organization_names), ${lexemeScore})`;
        });
      conditions.push(`(${candidates.join(' OR ')})`);
      // One typed word: reaching the threshold is the candidate condition itself, so counts need no rank.
      if (!withRank && fuzzy.words.length === 1) {
        return `SELECT e.id, e.subjects, e.activity_areas, e.origin_kind::text AS origin_kind, e.period_start, e.period_end, e.published_at, 0::real AS rank
          FROM learning_examples e WHERE ${conditions.join(' AND ')}`;
      }
      rank = `((${perWord().join(' + ')}) / ${fuzzy.words.length})::real`;
      // The vector detoasted once per candidate (`|| ''` makes an in-memory copy; OFFSET 0 keeps it one).
      return `SELECT * FROM (
        SELECT e.id, e.subjects, e.activity_areas, e.origin_kind::text AS origin_kind, e.period_start, e.period_end, e.published_at, ${rank} AS rank
        FROM learning_examples e CROSS JOIN LATERAL (SELECT e.search_vector || ''::tsvector AS vector OFFSET 0) t
        WHERE ${conditions.join(' AND ')}
      ) r WHERE r.rank >= ${TRIGRAM_THRESHOLD}`;
    }
    return `SELECT e.id, e.subjects, e.activity_areas, e.origin_kind::text AS origin_kind, e.period_start, e.period_end, e.published_at, ${rank} AS rank
      FROM learning_examples e WHERE ${conditions.join(' AND ')}`;
  }

  /** PUBLISHED by default; other statuses: process leaders all, members their own organisation's. */
  private visibility(p: Params, statuses: ExampleStatus[], viewer: Viewer | null): string {
    if (statuses.length === 1 && statuses[0] === ExampleStatus.PUBLISHED) return `e.status = 'PUBLISHED'`;
    if (!viewer) throw Forbidden();
    const wanted = `e.status::text = ANY(${p.add(statuses)}::text[])`;
    if (viewer.role === UserRole.PROCESS_LEADER) return wanted;
    return `${wanted} AND (e.status = 'PUBLISHED' OR EXISTS (SELECT 1 FROM learning_example_organizations own
      WHERE own.example_id = e.id AND own.organization_id = ${p.add(viewer.organizationId)}::uuid))`;
  }

  /** One condition per given filter, keyed by the facet it belongs to (organisations and the active year have none). */
  private flags(p: Params, filter: ExampleFilter): Map<FacetKey | 'organizations' | 'activeInYear', string> {
    const flags = new Map<FacetKey | 'organizations' | 'activeInYear', string>();
    if (filter.subjects?.length) flags.set('subjects', `m.subjects && ${p.add(filter.subjects)}::text[]`);
    if (filter.activityAreas?.length) flags.set('activityAreas', `m.activity_areas && ${p.add(filter.activityAreas)}::text[]`);
    if (filter.originKinds?.length) flags.set('originKinds', `m.origin_kind = ANY(${p.add(filter.originKinds)}::text[])`);
    const byOrganization = (condition: string) => `m.id IN (SELECT leo.example_id FROM learning_example_organizations leo
      JOIN organizations o ON o.id = leo.organization_id WHERE ${condition})`;
    if (filter.countyCodes?.length) flags.set('counties', byOrganization(`o.county_code = ANY(${p.add(filter.countyCodes)}::varchar[])`));
    if (filter.organizationCodes?.length) flags.set('organizations', byOrganization(`o.code = ANY(${p.add(filter.organizationCodes)}::varchar[])`));
    if (filter.startYears?.length) flags.set('startYears', `m.period_start = ANY(${p.add(filter.startYears)}::int[])`);
    if (filter.activeInYear != null) {
      // Not a facet of its own: it narrows every facet's counts, the Startår one included.
      const year = p.add(filter.activeInYear);
      flags.set('activeInYear', `(m.period_start <= ${year}::int AND (m.period_end IS NULL OR m.period_end >= ${year}::int))`);
    }
    return flags;
  }

  private where(flags: Map<string, string>, except?: FacetKey): string {
    const conditions = [...flags].filter(([key]) => key !== except).map(([, sql]) => sql);
    return conditions.length ? conditions.join(' AND ') : 'TRUE';
  }

  private parseCursor(after: string, sort: ExampleSort): Cursor {
    const invalid = () => BadInput('after', 'Ogiltig markör (after).');
    const text = decodeCursor(after);
    let value: unknown;
    try {
      value = text ? JSON.parse(text) : null;
    } catch {
      throw invalid();
    }
    if (!Array.isArray(value) || value.length !== 5 || !value.every((part) => typeof part === 'string')) throw invalid();
    const [cursorSort, mode, rank, at, id]: string[] = value;
    if (cursorSort !== String(sort)) throw BadInput('after', 'Markören (after) hör till en annan sortering.');
    if (!['fts', 'trgm', 'none'].includes(mode)) throw invalid();
    if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(rank)) throw invalid();
    if (at !== '-infinity' && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test(at) || Number.isNaN(Date.parse(at)))) throw invalid();
    if (!isUuid(id)) throw invalid();
    return { sort, mode: mode as Mode, rank, at, id };
  }
}

/** Indexed words as an OR tsquery of lexemes taken as they are (the `::tsquery` cast does not stem). */
function tsqueryOf(lexemes: string[]): string {
  return lexemes.map((lexeme) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');
}

/** Without highlighted matches: the start of the summary, escaped. */
function leadOf(summary: string): string {
  const words = summary.split(/\s+/).filter(Boolean);
  return escapeHtml(words.slice(0, SNIPPET_WORDS).join(' ') + (words.length > SNIPPET_WORDS ? ' …' : ''));
}
