import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@modellkommuner/shared';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { redisConnectionOptions } from './redis-connection';

/** BullMQ on Redis. Postgres is the source of truth; Redis only carries ids of work to do. */
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: redisConnectionOptions(config.redisUrl),
        prefix: `${config.redisPrefix}:bull`,
      }),
    }),
    BullModule.registerQueue({ name: QUEUES.MAIL }, { name: QUEUES.COHORTS }, { name: QUEUES.KOLADA }, { name: QUEUES.REMINDERS }),
  ],
  exports: [BullModule],
})
export class QueueModule {}
