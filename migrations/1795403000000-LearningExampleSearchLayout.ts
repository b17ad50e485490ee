import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search's storage layout (bench/learning-examples): a short inline `rank_vector` (title and lead)
 * to rank by, the organisations' counties on the example (`county_codes`, the Län facet without a
 * join), and the long columns stored out of line so the heap that matching and facets read stays
 * narrow: the full `search_vector` uncompressed out of line (matching reads only its GIN index), the
 * texts compressed out of line above 256 bytes a row, the facet arrays and the rank vector kept inline
 * and uncompressed. Storage settings are PostgreSQL's, not TypeORM's: the generator leaves them alone.
 * Also drops the trigram indexes on titles and organisation names, which no query uses any more.
 */
export class LearningExampleSearchLayout1795403000000 implements MigrationInterface {
  name = 'LearningExampleSearchLayout1795403000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // The fallback now finds misspellings through learning_example_words alone: the trigram indexes on
    // titles and organisation names answer no query any more and only slow down every save.
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_learning_examples_title_trgm"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "ix_learning_examples_organization_names_trgm"`);
    await queryRunner.query(`ALTER TABLE "learning_examples" ADD "rank_vector" tsvector`);
    await queryRunner.query(`ALTER TABLE "learning_examples" ADD "county_codes" character varying(2) array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "learning_examples" SET (toast_tuple_target = 256)`);
    await queryRunner.query(
      `ALTER TABLE "learning_examples" ALTER COLUMN "search_vector" SET STORAGE EXTERNAL, ALTER COLUMN "rank_vector" SET STORAGE PLAIN,
         ALTER COLUMN "subjects" SET STORAGE PLAIN, ALTER COLUMN "activity_areas" SET STORAGE PLAIN, ALTER COLUMN "county_codes" SET STORAGE PLAIN`,
    );
    // Rewrites every row, so existing ones take the new layout too (the arrays rebuilt, not copied compressed).
    await queryRunner.query(
      `UPDATE "learning_examples" e SET
         "rank_vector" = setweight(to_tsvector('swedish', coalesce(e.title, '')), 'A') ||
           setweight(to_tsvector('swedish', coalesce(e.summary, '') || ' ' || coalesce(e.organization_names, '')), 'B'),
         "county_codes" = ARRAY(SELECT DISTINCT o.county_code FROM learning_example_organizations leo JOIN organizations o ON o.id = leo.organization_id
                                WHERE leo.example_id = e.id AND o.county_code IS NOT NULL ORDER BY 1),
         "subjects" = array_cat(e.subjects, '{}'::text[]), "activity_areas" = array_cat(e.activity_areas, '{}'::text[]),
         "search_vector" = e.search_vector || ''::tsvector`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "learning_examples" ALTER COLUMN "search_vector" SET STORAGE EXTENDED,
         ALTER COLUMN "subjects" SET STORAGE EXTENDED, ALTER COLUMN "activity_areas" SET STORAGE EXTENDED`,
    );
    await queryRunner.query(`ALTER TABLE "learning_examples" RESET (toast_tuple_target)`);
    await queryRunner.query(`ALTER TABLE "learning_examples" DROP COLUMN "county_codes"`);
    await queryRunner.query(`ALTER TABLE "learning_examples" DROP COLUMN "rank_vector"`);
    await queryRunner.query(`CREATE INDEX "ix_learning_examples_organization_names_trgm" ON "learning_examples" USING GIN ("organization_names" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "ix_learning_examples_title_trgm" ON "learning_examples" USING GIN ("title" gin_trgm_ops)`);
  }
}
