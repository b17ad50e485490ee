import { MigrationInterface, QueryRunner } from 'typeorm';

/** What `learning_example_search` copies of a published `learning_examples` row `r`, in column order. */
const COPY = (r: string) =>
  `${r}.search_no, ${r}.id, coalesce(${r}.published_at, ${r}.updated_at), ${r}.subjects, ${r}.activity_areas, ${r}.origin_kind::text,
   ${r}.county_codes, ${r}.period_start, ${r}.period_end, ${r}.rank_vector, ${r}.search_vector, search_word_pairs(${r}.search_vector)`;
const COLUMNS = `search_no, id, sort_at, subjects, activity_areas, origin_kind, county_codes, period_start, period_end, rank_vector, search_vector, phrase_vector`;

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
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "learning_example_search_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (NEW.status <> 'PUBLISHED' OR NEW.search_no <> OLD.search_no)) THEN
           DELETE FROM learning_example_search WHERE search_no = OLD.search_no;
         END IF;
         IF TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED' THEN
           INSERT INTO learning_example_search (${COLUMNS}) SELECT ${COPY('NEW')}
           ON CONFLICT (search_no) DO UPDATE SET id = EXCLUDED.id, sort_at = EXCLUDED.sort_at, subjects = EXCLUDED.subjects,
             activity_areas = EXCLUDED.activity_areas, origin_kind = EXCLUDED.origin_kind, county_codes = EXCLUDED.county_codes,
             period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, rank_vector = EXCLUDED.rank_vector,
             search_vector = EXCLUDED.search_vector, phrase_vector = EXCLUDED.phrase_vector;
         END IF;
         RETURN NULL;
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The copy function as PublishedExampleSearch made it, without the pairs.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "learning_example_search_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (NEW.status <> 'PUBLISHED' OR NEW.search_no <> OLD.search_no)) THEN
           DELETE FROM learning_example_search WHERE search_no = OLD.search_no;
         END IF;
         IF TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED' THEN
           INSERT INTO learning_example_search (search_no, id, sort_at, subjects, activity_areas, origin_kind, county_codes, period_start, period_end, rank_vector, search_vector)
           SELECT NEW.search_no, NEW.id, coalesce(NEW.published_at, NEW.updated_at), NEW.subjects, NEW.activity_areas, NEW.origin_kind::text,
             NEW.county_codes, NEW.period_start, NEW.period_end, NEW.rank_vector, NEW.search_vector
           ON CONFLICT (search_no) DO UPDATE SET id = EXCLUDED.id, sort_at = EXCLUDED.sort_at, subjects = EXCLUDED.subjects,
             activity_areas = EXCLUDED.activity_areas, origin_kind = EXCLUDED.origin_kind, county_codes = EXCLUDED.county_codes,
             period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, rank_vector = EXCLUDED.rank_vector,
             search_vector = EXCLUDED.search_vector;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(`DROP INDEX "ix_learning_example_search_phrase"`);
    await queryRunner.query(`ALTER TABLE "learning_example_search" DROP COLUMN "phrase_vector"`);
    await queryRunner.query(`DROP FUNCTION "search_word_pairs"(tsvector)`);
  }
}
