import { Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ExampleStatus, UserRole } from '@modellkommuner/shared';
import { PublicReads } from '../../../infrastructure/database/public-reads';
import { BadInput, Forbidden } from '../../../infrastructure/errors/app-error';
import { isUuid } from '../../../infrastructure/graphql/ids';
import { cursorParts, decodeCursor, encodeCursor, pageSize } from '../../../infrastructure/graphql/pagination';
import { Viewer } from '../../../infrastructure/graphql/request-context';
import { examplesWithOrganizations } from '../learning-examples.loaders';
import { LearningExample } from '../models/learning-example.model';
import { ExampleFilter, ExampleSort } from './example-filter.input';
import { escapeHtml } from '@modellkommuner/shared';
import { highlightToHtml, MARK_START, MARK_STOP, parseSearchQuery, SearchTerm, searchTerms } from './search-query';
import { FacetCounts, FacetIndex, FacetRow } from './facet-counts';
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

/** Runs one statement in the search's transaction. */
type Run = (sql: string, params: unknown[]) => Promise<unknown>;
/** The published examples' facet values at one library version. */
interface PublishedFacets {
  version: string | null;
  index: FacetIndex;
  /** Each `search_no`'s row in the index; -1 for a number that is no published example. */
  positionOf: Int32Array;
}

/** One row of a page as SQL returns it. */
interface PageRow {
  id: string;
  rank_text: string;
  at_text: string;
  score: number;
  snippet: string | null;
}

/** Loads examples by id, with their organisations, in the search's transaction. */
type Load = (ids: string[]) => Promise<LearningExample[]>;

/** A tsquery expression with `$TSQUERY` where its parameter goes: the typed query, or the fallback's correction. */
interface TextQuery {
  tsquery: string;
  value: string;
}

/**
 * How a public text search finds its matches when some quoted phrases are word pairs: the other terms
 * through `search_vector` (null: none), the pairs through `phrase_vector`, ANDed (see `pairMatch`).
 */
interface PairMatch {
  rest: string | null;
  pairs: string;
}

/** The trigram fallback's correction: per typed word, the closest indexed words, as one tsquery. */
interface Fuzzy {
  /** `('jämställd' | 'jämställdhet') & …`: the typed words replaced by their closest indexed words. */
  tsquery: string | null;
}

/** Indexed words at least this similar to a typed word take part in the fallback (multi-word: lower, see below). */
const FUZZY_WORD_FLOOR_SINGLE = TRIGRAM_THRESHOLD;
const FUZZY_WORD_FLOOR_MULTI = 0.3;
/** Per typed word, the indexed words within this much of the closest one stand in for it ("did you mean"). */
const FUZZY_TIER = 0.1;
const FUZZY_MAX_LEXEMES = 20;

/**
 * The public search of the learning-example library, in one REPEATABLE READ transaction: the total and
 * every facet's counts, the page, and the page's examples. When the full text finds nothing, the
 * trigram fallback looks up the indexed words closest to the typed ones (`learning_example_words`,
 * trigram index) and runs the same full-text statements with them. No per-row queries.
 *
 * Why it is fast on a large library (bench/learning-examples):
 * - The full vector is stored out of line (migration LearningExampleSearchLayout), so matching goes
 *   through its GIN index without reading a vector; ranking reads only `rank_vector` (title and lead),
 *   kept inline. The planner would still pick a sequential scan for a word most examples contain (its
 *   estimates do not count reading out-of-line vectors), so text searches run with sequential scans and
 *   JIT off for the transaction, and the status test is written so that it cannot steer the plan away
 *   from the GIN index.
 * - Facets of public searches are counted in memory (FacetIndex, facet-counts.ts) over a copy of the
 *   published examples' facet values, checked against `learning_example_library.version` in the same
 *   snapshot. One statement matches the text once and returns both the matches' `search_no` integers
 *   (for the facets and the total) and the ranked page with its snippets (`matchAndPage`). Other
 *   statuses and organisation filters are counted in SQL.
 */
@Injectable()
export class ExampleSearchService {
  private published: PublishedFacets | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Optional() private readonly publicReads?: PublicReads,
  ) {}

  /** Anonymous searches run on the public pool (statement timeout, see PublicReads); the others on the main one. */
  search(viewer: Viewer | null, args: SearchArgs): Promise<LearningExampleSearchResult> {
    if (!viewer && this.publicReads) return this.publicReads.run((dataSource) => this.searchOn(dataSource, null, args));
    return this.searchOn(this.dataSource, viewer, args);
  }

  private async searchOn(dataSource: DataSource, viewer: Viewer | null, args: SearchArgs): Promise<LearningExampleSearchResult> {
    const size = pageSize(args.first, 20);
    const sort = args.sort ?? ExampleSort.RELEVANCE;
    const filter = args.filter ?? {};
    const statuses = [...new Set(filter.statuses?.length ? filter.statuses : [ExampleStatus.PUBLISHED])];
    if (statuses.some((status) => status !== ExampleStatus.PUBLISHED) && !viewer) throw Forbidden('Logga in för att se exempel som inte är publicerade.');
    const cursor = args.after ? this.parseCursor(args.after, sort) : null;
    const parsed = parseSearchQuery(args.query);
    const text: TextQuery | null = parsed.tsquery ? { tsquery: `to_tsquery('swedish', $TSQUERY)`, value: parsed.tsquery } : null;
    const sameSearch = (mode: Mode) => {
      if (cursor && cursor.mode !== mode) throw BadInput('after', 'Markören (after) hör till en annan sökning.');
    };

    // The published examples' facets come from memory (checked against the library's version); other
    // statuses (members' and process leaders' lists) and organisation filters are counted in SQL.
    const fromMemory = statuses.length === 1 && statuses[0] === ExampleStatus.PUBLISHED && !filter.organizationCodes?.length;

    // One snapshot for every statement, so the in-memory facets, the counts and the page agree.
    return readSnapshot(dataSource, async (manager) => {
      const run: Run = (sql, params) => manager.query(sql, params);
      // Everything on the transaction's connection: a second pooled connection per search could
      // exhaust the pool under load, each search holding one and waiting for another.
      const load: Load = (ids) => examplesWithOrganizations(manager, ids);
      const published = fromMemory ? await this.publishedFacets(run) : null;
      await run(`SELECT set_config('jit', 'off', true), set_config('enable_seqscan', $1, true)`, [text ? 'off' : 'on']);
      if (!text) {
        sameSearch('none');
        if (published) return this.publishedPage(run, load, published.index.count(null, filter), filter, sort, size, cursor);
        return this.page(run, load, 'none', null, filter, statuses, viewer, sort, size, cursor, await this.counts(run, null, filter, statuses, viewer));
      }
      // Public: the matches and the page in one statement (the page is only used when something matched).
      const search = async (mode: Mode, query: TextQuery, pairs: PairMatch | null = null) => {
        if (published) {
          const { counts, rows } = await this.matchAndPage(run, published, query, pairs, filter, sort, size, cursor);
          return { counts, finish: () => this.finishPage(rows, load, mode, sort, size, counts) };
        }
        const counts = await this.counts(run, query, filter, statuses, viewer);
        return { counts, finish: () => this.page(run, load, mode, query, filter, statuses, viewer, sort, size, cursor, counts) };
      };
      const first = await search('fts', text, published ? await this.pairMatch(run, searchTerms(args.query)) : null);
      if (first.counts.matched > 0 || !parsed.words.length) {
        sameSearch('fts');
        return first.finish();
      }
      // Nothing found: the closest indexed words stand in for the typed ones (`jämstäldhet` → `jämställd`).
      sameSearch('trgm');
      const fuzzy = await this.fuzzyWords(run, parsed.words);
      if (!fuzzy.tsquery) return emptyResult(first.counts);
      return (await search('trgm', { tsquery: `$TSQUERY::tsquery`, value: fuzzy.tsquery })).finish();
    });
  }

  /**
   * The facet values of every published example, kept in memory between searches and reloaded when
   * the library's version (raised by every change to `learning_examples`, in the changing transaction)
   * is not the one this search's snapshot sees. Counting 40,000 examples' facets here takes a few
   * milliseconds; in SQL it took 25–40 ms per facet (bench/learning-examples).
   */
  private async publishedFacets(run: Run): Promise<PublishedFacets> {
    // Without its row (someone emptied the table) every search reloads: slower, never stale.
    const [{ version }] = (await run(`SELECT (SELECT version::text FROM learning_example_library) AS version`, [])) as { version: string | null }[];
    if (version === null) return this.loadPublishedFacets(run, null);
    if (this.published?.version === version) return this.published;
    return this.loadPublishedFacets(run, version);
  }

  private async loadPublishedFacets(run: Run, version: string | null): Promise<PublishedFacets> {
    const rows = (await run(
      `SELECT search_no, subjects, activity_areas, origin_kind, period_start, period_end, county_codes FROM learning_example_search ORDER BY search_no`,
      [],
    )) as { search_no: number; subjects: string[]; activity_areas: string[]; origin_kind: string; period_start: number | null; period_end: number | null; county_codes: string[] }[];
    const facetRows: FacetRow[] = rows.map((row) => ({
      subjects: row.subjects,
      activityAreas: row.activity_areas,
      originKind: row.origin_kind,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      counties: row.county_codes,
    }));
    const positionOf = new Int32Array(rows.length ? rows[rows.length - 1].search_no + 1 : 0).fill(-1);
    rows.forEach((row, position) => (positionOf[row.search_no] = position));
    const published = { version, index: new FacetIndex(facetRows), positionOf };
    if (version !== null) this.published = published;
    return published;
  }

  /**
   * A public text search in one statement over `learning_example_search` (the published examples' narrow
   * copy, see its migration): the examples the text matches (through the GIN index, once) as
   * `search_no` integers, whose facets and total are counted in memory, and the page of them that
   * passes the filters, ranked, with its snippets. Only the columns the filters need are carried from
   * the match to the page.
   */
  private async matchAndPage(
    run: Run,
    published: PublishedFacets,
    text: TextQuery,
    pairs: PairMatch | null,
    filter: ExampleFilter,
    sort: ExampleSort,
    size: number,
    cursor: Cursor | null,
  ): Promise<{ counts: FacetCounts; rows: PageRow[] }> {
    const p = new Params();
    const byRank = sort === ExampleSort.RELEVANCE;
    const tsquery = text.tsquery.replace('$TSQUERY', p.add(text.value));
    const flags = this.flags(p, filter);
    const columns = new Set(['e.search_no', 'e.id', 'e.sort_at', `${byRank ? `ts_rank(e.rank_vector, ${tsquery})` : '0::real'} AS rank`]);
    for (const [key, read] of FLAG_COLUMNS) if (flags.has(key)) for (const column of read) columns.add(column);
    const conditions = pairs
      ? [...(pairs.rest ? [`e.search_vector @@ to_tsquery('swedish', ${p.add(pairs.rest)})`] : []), `e.phrase_vector @@ ${p.add(pairs.pairs)}::tsquery`]
      : [`e.search_vector @@ ${tsquery}`];
    const matched = `SELECT ${[...columns].join(', ')} FROM learning_example_search e WHERE ${conditions.join(' AND ')}`;
    const page = this.pageSql(p, 'm', 'm.sort_at', byRank, tsquery, flags, size, cursor);
    const [row] = (await run(
      `WITH m AS MATERIALIZED (${matched})
       SELECT (SELECT coalesce(string_agg(m.search_no::text, ','), '') FROM m) AS numbers,
              (SELECT coalesce(json_agg(x ORDER BY x.ord), '[]'::json) FROM (${page}) x) AS page`,
      p.values,
    )) as { numbers: string; page: PageRow[] }[];
    const positions = positionsOf(row.numbers, published.positionOf);
    return { counts: published.index.count(positions, filter), rows: row.page };
  }

  /**
   * The quoted phrases that are one pair of indexed words (`"könsuppdelad statistik"` is
   * `'könsuppdel' <-> 'statistik'`, `"våld i nära"` is `'våld' <2> 'när'`), as `phrase_vector` lexemes
   * (`'könsuppdel 1 statistik'`): exactly the same matches, found by the pairs' GIN index without reading
   * any example's full vector. PostgreSQL's own normalisation of each phrase decides; phrases of three or
   * more indexed words, or one, stay in the tsquery. Null when no phrase is a pair.
   */
  private async pairMatch(run: Run, terms: SearchTerm[]): Promise<PairMatch | null> {
    if (!terms.some((term) => term.phrase !== null)) return null;
    // Every term as PostgreSQL normalises it: a term of stop words only is empty, and the whole query leaves it out.
    const rows = (await run(
      `SELECT to_tsquery('swedish', t.q)::text AS normalised, numnode(to_tsquery('swedish', t.q)) AS nodes
       FROM unnest($1::text[]) WITH ORDINALITY t(q, ord) ORDER BY t.ord`,
      [terms.map((term) => term.text)],
    )) as { normalised: string; nodes: number }[];
    const pairs: string[] = [];
    const rest: string[] = [];
    terms.forEach((term, i) => {
      const pair = term.phrase ? PAIR.exec(rows[i].normalised) : null;
      const distance = pair ? (pair[2] === '-' ? 1 : Number(pair[2])) : 0;
      if (pair && (distance === 1 || distance === 2)) pairs.push(`${unquote(pair[1])} ${distance} ${unquote(pair[3])}`);
      else if (Number(rows[i].nodes) > 0) rest.push(term.text);
    });
    if (!pairs.length) return null;
    return { rest: rest.length ? rest.join(' & ') : null, pairs: tsqueryOf(pairs, ' & ') };
  }

  /** The page: keyset on (rank desc, date desc, id), the rank being 0 when sorting by date. */
  private async page(
    run: Run,
    load: Load,
    mode: Mode,
    text: TextQuery | null,
    filter: ExampleFilter,
    statuses: ExampleStatus[],
    viewer: Viewer | null,
    sort: ExampleSort,
    size: number,
    cursor: Cursor | null,
    counts: { total: number; facets: ExampleFacets },
  ): Promise<LearningExampleSearchResult> {
    if (mode !== 'none' && !text) return emptyResult(counts);
    const p = new Params();
    const byRank = sort === ExampleSort.RELEVANCE && text !== null;
    const tsquery = text ? text.tsquery.replace('$TSQUERY', p.add(text.value)) : null;
    const source = this.source(p, tsquery, statuses, viewer, byRank);
    const flags = this.flags(p, filter);
    const rows = (await run(this.pageSql(p, `(${source}) m`, 'coalesce(m.published_at, m.updated_at)', byRank, tsquery, flags, size, cursor), p.values)) as PageRow[];
    return this.finishPage(rows, load, mode, sort, size, counts);
  }

  /** The newest published examples that pass the filters, from `learning_example_search`: a public search without text. */
  private async publishedPage(run: Run, load: Load, counts: FacetCounts, filter: ExampleFilter, sort: ExampleSort, size: number, cursor: Cursor | null): Promise<LearningExampleSearchResult> {
    const p = new Params();
    const flags = this.flags(p, filter);
    const from = '(SELECT s.id, s.sort_at, s.subjects, s.activity_areas, s.origin_kind, s.county_codes, s.period_start, s.period_end, 0::real AS rank FROM learning_example_search s) m';
    const rows = (await run(this.pageSql(p, from, 'm.sort_at', false, null, flags, size, cursor), p.values)) as PageRow[];
    return this.finishPage(rows, load, 'none', sort, size, counts);
  }

  /**
   * The page's rows from `from` (the matches, as `m`), filtered, after the cursor, ordered, with
   * `ord` their place and the snippets highlighted.
   */
  private pageSql(p: Params, from: string, sortAt: string, byRank: boolean, tsquery: string | null, flags: Map<string, string>, size: number, cursor: Cursor | null): string {
    let after = 'TRUE';
    if (cursor) {
      const [r, at, id] = [p.add(cursor.rank), p.add(cursor.at), p.add(cursor.id)];
      after = `(s.sort_rank < ${r}::real OR (s.sort_rank = ${r}::real AND (s.sort_at < ${at}::timestamptz
        OR (s.sort_at = ${at}::timestamptz AND s.id > ${id}::uuid))))`;
    }
    // The text goes into ts_headline with < > & as sentinels (its parser drops tags and entities) and
    // without any sentinel of its own; highlightToHtml escapes the rest and turns sentinels back.
    // Only the page's rows are highlighted (the outer query runs after the LIMIT).
    const snippet = tsquery
      ? `ts_headline('swedish', translate(concat_ws(' ', e.summary, e.background, e.implementation, e.success_factors, e.results),
           '<>&' || chr(1) || chr(2) || chr(3) || chr(4) || chr(5), chr(3) || chr(4) || chr(5)), ${tsquery}, ${p.add(HEADLINE_OPTIONS)})`
      : 'NULL';
    // Published examples by publication date; the others (the editorial lists) by their last change.
    return `SELECT s.id, s.sort_rank::text AS rank_text, to_char(s.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at_text,
         s.rank AS score, ${snippet} AS snippet, row_number() OVER (ORDER BY s.sort_rank DESC, s.sort_at DESC, s.id) AS ord
       FROM (
         SELECT s.* FROM (
           SELECT m.id, m.rank, ${byRank ? 'm.rank' : '0::real'} AS sort_rank, ${sortAt} AS sort_at
           FROM ${from} WHERE ${this.where(flags)}
         ) s
         WHERE ${after}
         ORDER BY s.sort_rank DESC, s.sort_at DESC, s.id
         LIMIT ${size + 1}
       ) s
       JOIN learning_examples e ON e.id = s.id
       ORDER BY s.sort_rank DESC, s.sort_at DESC, s.id`;
  }

  /** The result from the page's rows: the examples loaded in one go, cursors, snippets, scores. */
  private async finishPage(rows: PageRow[], load: Load, mode: Mode, sort: ExampleSort, size: number, counts: { total: number; facets: ExampleFacets }): Promise<LearningExampleSearchResult> {
    const page = rows.slice(0, size);
    const examples = page.length ? await load(page.map((row) => row.id)) : [];
    const byId = new Map(examples.map((example) => [example.id, example]));
    const edges = page.flatMap((row) => {
      const example = byId.get(row.id);
      if (!example) return [];
      return [
        {
          cursor: encodeCursor(JSON.stringify([sort, mode, row.rank_text, row.at_text, row.id])),
          node: example,
          snippet: row.snippet !== null ? highlightToHtml(row.snippet) : leadOf(example.summary),
          score: mode === 'none' ? null : Number(row.score),
        },
      ];
    });
    return {
      totalCount: counts.total,
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
      facets: counts.facets,
      approximate: mode === 'trgm' && counts.total > 0,
    };
  }

  /**
   * The fallback's corrected query: per typed word, the indexed words whose word similarity reaches the
   * floor, the closest of them (within FUZZY_TIER of the best) OR-ed; words without any are left out;
   * the rest AND-ed. Null when no typed word has a similar indexed word.
   */
  private async fuzzyWords(run: Run, words: string[]): Promise<Fuzzy> {
    const floor = words.length > 1 ? FUZZY_WORD_FLOOR_MULTI : FUZZY_WORD_FLOOR_SINGLE;
    // `<%` (word similarity at least the threshold) is what the trigram index answers.
    await run(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(floor)]);
    const rows = (await run(
      `SELECT w.ord::int AS ord, x.word, word_similarity(w.w, x.word) AS similarity
       FROM unnest($1::text[]) WITH ORDINALITY AS w(w, ord) JOIN learning_example_words x ON w.w <% x.word
       ORDER BY w.ord, similarity DESC, x.word`,
      [words],
    )) as { ord: number; word: string; similarity: number }[];
    const groups = words
      .map((_, i) => rows.filter((row) => row.ord === i + 1))
      .filter((candidates) => candidates.length > 0)
      .map((candidates) => {
        const best = candidates[0].similarity;
        const closest = candidates.filter((c) => c.similarity >= best - FUZZY_TIER).slice(0, FUZZY_MAX_LEXEMES);
        return `(${tsqueryOf(closest.map((c) => c.word))})`;
      });
    return { tsquery: groups.length ? groups.join(' & ') : null };
  }

  /** The total, the unfiltered match count (to decide on the fallback) and every facet, in one statement. */
  private async counts(
    run: Run,
    text: TextQuery | null,
    filter: ExampleFilter,
    statuses: ExampleStatus[],
    viewer: Viewer | null,
  ): Promise<{ total: number; matched: number; facets: ExampleFacets }> {
    const p = new Params();
    const source = this.source(p, text ? text.tsquery.replace('$TSQUERY', p.add(text.value)) : null, statuses, viewer, false);
    const flags = this.flags(p, filter);
    const values: Record<FacetKey, string> = {
      subjects: 'unnest(m.subjects)',
      activityAreas: 'unnest(m.activity_areas)',
      originKinds: 'm.origin_kind',
      counties: 'unnest(m.county_codes)',
      startYears: 'm.period_start::text',
    };
    // Subjects, areas and counties hold each value once per example, so every count is count(*).
    const facetSql = FACETS.map(
      (facet) => `SELECT '${facet}' AS facet, v.value, count(*)::int AS count
         FROM (SELECT ${values[facet]} AS value FROM matched m WHERE ${this.where(flags, facet)}) v
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
   * The visible examples the text matches (every visible one without text), with what the filters and
   * facets need, and the rank when asked: `ts_rank` over the title (A) and the lead and organisation
   * names (B), so a match in the title ranks above one in the lead, above one only in the sections (0).
   */
  private source(p: Params, tsquery: string | null, statuses: ExampleStatus[], viewer: Viewer | null, withRank: boolean): string {
    const conditions = [this.visibility(p, statuses, viewer, tsquery !== null)];
    if (tsquery) conditions.push(`e.search_vector @@ ${tsquery}`);
    const rank = tsquery && withRank ? `ts_rank(e.rank_vector, ${tsquery})` : '0::real';
    return `SELECT e.id, e.subjects, e.activity_areas, e.origin_kind::text AS origin_kind, e.period_start, e.period_end, e.county_codes,
        e.published_at, e.updated_at, ${rank} AS rank
      FROM learning_examples e WHERE ${conditions.join(' AND ')}`;
  }

  /**
   * PUBLISHED by default; other statuses: process leaders all, members their own organisation's. With a
   * text query the status is compared as text, which no index answers, so the GIN index decides the plan.
   */
  private visibility(p: Params, statuses: ExampleStatus[], viewer: Viewer | null, withText: boolean): string {
    const status = withText ? 'e.status::text' : 'e.status';
    if (statuses.length === 1 && statuses[0] === ExampleStatus.PUBLISHED) return `${status} = 'PUBLISHED'`;
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
    if (filter.countyCodes?.length) flags.set('counties', `m.county_codes && ${p.add(filter.countyCodes)}::varchar[]`);
    if (filter.organizationCodes?.length) {
      flags.set('organizations', `m.id IN (SELECT leo.example_id FROM learning_example_organizations leo
        JOIN organizations o ON o.id = leo.organization_id WHERE o.code = ANY(${p.add(filter.organizationCodes)}::varchar[]))`);
    }
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
    if (!cursorParts.rank(rank) || !cursorParts.timestamp(at)) throw invalid();
    if (!isUuid(id)) throw invalid();
    return { sort, mode: mode as Mode, rank, at, id };
  }
}

/**
 * A REPEATABLE READ, READ ONLY transaction around `work`, begun in one statement (TypeORM's
 * transaction() needs two), on one pooled connection.
 */
async function readSnapshot<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const result = await work(runner.manager);
    await runner.query('COMMIT');
    return result;
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}

/** The columns a filter flag reads from the matches (ExampleSearchService.flags), carried only when it is given (each once). */
const FLAG_COLUMNS: [FacetKey | 'activeInYear', string[]][] = [
  ['subjects', ['e.subjects']],
  ['activityAreas', ['e.activity_areas']],
  ['originKinds', ['e.origin_kind']],
  ['counties', ['e.county_codes']],
  ['startYears', ['e.period_start']],
  ['activeInYear', ['e.period_start', 'e.period_end']],
];

/**
 * The index positions of `numbers` (`search_no` integers, comma-separated) read without splitting the
 * string; numbers that are no published example (-1) are left out.
 */
export function positionsOf(numbers: string, positionOf: Int32Array): Int32Array {
  const positions = new Int32Array(numbers.length ? numbers.length / 2 + 1 : 0);
  let count = 0;
  let value = -1;
  for (let i = 0; i <= numbers.length; i += 1) {
    const code = i < numbers.length ? numbers.charCodeAt(i) : 44;
    if (code === 44) {
      const position = value >= 0 && value < positionOf.length ? positionOf[value] : -1;
      if (position >= 0) positions[count++] = position;
      value = -1;
    } else {
      value = (value < 0 ? 0 : value * 10) + (code - 48);
    }
  }
  return positions.subarray(0, count);
}

/** No page: nothing matched, or nothing could stand in for the typed words. */
function emptyResult(counts: { facets: ExampleFacets }): LearningExampleSearchResult {
  return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null }, facets: counts.facets, approximate: false };
}

/** Lexemes as a tsquery (OR unless told), taken as they are (the `::tsquery` cast does not stem). */
function tsqueryOf(lexemes: string[], operator = ' | '): string {
  return lexemes.map((lexeme) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(operator);
}

/** A normalised phrase of exactly two lexemes as PostgreSQL prints it: `'a' <-> 'b'` or `'a' <2> 'b'`. */
const PAIR = /^'((?:[^'\\]|'')+)' <(-|\d+)> '((?:[^'\\]|'')+)'$/;
const unquote = (lexeme: string) => lexeme.replace(/''/g, "'");

/** Without highlighted matches: the start of the summary, escaped. */
function leadOf(summary: string): string {
  const words = summary.split(/\s+/).filter(Boolean);
  return escapeHtml(words.slice(0, SNIPPET_WORDS).join(' ') + (words.length > SNIPPET_WORDS ? ' …' : ''));
}
