import { MigrationInterface, QueryRunner } from "typeorm";

export class FollowUp1796242848358 implements MigrationInterface {
    name = 'FollowUp1796242848358'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."report_status" AS ENUM(
                'DRAFT',
                'SUBMITTED',
                'CHANGES_REQUESTED',
                'APPROVED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "follow_up_reports" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "checkpoint_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "status" "public"."report_status" NOT NULL DEFAULT 'DRAFT',
                "summary" text,
                "what_worked" text,
                "challenges" text,
                "next_steps" text,
                "snapshot" jsonb,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submitted_by_id" uuid,
                CONSTRAINT "PK_3b0fcea50dc36fe694df8f9866c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_follow_up_reports_organization_id" ON "follow_up_reports" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_follow_up_reports_checkpoint_organization" ON "follow_up_reports" ("checkpoint_id", "organization_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."goal_assessment_status" AS ENUM(
                'ACHIEVED',
                'PARTLY_ACHIEVED',
                'NOT_ACHIEVED',
                'ONGOING'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "goal_assessments" (
                "report_id" uuid NOT NULL,
                "goal_id" uuid NOT NULL,
                "status" "public"."goal_assessment_status" NOT NULL,
                "comment" text,
                CONSTRAINT "PK_a3dd6af0bf4785fe277b18c5bd8" PRIMARY KEY ("report_id", "goal_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_goal_assessments_goal_id" ON "goal_assessments" ("goal_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "mentor_edges" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid NOT NULL,
                "mentor_organization_id" uuid NOT NULL,
                "mentee_organization_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_fe11f339b373e5b8eff19df458c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentor_edges_mentor_organization_id" ON "mentor_edges" ("mentor_organization_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_mentor_edges_mentee_organization_id" ON "mentor_edges" ("mentee_organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mentor_edges_cohort_mentee" ON "mentor_edges" ("cohort_id", "mentee_organization_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."review_decision" AS ENUM('APPROVE', 'REQUEST_CHANGES')
        `);
        await queryRunner.query(`
            CREATE TABLE "reviews" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "report_id" uuid NOT NULL,
                "reviewer_id" uuid NOT NULL,
                "decision" "public"."review_decision" NOT NULL,
                "comment" text NOT NULL DEFAULT '',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_231ae565c273ee700b283f15c1d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_reviews_report_id" ON "reviews" ("report_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_examples"
            ADD "source_report_id" uuid
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_learning_examples_source_report_id" ON "learning_examples" ("source_report_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_reports"
            ADD CONSTRAINT "fk_follow_up_reports_checkpoint" FOREIGN KEY ("checkpoint_id") REFERENCES "checkpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_reports"
            ADD CONSTRAINT "fk_follow_up_reports_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_reports"
            ADD CONSTRAINT "fk_follow_up_reports_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "goal_assessments"
            ADD CONSTRAINT "fk_goal_assessments_report" FOREIGN KEY ("report_id") REFERENCES "follow_up_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "goal_assessments"
            ADD CONSTRAINT "fk_goal_assessments_goal" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mentor_edges"
            ADD CONSTRAINT "fk_mentor_edges_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mentor_edges"
            ADD CONSTRAINT "fk_mentor_edges_mentor" FOREIGN KEY ("mentor_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "mentor_edges"
            ADD CONSTRAINT "fk_mentor_edges_mentee" FOREIGN KEY ("mentee_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reviews"
            ADD CONSTRAINT "fk_reviews_report" FOREIGN KEY ("report_id") REFERENCES "follow_up_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "reviews"
            ADD CONSTRAINT "fk_reviews_reviewer" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_examples"
            ADD CONSTRAINT "fk_learning_examples_source_report" FOREIGN KEY ("source_report_id") REFERENCES "follow_up_reports"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "learning_examples" DROP CONSTRAINT "fk_learning_examples_source_report"
        `);
        await queryRunner.query(`
            ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_reviewer"
        `);
        await queryRunner.query(`
            ALTER TABLE "reviews" DROP CONSTRAINT "fk_reviews_report"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentor_edges" DROP CONSTRAINT "fk_mentor_edges_mentee"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentor_edges" DROP CONSTRAINT "fk_mentor_edges_mentor"
        `);
        await queryRunner.query(`
            ALTER TABLE "mentor_edges" DROP CONSTRAINT "fk_mentor_edges_cohort"
        `);
        await queryRunner.query(`
            ALTER TABLE "goal_assessments" DROP CONSTRAINT "fk_goal_assessments_goal"
        `);
        await queryRunner.query(`
            ALTER TABLE "goal_assessments" DROP CONSTRAINT "fk_goal_assessments_report"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_reports" DROP CONSTRAINT "fk_follow_up_reports_submitted_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_reports" DROP CONSTRAINT "fk_follow_up_reports_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_reports" DROP CONSTRAINT "fk_follow_up_reports_checkpoint"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_learning_examples_source_report_id"
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_examples" DROP COLUMN "source_report_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_reviews_report_id"
        `);
        await queryRunner.query(`
            DROP TABLE "reviews"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."review_decision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_mentor_edges_cohort_mentee"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_mentor_edges_mentee_organization_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_mentor_edges_mentor_organization_id"
        `);
        await queryRunner.query(`
            DROP TABLE "mentor_edges"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_goal_assessments_goal_id"
        `);
        await queryRunner.query(`
            DROP TABLE "goal_assessments"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."goal_assessment_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_follow_up_reports_checkpoint_organization"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_follow_up_reports_organization_id"
        `);
        await queryRunner.query(`
            DROP TABLE "follow_up_reports"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."report_status"
        `);
    }

}
