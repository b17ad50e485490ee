import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { UserEntity } from './entities/user.entity';
import { User } from './models/user.model';

export function userLoaders(dataSource: DataSource) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const rows = await dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, User.from(row)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
