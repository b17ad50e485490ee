import { MigrationInterface, QueryRunner } from "typeorm";

/** Reminders (scheduled, the outbox), in-app notifications and e-mail preferences per kind. */
export class Reminders1796271921561 implements MigrationInterface {
    name = 'Reminders1796271921561'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."reminder_kind" AS ENUM(
                'MEETING_UPCOMING',
                'FOLLOW_UP_DUE',
                'FOLLOW_UP_OVERDUE',
                'REVIEW_PENDING',
                'MEASUREMENT_DUE',
                'EXAMPLE_IN_REVIEW',
                'CUSTOM'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."reminder_status" AS ENUM('SCHEDULED', 'SENT', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "reminders" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."reminder_kind" NOT NULL,
                "key" character varying(200) NOT NULL,
                "occurrence" integer NOT NULL DEFAULT '1',
                "repeat_days" integer,
                "status" "public"."reminder_status" NOT NULL DEFAULT 'SCHEDULED',
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "generation" integer NOT NULL DEFAULT '1',
                "queued_generation" integer,
                "cohort_id" uuid,
                "organization_id" uuid,
                "subject_id" uuid,
                "period" character varying(7),
                "subject" character varying(150),
                "body" text,
                "organization_ids" uuid array,
                "created_by_id" uuid,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "recipient_count" integer,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_reminders_cohort_id" ON "reminders" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_reminders_subject_id" ON "reminders" ("subject_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_reminders_outbox" ON "reminders" ("due_at")
            WHERE status = 'SCHEDULED'
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminders_key_occurrence" ON "reminders" ("key", "occurrence")
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "reminder_id" uuid NOT NULL,
                "generation" integer NOT NULL,
                "kind" "public"."reminder_kind" NOT NULL,
                "title" character varying(300) NOT NULL,
                "body" text NOT NULL,
                "link" character varying(300),
                "email_wanted" boolean NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_unread" ON "notifications" ("user_id", "created_at")
            WHERE read_at IS NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_delivery" ON "notifications" ("reminder_id", "generation", "user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "reminder_preferences" (
                "user_id" uuid NOT NULL,
                "kind" "public"."reminder_kind" NOT NULL,
                "email" boolean NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_430afdfed0bd36d23a7437cf72e" PRIMARY KEY ("user_id", "kind")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "fk_reminders_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "fk_reminders_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "fk_reminders_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "fk_notifications_reminder" FOREIGN KEY ("reminder_id") REFERENCES "reminders"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reminder_preferences"
            ADD CONSTRAINT "fk_reminder_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "reminder_preferences" DROP CONSTRAINT "fk_reminder_preferences_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_reminder"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_cohort"
        `);
        await queryRunner.query(`
            DROP TABLE "reminder_preferences"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_notifications_delivery"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_unread"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_created"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_reminders_key_occurrence"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_outbox"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_subject_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_cohort_id"
        `);
        await queryRunner.query(`
            DROP TABLE "reminders"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reminder_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reminder_kind"
        `);
    }

}
