import { EntityManager } from 'typeorm';

/**
 * Recomputes the weighted Swedish search vector of the given examples: title (A), lead and
 * organisation names (B), sections, conclusions and facet terms (C). Called in the same
 * transaction as every save, so search never sees a half-updated example.
 */
export async function refreshSearchVectors(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await manager.query(
    `UPDATE learning_examples SET search_vector =
        setweight(to_tsvector('swedish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(summary, '') || ' ' || coalesce(organization_names, '')), 'B') ||
        setweight(to_tsvector('swedish', concat_ws(' ', background, implementation, success_factors, results,
          array_to_string(key_conclusions, ' '), array_to_string(subjects, ' '), array_to_string(activity_areas, ' '))), 'C')
      WHERE id = ANY($1::uuid[])`,
    [ids],
  );
}
