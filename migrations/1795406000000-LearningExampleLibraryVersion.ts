import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version number of the learning-example library, raised by every statement that changes
 * `learning_examples` (in the same transaction). The search keeps the published examples' facet
 * values in memory and reloads them when the version it read differs, so each API instance counts
 * facets without a stale copy. Not an entity: TypeORM leaves the table and trigger alone.
 */
export class LearningExampleLibraryVersion1795406000000 implements MigrationInterface {
  name = 'LearningExampleLibraryVersion1795406000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "learning_example_library" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "version" bigint NOT NULL DEFAULT 1)`,
    );
    await queryRunner.query(`INSERT INTO "learning_example_library" ("id", "version") VALUES (true, 1)`);
    await queryRunner.query(
      `CREATE FUNCTION "learning_example_library_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE learning_example_library SET version = version + 1;
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "tr_learning_examples_library_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "learning_examples"
       FOR EACH STATEMENT EXECUTE FUNCTION "learning_example_library_bump"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_learning_examples_library_version" ON "learning_examples"`);
    await queryRunner.query(`DROP FUNCTION "learning_example_library_bump"()`);
    await queryRunner.query(`DROP TABLE "learning_example_library"`);
  }
}
