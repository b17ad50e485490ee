import { MigrationInterface, QueryRunner } from "typeorm";

export class Cohorts1795394764050 implements MigrationInterface {
    name = 'Cohorts1795394764050'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "programmes" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "theme" character varying(500) NOT NULL,
                "organization_kind" "public"."organization_kind" NOT NULL,
                "min_mentees" integer NOT NULL DEFAULT '2',
                "max_mentees" integer NOT NULL DEFAULT '3',
                "follow_up_months" integer NOT NULL DEFAULT '12',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_116b5f8dbb9f632d76bc144404f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_programmes_name" ON "programmes" ("name")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."cohort_status" AS ENUM(
                'PLANNED',
                'ACTIVE',
                'FOLLOW_UP',
                'CONCLUDED',
                'CANCELLED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "cohorts" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "programme_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "status" "public"."cohort_status" NOT NULL DEFAULT 'PLANNED',
                "start_date" date NOT NULL,
                "follow_up_due_date" date NOT NULL,
                "process_leader_id" uuid NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_cohorts_programme_status" ON "cohorts" ("programme_id", "status")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."checkpoint_kind" AS ENUM('MIDTERM', 'ONE_YEAR')
        `);
        await queryRunner.query(`
            CREATE TABLE "checkpoints" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "kind" "public"."checkpoint_kind" NOT NULL,
                "due_date" date NOT NULL,
                "sequence" integer NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dfcc46a91d96ecba8a8dcd8b11c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_checkpoints_cohort_kind" ON "checkpoints" ("cohort_id", "kind")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."member_role" AS ENUM('MENTOR', 'MENTEE')
        `);
        await queryRunner.query(`
            CREATE TABLE "cohort_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "role" "public"."member_role" NOT NULL,
                "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "withdrawn_at" TIMESTAMP WITH TIME ZONE,
                "withdrawal_reason" text,
                CONSTRAINT "PK_d0caa8ae723dba3e41fe36a4faf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_cohort_members_organization_id" ON "cohort_members" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_cohort_members_cohort_organization" ON "cohort_members" ("cohort_id", "organization_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."meeting_kind" AS ENUM('STARTUP', 'EXCHANGE', 'GATHERING')
        `);
        await queryRunner.query(`
            CREATE TABLE "meetings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "kind" "public"."meeting_kind" NOT NULL,
                "title" character varying(200) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP WITH TIME ZONE,
                "location" character varying(500),
                "notes" text,
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "cancel_reason" text,
                "sequence" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_aa73be861afa77eb4ed31f3ed57" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_meetings_cohort_id" ON "meetings" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."working_group_role" AS ENUM(
                'POLITICIAN',
                'MANAGER',
                'EQUALITY_EXPERT',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "working_group_members" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_member_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "title" character varying(200),
                "role" "public"."working_group_role" NOT NULL,
                "email" character varying(254),
                "position" integer NOT NULL,
                CONSTRAINT "PK_79c2082b2ac58b4cd21a155503d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_working_group_members_cohort_member_id" ON "working_group_members" ("cohort_member_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD "calendar_token_version" integer NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "fk_cohorts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts"
            ADD CONSTRAINT "fk_cohorts_process_leader" FOREIGN KEY ("process_leader_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "checkpoints"
            ADD CONSTRAINT "fk_checkpoints_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_members"
            ADD CONSTRAINT "fk_cohort_members_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_members"
            ADD CONSTRAINT "fk_cohort_members_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "meetings"
            ADD CONSTRAINT "fk_meetings_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "working_group_members"
            ADD CONSTRAINT "fk_working_group_members_cohort_member" FOREIGN KEY ("cohort_member_id") REFERENCES "cohort_members"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "working_group_members" DROP CONSTRAINT "fk_working_group_members_cohort_member"
        `);
        await queryRunner.query(`
            ALTER TABLE "meetings" DROP CONSTRAINT "fk_meetings_cohort"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_members" DROP CONSTRAINT "fk_cohort_members_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohort_members" DROP CONSTRAINT "fk_cohort_members_cohort"
        `);
        await queryRunner.query(`
            ALTER TABLE "checkpoints" DROP CONSTRAINT "fk_checkpoints_cohort"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_process_leader"
        `);
        await queryRunner.query(`
            ALTER TABLE "cohorts" DROP CONSTRAINT "fk_cohorts_programme"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP COLUMN "calendar_token_version"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_working_group_members_cohort_member_id"
        `);
        await queryRunner.query(`
            DROP TABLE "working_group_members"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."working_group_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_meetings_cohort_id"
        `);
        await queryRunner.query(`
            DROP TABLE "meetings"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."meeting_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_cohort_members_cohort_organization"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_cohort_members_organization_id"
        `);
        await queryRunner.query(`
            DROP TABLE "cohort_members"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."member_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_checkpoints_cohort_kind"
        `);
        await queryRunner.query(`
            DROP TABLE "checkpoints"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."checkpoint_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_cohorts_programme_status"
        `);
        await queryRunner.query(`
            DROP TABLE "cohorts"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."cohort_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_programmes_name"
        `);
        await queryRunner.query(`
            DROP TABLE "programmes"
        `);
    }

}
