import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { UserEntity } from '../users/entities/user.entity';

export function calendarLoaders(dataSource: DataSource) {
  return {
    /** The calendar token version of each user (null: no such account), for `User.calendarUrl`. */
    calendarTokenVersionByUserId: new DataLoader<string, number | null>(async (ids) => {
      const rows = await dataSource.getRepository(UserEntity).find({ select: { id: true, calendarTokenVersion: true }, where: { id: In([...ids]) } });
      const byId = new Map(rows.map((row) => [row.id, row.calendarTokenVersion]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
