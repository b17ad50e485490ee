import { EntityManager } from 'typeorm';
import { ExampleOrigin, OrganizationKind } from '@modellkommuner/shared';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { LearningExampleOrganizationEntity } from './entities/learning-example-organization.entity';

// The organisations behind an example, in credited order: written by the editor and by the import alike.

/** Kommuner only → MUNICIPALITY, regioner only → REGION, anything else (a mix, none) → OTHER. */
export function originOf(kinds: readonly OrganizationKind[]): ExampleOrigin {
  if (kinds.length > 0 && kinds.every((k) => k === OrganizationKind.MUNICIPALITY)) return ExampleOrigin.MUNICIPALITY;
  if (kinds.length > 0 && kinds.every((k) => k === OrganizationKind.REGION)) return ExampleOrigin.REGION;
  return ExampleOrigin.OTHER;
}

export async function organizationIdsOf(manager: EntityManager, exampleId: string): Promise<string[]> {
  const rows = await manager.getRepository(LearningExampleOrganizationEntity).find({ where: { exampleId }, order: { position: 'ASC' } });
  return rows.map((r) => r.organizationId);
}

export async function setOrganizations(manager: EntityManager, exampleId: string, organizations: readonly OrganizationEntity[]): Promise<void> {
  const repo = manager.getRepository(LearningExampleOrganizationEntity);
  await repo.delete({ exampleId });
  if (organizations.length) await repo.insert(organizations.map((o, position) => ({ exampleId, organizationId: o.id, position })));
}
