import { Controller, Get, HttpStatus, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { In } from 'typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../../infrastructure/graphql/ids';
import { RequestContextFactory } from '../auth/request-context.factory';
import { CohortMemberEntity } from '../cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../cohorts/entities/cohort.entity';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { GoalEntity } from './entities/goal.entity';
import { IndicatorEntity } from './entities/indicator.entity';
import { MeasurementEntity } from './entities/measurement.entity';
import { GoalPolicy } from './goal.policy';
import { measurementsCsv } from './measurements-csv';

const NOT_FOUND_TEXT = 'Omgången eller organisationen hittades inte.';
const LOGIN_TEXT = 'Du behöver logga in.';

/**
 * `GET /exports/cohorts/{cohortId}/measurements.csv` and `…/organizations/{code}/measurements.csv`:
 * a cohort's values, or one member organisation's (docs/api-conventions.md, "CSV exports"). Authorised
 * exactly like the GraphQL API — the bearer token or the session cookie, and GoalPolicy: no login is
 * 401, a cohort the viewer may not see is 404 (as GraphQL's NOT_FOUND).
 */
@Controller('exports/cohorts')
export class MeasurementsExportController {
  constructor(
    private readonly contexts: RequestContextFactory,
    private readonly dataSource: DataSource,
    private readonly policy: GoalPolicy,
  ) {}

  @Get(':cohortId/measurements.csv')
  async cohort(@Param('cohortId') cohortId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.send(req, res, cohortId, null);
  }

  @Get(':cohortId/organizations/:code/measurements.csv')
  async organization(@Param('cohortId') cohortId: string, @Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    await this.send(req, res, cohortId, code);
  }

  private async send(req: Request, res: Response, cohortId: string, code: string | null): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    const { viewer } = await this.contexts.create(req);
    if (!viewer) {
      res.status(HttpStatus.UNAUTHORIZED).type('text/plain; charset=utf-8').send(LOGIN_TEXT);
      return;
    }
    const cohort = isUuid(cohortId) ? await this.dataSource.getRepository(CohortEntity).findOneBy({ id: cohortId }) : null;
    const members = cohort ? await this.dataSource.getRepository(CohortMemberEntity).findBy({ cohortId }) : [];
    if (!cohort || !this.policy.mayView(viewer, members)) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain; charset=utf-8').send(NOT_FOUND_TEXT);
      return;
    }
    const organizations = await this.dataSource.getRepository(OrganizationEntity).findBy({ id: In(members.map((m) => m.organizationId)) });
    const chosen = code === null ? organizations : organizations.filter((o) => o.code === code);
    if (!chosen.length) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain; charset=utf-8').send(NOT_FOUND_TEXT);
      return;
    }
    const goals = await this.dataSource.getRepository(GoalEntity).find({ where: { cohortId }, order: { scope: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const indicators = goals.length
      ? await this.dataSource.getRepository(IndicatorEntity).find({ where: { goalId: In(goals.map((g) => g.id)) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const values = indicators.length
      ? await this.dataSource.getRepository(MeasurementEntity).find({
          where: { indicatorId: In(indicators.map((i) => i.id)), organizationId: In(chosen.map((o) => o.id)) },
        })
      : [];
    const body = measurementsCsv(chosen, goals, indicators, values);
    const name = code === null ? `${slugify(cohort.name)}-matvarden.csv` : `${slugify(cohort.name)}-${code}-matvarden.csv`;
    res
      .status(HttpStatus.OK)
      .setHeader('Content-Type', 'text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="${name}"`)
      .send(body);
  }
}

/** An ASCII file name from a cohort's name ("Omgång Norr 2026" → "omgang-norr-2026"). */
function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'omgang'
  );
}
