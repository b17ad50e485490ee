import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { INVITATION_TTL_DAYS, UserRole } from '@modellkommuner/shared';
import { AppConfig } from '../infrastructure/config/app-config';
import { readEnvironment } from '../infrastructure/config/environment';
import { dataSourceOptions } from '../infrastructure/database/data-source-options';
import { PasswordHasher } from '../modules/auth/password-hasher';
import { InvitationEntity } from '../modules/invitations/entities/invitation.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { UserEntity } from '../modules/users/entities/user.entity';
import { seedDemoCohorts } from './seed-demo-cohorts';
import { seedDemoExamples } from './seed-demo-examples';
import { seedDemoFollowUp } from './seed-demo-follow-up';
import { seedDemoGoals } from './seed-demo-goals';
import { seedDemoImpact } from './seed-demo-impact';
import { seedReferenceData } from './seed-reference-data';
import { ReminderScheduler } from '../modules/reminders/reminder-scheduler';

/** Demo accounts (addresses under example.se, which never receives mail). Same password as the seeded process leader. */
const DEMO_MEMBERS = [
  { code: '2083', email: 'kontakt.hedemora@example.se', name: 'Karin Lindqvist' },
  { code: '0136', email: 'kontakt.haninge@example.se', name: 'Amir Haddad' },
  { code: '0126', email: 'kontakt.huddinge@example.se', name: 'Sofia Berg' },
  { code: '1280', email: 'kontakt.malmo@example.se', name: 'Johan Nilsson' },
  { code: '12', email: 'kontakt.regionskane@example.se', name: 'Elin Persson' },
];

export interface DemoSummary {
  users: number;
  invitations: number;
  programmes: number;
  cohorts: number;
  goals: number;
  measurements: number;
  reports: number;
  /** The impact view's concluded cohorts (2021–2023, their goals linked to Kolada key figures, reports approved). */
  impactCohorts: number;
  /** Kolada values (demo figures) for every kommun and Riket behind the impact view's comparison. */
  koladaValues: number;
  examples: number;
}

/**
 * Development only: accounts, an open invitation, programmes with cohorts and learning examples so
 * every page has something to show. Idempotent.
 */
export async function seedDemo(dataSource: DataSource, config: AppConfig): Promise<DemoSummary> {
  if (config.nodeEnv === 'production') throw new Error('seed:demo körs inte i produktion.');
  await seedReferenceData(dataSource, config);
  const passwordHash = await new PasswordHasher(config).hash(config.seedProcessLeaderPassword);
  const accounts = await dataSource.transaction(async (manager) => {
    const orgs = manager.getRepository(OrganizationEntity);
    const users = manager.getRepository(UserEntity);
    let created = 0;
    for (const member of DEMO_MEMBERS) {
      if (await users.existsBy({ email: member.email })) continue;
      const organization = await orgs.findOneByOrFail({ code: member.code });
      await users.insert({ email: member.email, name: member.name, passwordHash, role: UserRole.MEMBER, organizationId: organization.id, active: true, deactivatedAt: null });
      created += 1;
    }
    const invitations = manager.getRepository(InvitationEntity);
    let invited = 0;
    const pending = 'ny.kollega.hedemora@example.se';
    if (!(await invitations.existsBy({ email: pending }))) {
      const hedemora = await orgs.findOneByOrFail({ code: '2083' });
      const inviter = await users.findOneByOrFail({ email: 'kontakt.hedemora@example.se' });
      // Not mailed: the demo shows an open invitation that can be resent or revoked from the web app.
      await invitations.insert({
        email: pending,
        organizationId: hedemora.id,
        role: UserRole.MEMBER,
        invitedById: inviter.id,
        tokenHash: null,
        sendCount: 1,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 3600_000),
        acceptedAt: null,
        revokedAt: null,
      });
      invited += 1;
    }
    const leader = await users.findOneByOrFail({ email: config.seedProcessLeaderEmail.trim().toLowerCase() });
    const demo = await seedDemoCohorts(manager, leader.id);
    const demoGoals = await seedDemoGoals(manager);
    const members = new Map<string, UserEntity>();
    for (const member of DEMO_MEMBERS) members.set(member.code, await users.findOneByOrFail({ email: member.email }));
    const demoFollowUp = await seedDemoFollowUp(manager, leader.id, new Map([...members].map(([code, user]) => [code, user.id])));
    const demoImpact = await seedDemoImpact(manager, leader.id);
    // The demo cohorts' reminders, planned as the app plans them when a cohort changes (idempotent).
    const scheduler = new ReminderScheduler();
    for (const { id } of await manager.query<{ id: string }[]>('SELECT id FROM cohorts')) await scheduler.syncCohort(manager, id);
    return { users: created, invitations: invited, ...demo, ...demoGoals, ...demoFollowUp, ...demoImpact, leader, members };
  });
  // Through the service, each in its own transaction (as in the app), once the accounts exist.
  const { leader, members, ...summary } = accounts;
  return { ...summary, examples: await seedDemoExamples(dataSource, leader, members) };
}

if (require.main === module) {
  (async () => {
    const config = readEnvironment();
    const dataSource = await new DataSource(dataSourceOptions(config, { poolSize: 2 })).initialize();
    try {
      const result = await seedDemo(dataSource, config);
      new Logger('seed:demo').log(
        `${result.users} demokonton, ${result.invitations} inbjudningar, ${result.programmes} program, ${result.cohorts} omgångar, ${result.goals} mål med ${result.measurements} mätvärden, ${result.reports} uppföljningsrapporter, ${result.examples} lärande exempel, ${result.impactCohorts} avslutade omgångar för effektvyn och ${result.koladaValues} Kolada-värden (demosiffror) tillagda (lösenord som processledarens).`,
      );
    } finally {
      await dataSource.destroy();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
