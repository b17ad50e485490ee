import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { OrganizationEntity } from './entities/organization.entity';
import { Organization } from './models/organization.model';

export function organizationLoaders(dataSource: DataSource) {
  return {
    organizationById: new DataLoader<string, Organization | null>(async (ids) => {
      const rows = await dataSource.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, Organization.from(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
