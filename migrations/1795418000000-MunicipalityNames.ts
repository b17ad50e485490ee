import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The corrected municipality names (libs/reference-data/src/data/SOURCES.md): each kommun as it calls
 * itself, "X stad" for the 14 that use it and the genitive fixed for five ("Kalmar kommun", not
 * "Kalmars kommun"). Only these 19 rows change, and only when they still differ, so running it again
 * changes nothing; the short names stay as they were. Learning examples keep their organisations'
 * names in `organization_names` (shown on the page, in the feed, and searched): the examples of the
 * renamed organisations get the new names, and their search columns are recomputed with the same
 * expressions as learning-examples/search-vector.ts. `npm run seed` writes the same names from
 * libs/reference-data.
 */
export const RENAMED_MUNICIPALITIES: readonly (readonly [code: string, before: string, after: string])[] = [
  ['0180', 'Stockholms kommun', 'Stockholms stad'],
  ['0183', 'Sundbybergs kommun', 'Sundbybergs stad'],
  ['0184', 'Solna kommun', 'Solna stad'],
  ['0186', 'Lidingö kommun', 'Lidingö stad'],
  ['0187', 'Vaxholms kommun', 'Vaxholms stad'],
  ['0880', 'Kalmars kommun', 'Kalmar kommun'],
  ['1280', 'Malmö kommun', 'Malmö stad'],
  ['1282', 'Landskrona kommun', 'Landskrona stad'],
  ['1283', 'Helsingborgs kommun', 'Helsingborgs stad'],
  ['1421', 'Orusts kommun', 'Orust kommun'],
  ['1480', 'Göteborgs kommun', 'Göteborgs Stad'],
  ['1481', 'Mölndals kommun', 'Mölndals stad'],
  ['1488', 'Trollhättans kommun', 'Trollhättans stad'],
  ['1490', 'Borås kommun', 'Borås Stad'],
  ['1980', 'Västerås kommun', 'Västerås stad'],
  ['2080', 'Faluns kommun', 'Falu kommun'],
  ['2513', 'Överkalixs kommun', 'Överkalix kommun'],
  ['2514', 'Kalixs kommun', 'Kalix kommun'],
  ['2583', 'Haparanda kommun', 'Haparanda stad'],
];

const SEARCH_VECTOR_SQL = `setweight(to_tsvector('swedish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(summary, '') || ' ' || coalesce(organization_names, '')), 'B') ||
        setweight(to_tsvector('swedish', concat_ws(' ', background, implementation, success_factors, results,
          array_to_string(key_conclusions, ' '), array_to_string(subjects, ' '), array_to_string(activity_areas, ' '))), 'C')`;
const RANK_VECTOR_SQL = `setweight(to_tsvector('swedish', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('swedish', coalesce(summary, '') || ' ' || coalesce(organization_names, '')), 'B')`;

export class MunicipalityNames1795418000000 implements MigrationInterface {
  name = 'MunicipalityNames1795418000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rename(
      queryRunner,
      RENAMED_MUNICIPALITIES.map(([code, , after]) => [code, after]),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rename(
      queryRunner,
      RENAMED_MUNICIPALITIES.map(([code, before]) => [code, before]),
    );
  }
}

async function rename(queryRunner: QueryRunner, names: [code: string, name: string][]): Promise<void> {
  const codes = names.map(([code]) => code);
  const values = names.map(([, name]) => name);
  // Each UPDATE … RETURNING is wrapped in a SELECT: TypeORM answers a bare UPDATE with [rows, count].
  const renamed = (await queryRunner.query(
    `WITH renamed AS (
       UPDATE "organizations" o SET "name" = n.name, "updated_at" = now()
         FROM unnest($1::varchar[], $2::varchar[]) AS n(code, name)
        WHERE o.code = n.code AND o.kind = 'MUNICIPALITY' AND o.name IS DISTINCT FROM n.name
       RETURNING o.id)
     SELECT id FROM renamed`,
    [codes, values],
  )) as { id: string }[];
  if (renamed.length === 0) return;
  // The examples of those organisations: their names in position order, as the service writes them.
  const examples = (await queryRunner.query(
    `WITH renamed AS (
       UPDATE "learning_examples" e SET "organization_names" = names.joined
         FROM (SELECT leo.example_id, string_agg(o.name, ', ' ORDER BY leo.position) AS joined
                 FROM learning_example_organizations leo JOIN organizations o ON o.id = leo.organization_id
                WHERE leo.example_id IN (SELECT example_id FROM learning_example_organizations WHERE organization_id = ANY($1::uuid[]))
                GROUP BY leo.example_id) names
        WHERE e.id = names.example_id AND e.organization_names IS DISTINCT FROM names.joined
       RETURNING e.id)
     SELECT id FROM renamed`,
    [renamed.map((row) => row.id)],
  )) as { id: string }[];
  if (examples.length === 0) return;
  const ids = examples.map((row) => row.id);
  await queryRunner.query(
    `UPDATE "learning_examples" SET search_vector = ${SEARCH_VECTOR_SQL}, rank_vector = ${RANK_VECTOR_SQL} WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  await queryRunner.query(
    `INSERT INTO learning_example_words (word)
       SELECT DISTINCT w FROM learning_examples, unnest(tsvector_to_array(search_vector)) w WHERE id = ANY($1::uuid[])
     ON CONFLICT DO NOTHING`,
    [ids],
  );
}
