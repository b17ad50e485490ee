import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Direction, Gender, GoalScope, KoladaSyncStatus, MeasurementSource, Progress, ProgressStatus } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { Organization } from '../../organizations/models/organization.model';
import { GoalEntity } from '../entities/goal.entity';
import { IndicatorTargetEntity } from '../entities/indicator-target.entity';
import { IndicatorEntity } from '../entities/indicator.entity';
import { KoladaSyncEntity } from '../entities/kolada-sync.entity';
import { MeasurementEntity } from '../entities/measurement.entity';

// Relation fields (cohort, goal, organization, indicators, targets, measurements, progress) are resolved
// through DataLoaders in goals.resolver.ts; the ids they need travel on the model but are not in the schema.

@ObjectType({ description: 'En organisations målvärde för en indikator, per kön, att nå till perioden.' })
export class IndicatorTarget {
  organizationId: string;

  @Field(() => Organization)
  organization?: Organization;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Float)
  value: number;

  @Field()
  period: string;

  static from(entity: IndicatorTargetEntity): IndicatorTarget {
    return Object.assign(new IndicatorTarget(), { organizationId: entity.organizationId, gender: entity.gender, value: entity.value, period: entity.period });
  }
}

@ObjectType({ description: 'Ett värde: en indikator, en organisation, en period och ett kön. Ett saknat värde finns inte (aldrig 0).' })
export class Measurement {
  @Field(() => ID)
  id: string;

  organizationId: string;

  @Field(() => Organization)
  organization?: Organization;

  @Field()
  period: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => Float)
  value: number;

  @Field(() => MeasurementSource)
  source: MeasurementSource;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  updatedAt: Date;

  static from(entity: MeasurementEntity): Measurement {
    return Object.assign(new Measurement(), {
      id: entity.id,
      organizationId: entity.organizationId,
      period: entity.period,
      gender: entity.gender,
      value: entity.value,
      source: entity.source,
      note: entity.note,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType({ description: 'Hur en organisation ligger till på en indikator (docs/domain.md, "Progress"). Saknade värden förblir null.' })
export class IndicatorProgress {
  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => String, { nullable: true })
  baselinePeriod: string | null;

  @Field(() => Float, { nullable: true })
  latest: number | null;

  @Field(() => String, { nullable: true })
  latestPeriod: string | null;

  @Field(() => Float, { nullable: true })
  target: number | null;

  @Field(() => String, { nullable: true })
  targetPeriod: string | null;

  @Field(() => Float, { nullable: true, description: 'Andelen av vägen från basvärde till mål: 0 vid basvärdet, 1 vid målet, negativ när det gått åt fel håll.' })
  ratio: number | null;

  @Field(() => ProgressStatus)
  status: ProgressStatus;

  @Field(() => Float, { nullable: true, description: 'Kvinnor − män i den senaste perioden med båda värdena.' })
  genderGap: number | null;

  @Field(() => Float, { nullable: true, description: 'Kvinnor − män vid basperioden (eller den första perioden med båda värdena).' })
  genderGapBaseline: number | null;

  @Field(() => Float, { nullable: true, description: 'genderGap − genderGapBaseline.' })
  genderGapChange: number | null;

  @Field({ description: 'Sant när Totalt räknats fram som medelvärdet av kvinnor och män (inget Totalt var inmatat).' })
  derivedTotal: boolean;

  static from(progress: Progress): IndicatorProgress {
    return Object.assign(new IndicatorProgress(), progress);
  }
}

@ObjectType({ description: 'En indikator (nyckeltal) under ett mål.' })
export class Indicator {
  @Field(() => ID)
  id: string;

  goalId: string;

  @Field()
  name: string;

  @Field()
  unit: string;

  @Field(() => Direction)
  direction: Direction;

  @Field()
  byGender: boolean;

  @Field(() => String, { nullable: true })
  koladaKpiId: string | null;

  @Field(() => String, { nullable: true, description: 'Nyckeltalets titel i Kolada (null tills Kolada har svarat).' })
  koladaKpiTitle: string | null;

  @Field(() => String, { nullable: true })
  baselinePeriod: string | null;

  @Field(() => Int)
  version: number;

  static from(entity: IndicatorEntity): Indicator {
    return Object.assign(new Indicator(), {
      id: entity.id,
      goalId: entity.goalId,
      name: entity.name,
      unit: entity.unit,
      direction: entity.direction,
      byGender: entity.byGender,
      koladaKpiId: entity.koladaKpiId,
      koladaKpiTitle: entity.koladaKpiTitle,
      baselinePeriod: entity.baselinePeriod,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'Ett mål: gemensamt för omgången (SHARED) eller en organisations eget (OWN).' })
export class Goal {
  @Field(() => ID)
  id: string;

  cohortId: string;

  @Field(() => GoalScope)
  scope: GoalScope;

  organizationId: string | null;

  @Field(() => Organization, { nullable: true })
  organization?: Organization | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true })
  focusArea: string | null;

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(entity: GoalEntity): Goal {
    return Object.assign(new Goal(), {
      id: entity.id,
      cohortId: entity.cohortId,
      scope: entity.scope,
      organizationId: entity.organizationId,
      title: entity.title,
      description: entity.description,
      focusArea: entity.focusArea,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType({ description: 'En organisations läge på en av omgångens gemensamma indikatorer.' })
export class OverviewCell {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => IndicatorProgress)
  progress: IndicatorProgress;
}

@ObjectType({ description: 'En rad i omgångens översikt: en medlemsorganisation och dess läge på varje gemensam indikator.' })
export class OverviewRow {
  organizationId: string;

  @Field(() => Organization)
  organization?: Organization;

  @Field(() => String, { description: 'MENTOR eller MENTEE.' })
  role: string;

  @Field(() => [OverviewCell], { description: 'I samma ordning som översiktens indikatorer.' })
  cells: OverviewCell[];
}

@ObjectType({ description: 'Omgångens översikt: varje medlem × de gemensamma indikatorerna.' })
export class GoalOverview {
  @Field(() => [Indicator])
  indicators: Indicator[];

  @Field(() => [OverviewRow])
  rows: OverviewRow[];
}

@ObjectType({ description: 'En hämtning från Kolada.' })
export class KoladaSync {
  @Field(() => ID)
  id: string;

  @Field(() => KoladaSyncStatus)
  status: KoladaSyncStatus;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  skipped: number;

  @Field(() => String, { nullable: true, description: 'Varför hämtningen misslyckades.' })
  message: string | null;

  @Field(() => [String])
  problems: string[];

  static from(entity: KoladaSyncEntity): KoladaSync {
    return Object.assign(new KoladaSync(), {
      id: entity.id,
      status: entity.status,
      requestedAt: entity.requestedAt,
      finishedAt: entity.finishedAt,
      created: entity.created,
      updated: entity.updated,
      skipped: entity.skipped,
      message: entity.message,
      problems: entity.problems ?? [],
    });
  }
}

@ObjectType({ description: 'Ett nyckeltal i Kolada.' })
export class KoladaKpi {
  @Field()
  id: string;

  @Field(() => String, { nullable: true, description: 'Null när Kolada inte svarade eller inte känner id:t.' })
  title: string | null;
}
