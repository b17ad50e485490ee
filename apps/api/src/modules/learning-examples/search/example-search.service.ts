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

/**
 * The public search of the learning-example library: one statement for the total and every facet's
 * counts, one for the page, one loading the page's examples (plus, when the full text finds nothing,
 * one more for the counts in trigram mode). No per-row queries.
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

    let mode: Mode = parsed.tsquery ? 'fts' : 'none';
    let counts = await this.counts(mode, parsed, filter, statuses, viewer);
    if (mode === 'fts' && counts.matched === 0 && parsed.words.length) {
      mode = 'trgm';
      counts = await this.counts(mode, parsed, filter, statuses, viewer);
    }
    if (cursor && cursor.mode !== mode) throw BadInput('after', 'Markören (after) hör till en annan sökning.');

    // The page: keyset on (rank desc, published_at desc, id), the rank being 0 when sorting by date.
    const p = new Params();
    const matched = this.matchedCte(p, mode, parsed, statuses, viewer);
    const flags = this.flags(p, filter);
    const byRank = sort === ExampleSort.RELEVANCE && mode !== 'none';
    let after = 'TRUE';
    if (cursor) {
      const [r, at, id] = [p.add(cursor.rank), p.add(cursor.at), p.add(cursor.id)];
      after = `(s.sort_rank < ${r}::real OR (s.sort_rank = ${r}::real AND (s.sort_at < ${at}::timestamptz
        OR (s.sort_at = ${at}::timestamptz AND s.id > ${id}::uuid))))`;
    }
    // The text goes into ts_headline with < > & as sentinels (its parser drops tags and entities) and
    // without any sentinel of its own; highlightToHtml escapes the rest and turns sentinels back.
    const snippet =
      mode === 'fts'
        ? `ts_headline('swedish', translate(concat_ws(' ', e.summary, e.background, e.implementation, e.success_factors, e.results),
             '<>&' || chr(1) || chr(2) || chr(3) || chr(4) || chr(5), chr(3) || chr(4) || chr(5)),
             to_tsquery('swedish', ${p.add(parsed.tsquery)}), ${p.add(HEADLINE_OPTIONS)})`
        : 'NULL';
    const rows: { id: string; rank_text: string; at_text: string; score: number; snippet: string | null }[] = await this.dataSource.query(
      `WITH ${matched}
       SELECT s.id, s.sort_rank::text AS rank_text, CASE WHEN s.sort_at = '-infinity' THEN '-infinity'
         ELSE to_char(s.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS at_text, s.rank AS score, ${snippet} AS snippet
       FROM (
         SELECT m.id, m.rank, ${byRank ? 'm.rank' : '0::real'} AS sort_rank, coalesce(m.published_at, '-infinity'::timestamptz) AS sort_at
         FROM matched m WHERE ${this.where(flags)}
       ) s
       JOIN learning_examples e ON e.id = s.id
       WHERE ${after}
       ORDER BY s.sort_rank DESC, s.sort_at DESC, s.id
       LIMIT ${size + 1}`,
      p.values,
    );
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

  /** The total, the unfiltered match count (to decide on the fallback) and every facet, in one statement. */
  private async counts(
    mode: Mode,
    parsed: ReturnType<typeof parseSearchQuery>,
    filter: ExampleFilter,
    statuses: ExampleStatus[],
    viewer: Viewer | null,
  ): Promise<{ total: number; matched: number; facets: ExampleFacets }> {
    const p = new Params();
    const matched = this.matchedCte(p, mode, parsed, statuses, viewer);
    const flags = this.flags(p, filter);
    const values: Record<FacetKey, string> = {
      subjects: 'unnest(m.subjects)',
      activityAreas: 'unnest(m.activity_areas)',
      originKinds: 'm.origin_kind',
      counties: 'unnest(m.counties)',
      startYears: 'm.period_start::text',
    };
    const facetSql = FACETS.map(
      (facet) => `SELECT '${facet}' AS facet, v.value, count(DISTINCT v.id)::int AS count
        FROM (SELECT m.id, ${values[facet]} AS value FROM matched m WHERE ${this.where(flags, facet)}) v
        WHERE v.value IS NOT NULL GROUP BY v.value`,
    );
    const rows: { facet: string; value: string | null; count: number }[] = await this.dataSource.query(
      `WITH ${matched}
       SELECT 'total' AS facet, NULL AS value, (count(*) FILTER (WHERE ${this.where(flags)}))::int AS count FROM matched m
       UNION ALL SELECT 'matched', NULL, count(*)::int FROM matched m
       UNION ALL ${facetSql.join('\n UNION ALL ')}`,
      p.values,
    );
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

  /** The visible examples the text matches, with their rank and the organisations' counties and codes. */
  private matchedCte(p: Params, mode: Mode, parsed: ReturnType<typeof parseSearchQuery>, statuses: ExampleStatus[], viewer: Viewer | null): string {
    const conditions = [this.visibility(p, statuses, viewer)];
    let rank = '0::real';
    if (mode === 'fts') {
      const tsquery = `to_tsquery('swedish', ${p.add(parsed.tsquery)})`;
      conditions.push(`e.search_vector @@ ${tsquery}`);
      rank = `ts_rank_cd(e.search_vector, ${tsquery})`;
    } else if (mode === 'trgm') {
      // Per typed word, the best of: the title, the organisation names, the indexed (stemmed) words; averaged.
      const words = p.add(parsed.words);
      rank = `(SELECT avg(GREATEST(word_similarity(w, e.title), word_similarity(w, e.organization_names),
                  coalesce((SELECT max(word_similarity(w, l)) FROM unnest(tsvector_to_array(e.search_vector)) l), 0)))
               FROM unnest(${words}::text[]) w)::real`;
      conditions.push(`t.rank >= ${TRIGRAM_THRESHOLD}`);
    }
    return `matched AS (
      SELECT e.id, e.subjects, e.activity_areas, e.origin_kind::text AS origin_kind, e.period_start, e.period_end, e.published_at, t.rank,
        ARRAY(SELECT DISTINCT o.county_code FROM learning_example_organizations leo JOIN organizations o ON o.id = leo.organization_id
              WHERE leo.example_id = e.id AND o.county_code IS NOT NULL) AS counties,
        ARRAY(SELECT o.code FROM learning_example_organizations leo JOIN organizations o ON o.id = leo.organization_id
              WHERE leo.example_id = e.id) AS organization_codes
      FROM learning_examples e CROSS JOIN LATERAL (SELECT ${rank} AS rank) t
      WHERE ${conditions.join(' AND ')}
    )`;
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
    if (filter.countyCodes?.length) flags.set('counties', `m.counties && ${p.add(filter.countyCodes)}::varchar[]`);
    if (filter.organizationCodes?.length) flags.set('organizations', `m.organization_codes && ${p.add(filter.organizationCodes)}::varchar[]`);
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

/** Without highlighted matches: the start of the summary, escaped. */
function leadOf(summary: string): string {
  const words = summary.split(/\s+/).filter(Boolean);
  return escapeHtml(words.slice(0, SNIPPET_WORDS).join(' ') + (words.length > SNIPPET_WORDS ? ' …' : ''));
}
