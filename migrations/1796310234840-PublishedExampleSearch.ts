import { MigrationInterface, QueryRunner } from 'typeorm';

/** What `learning_example_search` copies of a published `learning_examples` row `r`, in column order. */
const COPY = (r: string) =>
  `${r}.search_no, ${r}.id, coalesce(${r}.published_at, ${r}.updated_at), ${r}.subjects, ${r}.activity_areas, ${r}.origin_kind::text,
   ${r}.county_codes, ${r}.period_start, ${r}.period_end, ${r}.rank_vector, ${r}.search_vector`;
const COLUMNS = `search_no, id, sort_at, subjects, activity_areas, origin_kind, county_codes, period_start, period_end, rank_vector, search_vector`;

/**
 * The public search's own narrow copy of every PUBLISHED learning example (docs/domain.md "Learning
 * examples", search; bench/learning-examples). A search for a word most of the library contains visits
 * every match's row: in `learning_examples` that meant drafts too, a status test and walking some thirty
 * columns to the ones it needs; here a match's row is about 400 bytes with what matching, ranking, the
 * filters and the facets read first, and the full vector out of line. Each example gets `search_no`, a
 * small integer (an identity, never reused), so a search sends its matches to the API as integers.
 *
 * Kept by a row trigger on `learning_examples` in the changing transaction, whatever changes it (the
 * app, an import or plain SQL), and emptied with it. Not an entity: TypeORM leaves it alone.
 */
export class PublishedExampleSearch1796310234840 implements MigrationInterface {
  name = 'PublishedExampleSearch1796310234840';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "learning_examples" ADD "search_no" integer GENERATED ALWAYS AS IDENTITY NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_learning_examples_search_no" ON "learning_examples" ("search_no")`);
    await queryRunner.query(
      `CREATE TABLE "learning_example_search" (
         "search_no" integer PRIMARY KEY,
         "id" uuid NOT NULL,
         "sort_at" timestamptz NOT NULL,
         "subjects" text[] NOT NULL,
         "activity_areas" text[] NOT NULL,
         "origin_kind" text NOT NULL,
         "county_codes" varchar(2)[] NOT NULL,
         "period_start" integer,
         "period_end" integer,
         "rank_vector" tsvector,
         "search_vector" tsvector
       ) WITH (toast_tuple_target = 256)`,
    );
    // Only the full vector leaves the row (uncompressed, so matching never reads it unless a phrase is checked).
    await queryRunner.query(
      `ALTER TABLE "learning_example_search" ALTER "search_vector" SET STORAGE EXTERNAL, ALTER "rank_vector" SET STORAGE PLAIN,
         ALTER "subjects" SET STORAGE PLAIN, ALTER "activity_areas" SET STORAGE PLAIN, ALTER "county_codes" SET STORAGE PLAIN`,
    );
    await queryRunner.query(
      `INSERT INTO "learning_example_search" (${COLUMNS}) SELECT ${COPY('e')} FROM learning_examples e WHERE e.status = 'PUBLISHED' ORDER BY e.search_no`,
    );
    await queryRunner.query(`CREATE INDEX "ix_learning_example_search_vector" ON "learning_example_search" USING GIN ("search_vector")`);
    await queryRunner.query(
      `CREATE FUNCTION "learning_example_search_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (NEW.status <> 'PUBLISHED' OR NEW.search_no <> OLD.search_no)) THEN
           DELETE FROM learning_example_search WHERE search_no = OLD.search_no;
         END IF;
         IF TG_OP <> 'DELETE' AND NEW.status = 'PUBLISHED' THEN
           INSERT INTO learning_example_search (${COLUMNS}) SELECT ${COPY('NEW')}
           ON CONFLICT (search_no) DO UPDATE SET id = EXCLUDED.id, sort_at = EXCLUDED.sort_at, subjects = EXCLUDED.subjects,
             activity_areas = EXCLUDED.activity_areas, origin_kind = EXCLUDED.origin_kind, county_codes = EXCLUDED.county_codes,
             period_start = EXCLUDED.period_start, period_end = EXCLUDED.period_end, rank_vector = EXCLUDED.rank_vector,
             search_vector = EXCLUDED.search_vector;
         END IF;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_learning_examples_search_copy" AFTER INSERT OR UPDATE OR DELETE ON "learning_examples"
       FOR EACH ROW EXECUTE FUNCTION "learning_example_search_copy"()`,
    );
    await queryRunner.query(
      `CREATE FUNCTION "learning_example_search_empty"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         TRUNCATE learning_example_search;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_learning_examples_search_empty" AFTER TRUNCATE ON "learning_examples"
       FOR EACH STATEMENT EXECUTE FUNCTION "learning_example_search_empty"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_learning_examples_search_empty" ON "learning_examples"`);
    await queryRunner.query(`DROP FUNCTION "learning_example_search_empty"()`);
    await queryRunner.query(`DROP TRIGGER "tr_learning_examples_search_copy" ON "learning_examples"`);
    await queryRunner.query(`DROP FUNCTION "learning_example_search_copy"()`);
    await queryRunner.query(`DROP TABLE "learning_example_search"`);
    await queryRunner.query(`DROP INDEX "public"."uq_learning_examples_search_no"`);
    await queryRunner.query(`ALTER TABLE "learning_examples" DROP COLUMN "search_no"`);
  }
}
