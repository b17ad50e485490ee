import { EntityManager } from 'typeorm';

/**
 * The weighted Swedish search vector of one `learning_examples` row, as an SQL expression over its
 * columns: title (A), lead and organisation names (B), sections, conclusions and facet terms (C).
 * Exported so bulk loaders (the benchmark) compute exactly the same vector.
 */
export const SEARCH_VECTOR_SQL = `setweight(to_tsvector('swedish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(summary, '') || ' ' || coalesce(organization_names, '')), 'B') ||
        setweight(to_tsvector('swedish', concat_ws(' ', background, implementation, success_factors, results,
          array_to_string(key_conclusions, ' '), array_to_string(subjects, ' '), array_to_string(activity_areas, ' '))), 'C')`;

/** What the search ranks by: the title (A) and the lead and organisation names (B), short enough to keep inline. */
export const RANK_VECTOR_SQL = `setweight(to_tsvector('swedish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(summary, '') || ' ' || coalesce(organization_names, '')), 'B')`;

/**
 * Recomputes everything the search derives from the given examples (`$1`, uuid[]), in one statement:
 * both vectors and the organisations' counties (the Län facet). Run after the organisations are set.
 */
export const REFRESH_SEARCH_SQL = `UPDATE learning_examples e SET search_vector = ${SEARCH_VECTOR_SQL}, rank_vector = ${RANK_VECTOR_SQL},
    county_codes = ARRAY(SELECT DISTINCT o.county_code FROM learning_example_organizations leo JOIN organizations o ON o.id = leo.organization_id
                         WHERE leo.example_id = e.id AND o.county_code IS NOT NULL ORDER BY 1)
  WHERE e.id = ANY($1::uuid[])`;

/**
 * Adds the indexed words of the given examples to `learning_example_words`, the word list the
 * trigram fallback searches for misspellings. Words are never removed: a stale word only proposes
 * a candidate that no example contains any more, and the fallback checks the vectors themselves.
 */
export const ADD_SEARCH_WORDS_SQL = `INSERT INTO learning_example_words (word)
  SELECT DISTINCT w FROM learning_examples, unnest(tsvector_to_array(search_vector)) w WHERE id = ANY($1::uuid[])
  ON CONFLICT DO NOTHING`;

/**
 * Recomputes the search's derived columns of the given examples and records their words. Called in
 * the same transaction as every save, so search never sees a half-updated example.
 */
export async function refreshSearchVectors(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(REFRESH_SEARCH_SQL, [ids]);
  await manager.query(ADD_SEARCH_WORDS_SQL, [ids]);
}
