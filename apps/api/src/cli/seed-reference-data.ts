import { DataSource } from 'typeorm';
import { MUNICIPALITIES, REGIONS } from '@modellkommuner/reference-data';
import { normaliseEmail, OrganizationKind, SKR_CODE, STARTER_VOCABULARIES, UserRole, VocabularyKind } from '@modellkommuner/shared';
import { AppConfig } from '../infrastructure/config/app-config';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { AuditService } from '../modules/audit/audit.service';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { VocabularyTermEntity } from '../modules/vocabularies/entities/vocabulary-term.entity';

export interface SeedSummary {
  organizations: number;
  vocabularyTermsAdded: number;
  processLeaderCreated: boolean;
}

/**
 * Reference data: 290 kommuner, 21 regioner, SKR, the starter vocabularies and the first process
 * leader. Idempotent: organisations are upserted by code (names follow the reference data; the
 * mentor-eligible flag is left alone), a vocabulary is only filled when empty (process leaders'
 * edits survive), and the process leader is only created when the address has no account.
 */
export async function seedReferenceData(dataSource: DataSource, config: AppConfig): Promise<SeedSummary> {
  const hasher = new PasswordHasher(config);
  const passwordHash = await hasher.hash(config.seedProcessLeaderPassword);
  return dataSource.transaction(async (manager) => {
    const organizations = [
      ...MUNICIPALITIES.map((m) => ({ code: m.code, name: m.name, shortName: m.shortName, kind: OrganizationKind.MUNICIPALITY, countyCode: m.countyCode })),
      ...REGIONS.map((r) => ({ code: r.code, name: r.name, shortName: r.shortName, kind: OrganizationKind.REGION, countyCode: r.countyCode })),
      { code: SKR_CODE, name: 'Sveriges Kommuner och Regioner', shortName: 'SKR', kind: OrganizationKind.SKR, countyCode: null },
    ];
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values(organizations)
      .orUpdate(['name', 'short_name', 'kind', 'county_code'], ['code'])
      .execute();

    let vocabularyTermsAdded = 0;
    const terms = manager.getRepository(VocabularyTermEntity);
    for (const kind of Object.values(VocabularyKind)) {
      if (await terms.existsBy({ kind })) continue;
      await terms.insert(STARTER_VOCABULARIES[kind].map((term, position) => ({ kind, term, position })));
      vocabularyTermsAdded += STARTER_VOCABULARIES[kind].length;
    }

    const email = normaliseEmail(config.seedProcessLeaderEmail);
    const users = manager.getRepository(UserEntity);
    let processLeaderCreated = false;
    if (!(await users.existsBy({ email }))) {
      const skr = await manager.getRepository(OrganizationEntity).findOneByOrFail({ code: SKR_CODE });
      const user = await users.save(
        users.create({ email, name: 'Processledare SKR', passwordHash, role: UserRole.PROCESS_LEADER, organizationId: skr.id, active: true, deactivatedAt: null }),
      );
      await new AuditService().record(manager, {
        actorId: null,
        action: 'user.create',
        entity: 'User',
        entityId: user.id,
        reason: 'Första processledaren, skapad av npm run seed',
        after: user,
      });
      processLeaderCreated = true;
    }
    return { organizations: organizations.length, vocabularyTermsAdded, processLeaderCreated };
  });
}
