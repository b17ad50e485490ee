import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Requests for a password-reset link (issue 14, finding 9). The API writes one for every well-formed
 * address and enqueues its id; the worker looks the account up, turns the request into a
 * `password_resets` row with the same id when an active account has the address, and deletes it.
 */
export class PasswordResetRequests1795409000000 implements MigrationInterface {
  name = 'PasswordResetRequests1795409000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "password_reset_requests" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4aa83fc224280f3c94c3e214d65" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset_requests"`);
  }
}
