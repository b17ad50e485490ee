import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version number of the network, raised (in the same transaction) by every statement that changes
 * what `networkOverview` reads: organisations, programmes, cohorts and their members. The API keeps
 * finished overview answers in memory and serves one only while the version it read first is still the
 * current one (modules/network/network-response-cache.ts), so an answer is never staler than the last
 * commit. Not an entity: TypeORM leaves the table and triggers alone (like learning_example_library).
 */
export class NetworkVersion1796290000000 implements MigrationInterface {
  name = 'NetworkVersion1796290000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "network_state" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "version" bigint NOT NULL DEFAULT 1)`);
    await queryRunner.query(`INSERT INTO "network_state" ("id", "version") VALUES (true, 1)`);
    await queryRunner.query(
      `CREATE FUNCTION "network_state_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         UPDATE network_state SET version = version + 1;
         RETURN NULL;
       END $$`,
    );
    for (const table of ['organizations', 'programmes', 'cohorts', 'cohort_members']) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_network_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "network_state_bump"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['organizations', 'programmes', 'cohorts', 'cohort_members']) {
      await queryRunner.query(`DROP TRIGGER "tr_${table}_network_version" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "network_state_bump"()`);
    await queryRunner.query(`DROP TABLE "network_state"`);
  }
}
