import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings get a version (docs/api-conventions.md, "Versions"): `updateMeeting` and `cancelMeeting`
 * name the version the user read, and a stale one is refused (CONFLICT). Every server-side change of a
 * meeting bumps it, the cancellations and moves a cohort makes of its meetings included. Existing
 * meetings start at 1, like every new one.
 */
export class MeetingVersion1795412000000 implements MigrationInterface {
  name = 'MeetingVersion1795412000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "meetings"
            ADD "version" integer NOT NULL DEFAULT '1'
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "meetings" DROP COLUMN "version"
        `);
  }
}
