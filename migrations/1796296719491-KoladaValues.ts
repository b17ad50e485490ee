import { MigrationInterface, QueryRunner } from "typeorm";

/** Tables whose every statement can change the impact view (the follow-up reports only when a status changes). */
const IMPACT_TABLES = ['organizations', 'programmes', 'cohorts', 'cohort_members', 'goals', 'indicators'];

/**
 * Kolada's values for every kommun and region (the impact view's comparison, written by the weekly fetch),
 * and a version number of what the impact view reads, raised in the same transaction as any change to it
 * (like network_state): the API keeps computed impact figures and serves them only while the version it
 * read first is still current (modules/impact/impact.service.ts). Not an entity: TypeORM leaves
 * impact_state and its triggers alone.
 */
export class KoladaValues1796296719491 implements MigrationInterface {
    name = 'KoladaValues1796296719491'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "kolada_values" (
                "kpi_id" character varying(6) NOT NULL,
                "kolada_id" character varying(4) NOT NULL,
                "year" smallint NOT NULL,
                "women" double precision,
                "men" double precision,
                "total" double precision,
                "fetched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_kolada_values_finite" CHECK (
                    (
                        "women" IS NULL
                        OR abs("women") <> 'Infinity'::double precision
                        AND "women" <> 'NaN'::double precision
                    )
                    AND (
                        "men" IS NULL
                        OR abs("men") <> 'Infinity'::double precision
                        AND "men" <> 'NaN'::double precision
                    )
                    AND (
                        "total" IS NULL
                        OR abs("total") <> 'Infinity'::double precision
                        AND "total" <> 'NaN'::double precision
                    )
                ),
                CONSTRAINT "PK_3065ca7b27af35a755622da4b75" PRIMARY KEY ("kpi_id", "kolada_id", "year")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_kolada_values_kolada_id" ON "kolada_values" ("kolada_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "kolada_syncs"
            ADD "comparison_values" integer NOT NULL DEFAULT '0'
        `);
        // kolada_version moves only with kolada_values: the values read for the estimates are kept while it stands.
        await queryRunner.query(
            `CREATE TABLE "impact_state" ("id" boolean PRIMARY KEY DEFAULT true CHECK ("id"), "version" bigint NOT NULL DEFAULT 1, "kolada_version" bigint NOT NULL DEFAULT 1)`,
        );
        await queryRunner.query(`INSERT INTO "impact_state" ("id", "version", "kolada_version") VALUES (true, 1, 1)`);
        await queryRunner.query(
            `CREATE FUNCTION "impact_state_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               UPDATE impact_state SET version = version + 1;
               RETURN NULL;
             END $$`,
        );
        await queryRunner.query(
            `CREATE FUNCTION "impact_state_bump_kolada"() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               UPDATE impact_state SET version = version + 1, kolada_version = kolada_version + 1;
               RETURN NULL;
             END $$`,
        );
        await queryRunner.query(
            `CREATE TRIGGER "tr_kolada_values_impact_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "kolada_values"
             FOR EACH STATEMENT EXECUTE FUNCTION "impact_state_bump_kolada"()`,
        );
        for (const table of IMPACT_TABLES) {
            await queryRunner.query(
                `CREATE TRIGGER "tr_${table}_impact_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
                 FOR EACH STATEMENT EXECUTE FUNCTION "impact_state_bump"()`,
            );
        }
        // A report's text is saved often while it is drafted; only its status (approval) matters here.
        await queryRunner.query(
            `CREATE TRIGGER "tr_follow_up_reports_impact_version" AFTER UPDATE OF "status" ON "follow_up_reports"
             FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION "impact_state_bump"()`,
        );
        await queryRunner.query(
            `CREATE TRIGGER "tr_follow_up_reports_impact_version_rows" AFTER INSERT OR DELETE ON "follow_up_reports"
             FOR EACH STATEMENT EXECUTE FUNCTION "impact_state_bump"()`,
        );
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "tr_follow_up_reports_impact_version_rows" ON "follow_up_reports"`);
        await queryRunner.query(`DROP TRIGGER "tr_follow_up_reports_impact_version" ON "follow_up_reports"`);
        for (const table of IMPACT_TABLES) await queryRunner.query(`DROP TRIGGER "tr_${table}_impact_version" ON "${table}"`);
        await queryRunner.query(`DROP TRIGGER "tr_kolada_values_impact_version" ON "kolada_values"`);
        await queryRunner.query(`DROP FUNCTION "impact_state_bump_kolada"()`);
        await queryRunner.query(`DROP FUNCTION "impact_state_bump"()`);
        await queryRunner.query(`DROP TABLE "impact_state"`);
        await queryRunner.query(`
            ALTER TABLE "kolada_syncs" DROP COLUMN "comparison_values"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_kolada_values_kolada_id"
        `);
        await queryRunner.query(`
            DROP TABLE "kolada_values"
        `);
    }

}
