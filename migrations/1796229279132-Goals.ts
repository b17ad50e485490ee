import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Goals and gender-disaggregated indicators (docs/domain.md, "Goals and indicators"): a cohort's SHARED and
 * OWN goals, their indicators, each organisation's targets and measurements (one row per indicator,
 * organisation, period and gender; a missing value is no row, never a zero), and the record of each
 * fetch from Kolada.
 */
export class Goals1796229279132 implements MigrationInterface {
    name = 'Goals1796229279132'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."goal_scope" AS ENUM('SHARED', 'OWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "goals" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "cohort_id" uuid NOT NULL,
                "scope" "public"."goal_scope" NOT NULL,
                "organization_id" uuid,
                "title" character varying(200) NOT NULL,
                "description" text,
                "focus_area" character varying(200),
                CONSTRAINT "ck_goals_scope_organization" CHECK (
                    ("scope" = 'SHARED') = ("organization_id" IS NULL)
                ),
                CONSTRAINT "PK_26e17b251afab35580dff769223" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_goals_cohort_id" ON "goals" ("cohort_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_goals_organization_id" ON "goals" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."indicator_direction" AS ENUM('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')
        `);
        await queryRunner.query(`
            CREATE TABLE "indicators" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "goal_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "unit" character varying(40) NOT NULL,
                "direction" "public"."indicator_direction" NOT NULL,
                "by_gender" boolean NOT NULL,
                "kolada_kpi_id" character varying(6),
                "kolada_kpi_title" character varying(500),
                "baseline_period" character varying(7),
                CONSTRAINT "PK_6e24383c110600564187e92042e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_indicators_goal_id" ON "indicators" ("goal_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_indicators_kolada_kpi_id" ON "indicators" ("kolada_kpi_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."gender" AS ENUM('TOTAL', 'WOMEN', 'MEN')
        `);
        await queryRunner.query(`
            CREATE TABLE "indicator_targets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "indicator_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "gender" "public"."gender" NOT NULL,
                "value" double precision NOT NULL,
                "period" character varying(7) NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9a02cd645eea6c99219c6896f5c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_indicator_targets_cell" ON "indicator_targets" ("indicator_id", "organization_id", "gender")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."kolada_sync_status" AS ENUM('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')
        `);
        await queryRunner.query(`
            CREATE TABLE "kolada_syncs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cohort_id" uuid,
                "status" "public"."kolada_sync_status" NOT NULL DEFAULT 'QUEUED',
                "requested_by_id" uuid,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "started_at" TIMESTAMP WITH TIME ZONE,
                "finished_at" TIMESTAMP WITH TIME ZONE,
                "created" integer NOT NULL DEFAULT '0',
                "updated" integer NOT NULL DEFAULT '0',
                "skipped" integer NOT NULL DEFAULT '0',
                "message" text,
                "problems" jsonb NOT NULL DEFAULT '[]'::jsonb,
                CONSTRAINT "PK_4a7bdade90c96c61d47d0751692" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_kolada_syncs_cohort_requested" ON "kolada_syncs" ("cohort_id", "requested_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."measurement_source" AS ENUM('MANUAL', 'KOLADA', 'IMPORT')
        `);
        await queryRunner.query(`
            CREATE TABLE "measurements" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "indicator_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "period" character varying(7) NOT NULL,
                "gender" "public"."gender" NOT NULL,
                "value" double precision NOT NULL,
                "source" "public"."measurement_source" NOT NULL DEFAULT 'MANUAL',
                "note" character varying(500),
                "recorded_by_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_measurements_value_finite" CHECK (
                    "value" <> 'NaN'::double precision
                    AND abs("value") <> 'Infinity'::double precision
                ),
                CONSTRAINT "PK_3c0e7812563f27fd68e8271661b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_measurements_organization_id" ON "measurements" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_measurements_cell" ON "measurements" (
                "indicator_id",
                "organization_id",
                "period",
                "gender"
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "fk_goals_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "goals"
            ADD CONSTRAINT "fk_goals_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicators"
            ADD CONSTRAINT "fk_indicators_goal" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_targets"
            ADD CONSTRAINT "fk_indicator_targets_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_targets"
            ADD CONSTRAINT "fk_indicator_targets_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "measurements"
            ADD CONSTRAINT "fk_measurements_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "measurements"
            ADD CONSTRAINT "fk_measurements_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "measurements"
            ADD CONSTRAINT "fk_measurements_recorded_by" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "measurements" DROP CONSTRAINT "fk_measurements_recorded_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "measurements" DROP CONSTRAINT "fk_measurements_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "measurements" DROP CONSTRAINT "fk_measurements_indicator"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_targets" DROP CONSTRAINT "fk_indicator_targets_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicator_targets" DROP CONSTRAINT "fk_indicator_targets_indicator"
        `);
        await queryRunner.query(`
            ALTER TABLE "indicators" DROP CONSTRAINT "fk_indicators_goal"
        `);
        await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "fk_goals_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "goals" DROP CONSTRAINT "fk_goals_cohort"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_measurements_cell"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_measurements_organization_id"
        `);
        await queryRunner.query(`
            DROP TABLE "measurements"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."measurement_source"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_kolada_syncs_cohort_requested"
        `);
        await queryRunner.query(`
            DROP TABLE "kolada_syncs"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."kolada_sync_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_indicator_targets_cell"
        `);
        await queryRunner.query(`
            DROP TABLE "indicator_targets"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."gender"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_indicators_kolada_kpi_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_indicators_goal_id"
        `);
        await queryRunner.query(`
            DROP TABLE "indicators"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."indicator_direction"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_goals_organization_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_goals_cohort_id"
        `);
        await queryRunner.query(`
            DROP TABLE "goals"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."goal_scope"
        `);
    }

}
