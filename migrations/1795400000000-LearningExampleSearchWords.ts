import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Speeds up the search's trigram fallback (bench/learning-examples): a list of every indexed word
 * with a trigram index, so misspelt words are matched against the distinct words once instead of
 * against every example's vector, and a trigram index on the organisation names. The word list is
 * not an entity (TypeORM leaves it alone); the index on organization_names is marked
 * `synchronize: false` on the entity.
 */
export class LearningExampleSearchWords1795400000000 implements MigrationInterface {
  name = 'LearningExampleSearchWords1795400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "learning_example_words" ("word" text NOT NULL, CONSTRAINT "pk_learning_example_words" PRIMARY KEY ("word"))`);
    await queryRunner.query(
      `INSERT INTO "learning_example_words" ("word")
       SELECT DISTINCT w FROM "learning_examples", unnest(tsvector_to_array("search_vector")) w WHERE "search_vector" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "ix_learning_example_words_word_trgm" ON "learning_example_words" USING GIN ("word" gin_trgm_ops)`);
    await queryRunner.query(
      `CREATE INDEX "ix_learning_examples_organization_names_trgm" ON "learning_examples" USING GIN ("organization_names" gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_learning_examples_organization_names_trgm"`);
    await queryRunner.query(`DROP TABLE "learning_example_words"`);
  }
}
