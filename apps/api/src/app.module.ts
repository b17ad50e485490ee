import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AppConfig } from './infrastructure/config/app-config';
import { AppConfigModule, APP_CONFIG } from './infrastructure/config/config.module';
import { DatabaseModule } from './infrastructure/database/database.module';
import { PublicReads, PublicReadsModule } from './infrastructure/database/public-reads';
import { AppErrorFilter } from './infrastructure/errors/app-error.filter';
import { graphqlOptions } from './infrastructure/graphql/graphql-options';
import { createValidationPipe } from './infrastructure/graphql/validation.pipe';
import { SCALARS } from './infrastructure/graphql/date.scalar';
import { HealthController } from './infrastructure/health/health.controller';
import { RedisModule } from './infrastructure/queue/redis.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { RequestContextFactory } from './modules/auth/request-context.factory';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CohortsModule } from './modules/cohorts/cohorts.module';
import { FollowUpModule } from './modules/follow-up/follow-up.module';
import { GoalsModule } from './modules/goals/goals.module';
import { ExampleSearchModule } from './modules/learning-examples/search/example-search.module';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { LearningExamplesModule } from './modules/learning-examples/learning-examples.module';
// from './modules/invitations/invitations.module';
import { OrganizationsModule } from './modules/organizations/organizations.module';
import { NetworkModule } from './modules/network/network.module';
import { ImpactModule } from './modules/impact/impact.module';
import { networkResponseCachePlugin } from './modules/network/network-response-cache';
import { ProgrammesModule } from './modules/programmes/programmes.module';
import { ReminderSchedulerModule, RemindersModule } from './modules/reminders/reminders.module';
import { UsersModule } from './modules/users/users.module';
import { VocabulariesModule } from './modules/vocabularies/vocabularies.module';

/** The API process: GraphQL at /graphql, readiness at /health. */
@Module({
  imports: [
    AppConfigModule,
    DatabaseModule,
    PublicReadsModule,
    RedisModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule, PublicReadsModule],
      inject: [APP_CONFIG, RequestContextFactory, PublicReads, DataSource],
      useFactory: (config: AppConfig, contexts: RequestContextFactory, publicReads: PublicReads, dataSource: DataSource) =>
        graphqlOptions(config, (req) => contexts.create(req), publicReads, [networkResponseCachePlugin(dataSource, publicReads)]),
    }),
    AuthModule,
    AuditModule,
    OrganizationsModule,
    UsersModule,
    InvitationsModule,
    VocabulariesModule,
    ProgrammesModule,
    CohortsModule,
    GoalsModule,
    FollowUpModule,
    NetworkModule,
    ImpactModule,
    ReminderSchedulerModule,
    RemindersModule,
    LearningExamplesModule,
    CalendarModule,
    ExampleSearchModule,
  ],
  controllers: [HealthController],
  providers: [
    ...SCALARS,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AppErrorFilter },
  ],
})
export class AppModule {}
