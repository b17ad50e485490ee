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

/**
 * Adds the indexed words of the given examples to `learning_example_words`, the word list the
 * trigram fallback searches for misspellings. Words are never removed: a stale word only proposes
 * a candidate that no example contains any more, and the fallback checks the vectors themselves.
 */
export const ADD_SEARCH_WORDS_SQL = `INSERT INTO learning_example_words (word)
  SELECT DISTINCT w FROM learning_examples, unnest(tsvector_to_array(search_vector)) w WHERE id = ANY($1::uuid[])
  ON CONFLICT DO NOTHING`;

/**
 * Recomputes the search vector of the given examples and records their words. Called in the same
 * transaction as every save, so search never sees a half-updated example.
 */
export async function refreshSearchVectors(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(`UPDATE learning_examples SET search_vector = ${SEARCH_VECTOR_SQL} WHERE id = ANY($1::uuid[])`, [ids]);
  await manager.query(ADD_SEARCH_WORDS_SQL, [ids]);
}
