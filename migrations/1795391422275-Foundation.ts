import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795391422275 implements MigrationInterface {
    name = 'Foundation1795391422275'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "action" character varying(100) NOT NULL,
                "entity" character varying(100) NOT NULL,
                "entity_id" character varying(100) NOT NULL,
                "reason" text,
                "before" jsonb,
                "after" jsonb,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_actor_id" ON "audit_log" ("actor_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity", "entity_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."organization_kind" AS ENUM('MUNICIPALITY', 'REGION', 'SKR')
        `);
        await queryRunner.query(`
            CREATE TABLE "organizations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(8) NOT NULL,
                "name" character varying(200) NOT NULL,
                "short_name" character varying(200) NOT NULL,
                "kind" "public"."organization_kind" NOT NULL,
                "county_code" character varying(2),
                "mentor_eligible" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_organizations_code" ON "organizations" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_organizations_county_code" ON "organizations" ("county_code")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM('PROCESS_LEADER', 'MEMBER')
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "organization_id" uuid NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_users_organization_id" ON "users" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "password_resets" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "token_hash" character(64),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "used_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_password_resets_user_id" ON "password_resets" ("user_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_password_resets_token_hash" ON "password_resets" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "sessions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_sessions_user_id" ON "sessions" ("user_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "invitations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(254) NOT NULL,
                "organization_id" uuid NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "invited_by_id" uuid,
                "token_hash" character(64),
                "send_count" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_5dec98cfdfd562e4ad3648bbb07" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitations_email" ON "invitations" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_invitations_organization_id" ON "invitations" ("organization_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_invitations_token_hash" ON "invitations" ("token_hash")
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" character varying(200) NOT NULL,
                "template" character varying(50) NOT NULL,
                "recipient" character varying(254) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "message_id" character varying(300),
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_01528929d58f733fd6bc613c638" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_mail_log_key" ON "mail_log" ("key")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."vocabulary_kind" AS ENUM('SUBJECT', 'ACTIVITY_AREA', 'FOCUS_AREA')
        `);
        await queryRunner.query(`
            CREATE TABLE "vocabulary_terms" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."vocabulary_kind" NOT NULL,
                "term" character varying(100) NOT NULL,
                "position" integer NOT NULL,
                CONSTRAINT "PK_5aa66f847b815ac852e01a12384" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_vocabulary_terms_kind_term" ON "vocabulary_terms" ("kind", "term")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets"
            ADD CONSTRAINT "fk_password_resets_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions"
            ADD CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations"
            ADD CONSTRAINT "fk_invitations_invited_by" FOREIGN KEY ("invited_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        // The audit log is append-only: who changed what stays, whatever the application does.
        await queryRunner.query(`
            CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log är endast för tillägg (%)', TG_OP;
            END;
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "audit_log"
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER audit_log_append_only ON "audit_log"`);
        await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_invited_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitations" DROP CONSTRAINT "fk_invitations_organization"
        `);
        await queryRunner.query(`
            ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "password_resets" DROP CONSTRAINT "fk_password_resets_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_organization"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_vocabulary_terms_kind_term"
        `);
        await queryRunner.query(`
            DROP TABLE "vocabulary_terms"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."vocabulary_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_mail_log_key"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_log"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_invitations_token_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_organization_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_invitations_email"
        `);
        await queryRunner.query(`
            DROP TABLE "invitations"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_sessions_user_id"
        `);
        await queryRunner.query(`
            DROP TABLE "sessions"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_password_resets_token_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_password_resets_user_id"
        `);
        await queryRunner.query(`
            DROP TABLE "password_resets"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_users_organization_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_organizations_county_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_organizations_code"
        `);
        await queryRunner.query(`
            DROP TABLE "organizations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."organization_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_entity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_actor_id"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
