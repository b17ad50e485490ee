import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Organization } from '../organizations/models/organization.model';
import { LearningExampleOrganizationEntity } from './entities/learning-example-organization.entity';

export function learningExampleLoaders(dataSource: DataSource) {
  return {
    /** The organisations behind each example, in credited order: one query for a whole result page. */
    organizationsByExampleId: new DataLoader<string, Organization[]>(async (ids) => {
      const links = await dataSource.getRepository(LearningExampleOrganizationEntity).find({
        where: { exampleId: In([...ids]) },
        relations: { organization: true },
        order: { position: 'ASC' },
      });
      return ids.map((id) => links.filter((l) => l.exampleId === id && l.organization).map((l) => Organization.from(l.organization!)));
    }),
  };
}
