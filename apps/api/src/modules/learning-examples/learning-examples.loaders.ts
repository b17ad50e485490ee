import DataLoader from 'dataloader';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Organization } from '../organizations/models/organization.model';
import { LearningExampleOrganizationEntity } from './entities/learning-example-organization.entity';
import { LearningExampleEntity } from './entities/learning-example.entity';
import { LearningExample } from './models/learning-example.model';

/** The most related examples one example shows, whatever `first` asks for. */
export const MAX_RELATED = 10;

/** What `related` needs of its parent: the example and the terms it shares with others. */
export interface RelatedKey {
  id: string;
  subjects: string[];
  activityAreas: string[];
  first: number;
}

/** An organisation as ORGANIZATIONS_SQL returns it (json_build_object, the model's field names). */
type OrganizationRow = Pick<Organization, 'id' | 'code' | 'name' | 'shortName' | 'kind' | 'countyCode' | 'mentorEligible'>;

/** The organisations of example `e`, in credited order, as one JSON column of the example's own row. */
const ORGANIZATIONS_SQL = `(
  SELECT coalesce(json_agg(json_build_object('id', o.id, 'code', o.code, 'name', o.name, 'shortName', o.short_name, 'kind', o.kind,
    'countyCode', o.county_code, 'mentorEligible', o.mentor_eligible) ORDER BY l.position), '[]'::json)
  FROM learning_example_organizations l JOIN organizations o ON o.id = l.organization_id
  WHERE l.example_id = e.id
)`;

/**
 * Published examples sharing the most subjects, then the most activity areas, newest first, for
 * every parent of one level of the response in ONE statement (a LATERAL top-N per parent).
 */
const RELATED_SQL = `(
  SELECT p.k AS parent_key, r.id AS related_id,
    row_number() OVER (PARTITION BY p.k ORDER BY r.shared_subjects DESC, r.shared_areas DESC, r.published_at DESC NULLS LAST, r.id) AS position
  FROM jsonb_to_recordset(CAST(:parents AS jsonb)) AS p(k int, id uuid, subjects text[], areas text[], lim int)
  CROSS JOIN LATERAL (
    SELECT c.id, c.published_at,
      cardinality(ARRAY(SELECT unnest(c.subjects) INTERSECT SELECT unnest(p.subjects))) AS shared_subjects,
      cardinality(ARRAY(SELECT unnest(c.activity_areas) INTERSECT SELECT unnest(p.areas))) AS shared_areas
    FROM learning_examples c
    WHERE c.status = 'PUBLISHED' AND c.id <> p.id AND (c.subjects && p.subjects OR c.activity_areas && p.areas)
    ORDER BY shared_subjects DESC, shared_areas DESC, c.published_at DESC NULLS LAST, c.id
    LIMIT p.lim
  ) r
)`;

/** Runs `query` (alias `e`) with each example's organisations in the same statement; the models carry them. */
async function withOrganizations<R extends { e_id: string }>(
  query: SelectQueryBuilder<LearningExampleEntity>,
): Promise<{ raw: R[]; examples: Map<string, LearningExample> }> {
  const { entities, raw } = await query.addSelect(ORGANIZATIONS_SQL, 'e_organizations').getRawAndEntities<R & { e_organizations: OrganizationRow[] }>();
  const organizations = new Map(raw.map((row) => [row.e_id, row.e_organizations]));
  const examples = new Map(
    entities.map((entity) => {
      const example = LearningExample.from(entity);
      example.organizations = (organizations.get(entity.id) ?? []).map((o) => Object.assign(new Organization(), o));
      return [entity.id, example];
    }),
  );
  return { raw, examples };
}

/**
 * Examples by id with their organisations, in one statement (the search's page: its `organizations`
 * then cost nothing more). Runs on `manager`, so inside a transaction when given one.
 */
export async function examplesWithOrganizations(manager: EntityManager, ids: string[]): Promise<LearningExample[]> {
  if (!ids.length) return [];
  const { examples } = await withOrganizations(manager.getRepository(LearningExampleEntity).createQueryBuilder('e').where('e.id IN (:...ids)', { ids }));
  return [...examples.values()];
}

export function learningExampleLoaders(dataSource: DataSource) {
  return {
    /** The organisations behind each example, in credited order: one query for a whole result page. */
    organizationsByExampleId: new DataLoader<string, Organization[]>(async (ids) => {
      const links = await dataSource.getRepository(LearningExampleOrganizationEntity).find({
        where: { exampleId: In([...ids]) },
        relations: { organization: true },
        order: { position: 'ASC' },
      });
      return ids.map((id) => links.filter((l) => l.exampleId === id && l.organization).map((l) => Organization.from(l.organization!)));
    }),

    /**
     * `LearningExample.related`: one statement per level of the response however many parents (and
     * `first`s) it has, the related examples' organisations included.
     */
    relatedByExample: new DataLoader<RelatedKey, LearningExample[], string>(
      async (keys) => {
        const parents = keys
          .map((key, k) => ({ k, id: key.id, subjects: key.subjects, areas: key.activityAreas, lim: Math.max(0, Math.min(Math.floor(key.first), MAX_RELATED)) }))
          .filter((parent) => parent.lim > 0);
        const results: LearningExample[][] = keys.map(() => []);
        if (!parents.length) return results;
        const { raw, examples } = await withOrganizations<{ e_id: string; rel_parent_key: number }>(
          dataSource
            .getRepository(LearningExampleEntity)
            .createQueryBuilder('e')
            .innerJoin(RELATED_SQL, 'rel', 'rel.related_id = e.id')
            .addSelect('rel.parent_key', 'rel_parent_key')
            .setParameter('parents', JSON.stringify(parents))
            .orderBy('rel.parent_key')
            .addOrderBy('rel.position'),
        );
        for (const row of raw) {
          const example = examples.get(row.e_id);
          if (example) results[row.rel_parent_key].push(example);
        }
        return results;
      },
      { cacheKeyFn: (key) => `${key.id}:${key.first}` },
    ),
  };
}
