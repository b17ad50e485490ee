import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Working groups get a version (docs/api-conventions.md, "Versions"): `setWorkingGroup` names the
 * version the user read, and a stale one is refused (CONFLICT) instead of silently replacing what a
 * colleague saved in between. The version sits on the organisation's membership, since a working group
 * is saved whole per organisation and cohort. Existing working groups start at 1, like every new one.
 */
export class WorkingGroupVersion1795415000000 implements MigrationInterface {
  name = 'WorkingGroupVersion1795415000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cohort_members"
            ADD "working_group_version" integer NOT NULL DEFAULT '1'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "cohort_members" DROP COLUMN "working_group_version"
        `);
  }
}
