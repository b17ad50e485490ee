import { MigrationInterface, QueryRunner } from "typeorm";

export class LearningExamples1795396965331 implements MigrationInterface {
    name = 'LearningExamples1795396965331'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."example_status" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."example_origin" AS ENUM('MUNICIPALITY', 'REGION', 'OTHER')
        `);
        await queryRunner.query(`
            CREATE TABLE "learning_examples" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(100) NOT NULL,
                "title" character varying(300) NOT NULL,
                "summary" text NOT NULL,
                "status" "public"."example_status" NOT NULL DEFAULT 'DRAFT',
                "published_at" TIMESTAMP WITH TIME ZONE,
                "origin_kind" "public"."example_origin" NOT NULL,
                "organization_names" text NOT NULL DEFAULT '',
                "subjects" text array NOT NULL DEFAULT '{}',
                "activity_areas" text array NOT NULL DEFAULT '{}',
                "period_start" integer,
                "period_end" integer,
                "background" text,
                "implementation" text,
                "success_factors" text,
                "results" text,
                "key_conclusions" text array NOT NULL DEFAULT '{}',
                "further_reading" jsonb NOT NULL DEFAULT '[]',
                "contacts" jsonb NOT NULL DEFAULT '[]',
                "responsible_editor" character varying(200),
                "source_url" character varying(500),
                "editor_comment" text,
                "import_key" character varying(400),
                "created_by_id" uuid,
                "search_vector" tsvector,
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a6087b4c364f2403d564be7db2d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_learning_examples_slug" ON "learning_examples" ("slug")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_learning_examples_import_key" ON "learning_examples" ("import_key")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_learning_examples_status_published" ON "learning_examples" ("status", "published_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "learning_example_organizations" (
                "example_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_43f048c88993f753947d70e00bc" PRIMARY KEY ("example_id", "organization_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_learning_example_organizations_organization_id" ON "learning_example_organizations" ("organization_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_example_organizations"
            ADD CONSTRAINT "fk_learning_example_organizations_example" FOREIGN KEY ("example_id") REFERENCES "learning_examples"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_example_organizations"
            ADD CONSTRAINT "fk_learning_example_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Search: the weighted vector's GIN index, and trigrams for misspellings (pg_trgm ships with PostgreSQL).
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE INDEX "ix_learning_examples_search" ON "learning_examples" USING GIN ("search_vector")`);
        await queryRunner.query(`CREATE INDEX "ix_learning_examples_title_trgm" ON "learning_examples" USING GIN ("title" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "ix_learning_examples_title_trgm"`);
        await queryRunner.query(`DROP INDEX "ix_learning_examples_search"`);
        await queryRunner.query(`
            ALTER TABLE "learning_example_organizations" DROP CONSTRAINT "fk_learning_example_organizations_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "learning_example_organizations" DROP CONSTRAINT "fk_learning_example_organizations_example"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_learning_example_organizations_organization_id"
        `);
        await queryRunner.query(`
            DROP TABLE "learning_example_organizations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_learning_examples_status_published"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_learning_examples_import_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_learning_examples_slug"
        `);
        await queryRunner.query(`
            DROP TABLE "learning_examples"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."example_origin"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."example_status"
        `);
    }

}
