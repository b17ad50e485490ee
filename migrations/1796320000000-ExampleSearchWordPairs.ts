import { MigrationInterface, QueryRunner } from 'typeorm';

/** What `learning_example_search` copies of a published row `NEW`, column by column; the pairs only from this migration on. */
const copied = (withPairs: boolean): [string, string][] => [
  ['search_no', 'NEW.search_no'],
  ['id', 'NEW.id'],
  ['sort_at', 'coalesce(NEW.published_at, NEW.updated_at)'],
  ['subjects', 'NEW.subjects'],
  ['activity_areas', 'NEW.activity_areas'],
  ['origin_kind', 'NEW.origin_kind::text'],
  ['county_codes', 'NEW.county_codes'],
  ['period_start', 'NEW.period_start'],
  ['period_end', 'NEW.period_end'],
  ['rank_vector', 'NEW.rank_vector'],
  ['search_vector', 'NEW.search_vector'],
  ...(withPairs ? ([['phrase_vector', 'search_word_pairs(NEW.search_vector)']] as [string, string][]) : []),
];

/** The copy trigger's function (PublishedExampleSearch made it without the pairs; `down` restores that one). */
const copyFunction = (withPairs: boolean) => {
  const columns = copied(withPairs);
  return `CREATE OR REPLACE FUNCTION "learning_example_search_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (NEW.status <> 'PUBLISHED' OR NEW.search_no <> OLD.search_no)) THEN
           DELETE FROM learning_example_search WHERE search_no = OLD.search_no;
         END IF;
         IF TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED' THEN
           INSERT INTO learning_example_search (${columns.map(([column]) => column).join(', ')}) SELECT ${columns.map(([, value]) => value).join(', ')}
           ON CONFLICT (search_no) DO UPDATE SET ${columns.slice(1).map(([column]) => `${column} = EXCLUDED.${column}`).join(', ')};
         END IF;
         RETURN NULL;
       END $$`;
};

/**
 * Quoted phrases without reading every candidate's full vector (docs/domain.md "Learning examples",
 * search; bench/learning-examples). `phrase_vector` holds each pair of indexed words one or two
 * positions apart in the example's `search_vector`, as the lexeme `'<first> <distance> <second>'`
 * (`'könsuppdel 1 statistik'`, `'våld 2 när'` across a stop word), with a GIN index. A phrase of two
 * indexed words is then exactly one such pair, answered by the index alone: `search_vector @@ 'a' <d> 'b'`
 * holds exactly when the pair vector has `'a d b'`, since both read the same stored positions.
 */
export class ExampleSearchWordPairs1796320000000 implements MigrationInterface {
  name = 'ExampleSearchWordPairs1796320000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION "search_word_pairs"(v tsvector) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
         WITH w AS (SELECT u.lexeme, p FROM unnest(v) u, unnest(u.positions) p)
         SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || g.d || ' ' || b.lexeme)), ''::tsvector)
         FROM w a CROSS JOIN (VALUES (1), (2)) g(d) JOIN w b ON b.p = a.p + g.d
       $$`,
    );
    await queryRunner.query(`ALTER TABLE "learning_example_search" ADD "phrase_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "learning_example_search" ALTER "phrase_vector" SET STORAGE EXTERNAL`);
    await queryRunner.query(`UPDATE "learning_example_search" SET "phrase_vector" = search_word_pairs("search_vector")`);
    await queryRunner.query(`CREATE INDEX "ix_learning_example_search_phrase" ON "learning_example_search" USING GIN ("phrase_vector")`);
    await queryRunner.query(copyFunction(true));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(copyFunction(false));
    await queryRunner.query(`DROP INDEX "ix_learning_example_search_phrase"`);
    await queryRunner.query(`ALTER TABLE "learning_example_search" DROP COLUMN "phrase_vector"`);
    await queryRunner.query(`DROP FUNCTION "search_word_pairs"(tsvector)`);
  }
}
