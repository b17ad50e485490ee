import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ImpactStatus } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';

// The impact view's types: built whole by ImpactService from a fixed number of statements, the same
// answer for everyone (only organisation-level aggregates; docs/domain.md, "Impact").

@InputType({ description: 'Avgränsning av effektvyn: en satsning, ett fokusområde, en generation (alla valfria).' })
export class ImpactFilter {
  @Field(() => ID, { nullable: true })
  programmeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Fokusområde (ordlistans term) för målen vars nyckeltal räknas.' })
  focusArea?: string | null;

  @Field(() => Int, { nullable: true, description: 'Deltagarnas generation i mentorskedjan (1 = mentor var grundande mentor).' })
  generation?: number | null;
}

@ObjectType({ description: 'Ett år i förhållande till start: de två gruppernas genomsnittliga skillnad kvinnor − män.' })
export class ImpactPoint {
  @Field(() => Int, { description: 'År i förhållande till start: −3 … 1 (−1 utgångsläget, 1 uppföljningsåret).' })
  offset: number;

  @Field(() => String)
  label: string;

  @Field(() => Float, { nullable: true, description: 'Deltagarnas genomsnitt; null när färre än minsta gruppstorlek har värde.' })
  participantGap: number | null;

  @Field(() => Int)
  participantCount: number;

  @Field(() => Float, { nullable: true, description: 'Övrigas genomsnitt samma kalenderår.' })
  comparisonGap: number | null;

  @Field(() => Int)
  comparisonCount: number;
}

@ObjectType({ description: 'Ett Kolada-nyckeltal som omgångar har kopplat till sina indikatorer: skillnaden i förändring mellan deltagare och övriga.' })
export class ImpactKeyFigure {
  @Field(() => String)
  kpiId: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => ImpactStatus)
  status: ImpactStatus;

  @Field(() => String, { description: 'En mening på svenska om vad siffrorna säger (eller varför de inte säger något).' })
  sentence: string;

  @Field(() => Int, { description: 'Deltagare med värden både året före start och uppföljningsåret.' })
  participants: number;

  @Field(() => Int, { description: 'Kommuner/regioner som inte deltagit, med värden samma år.' })
  comparison: number;

  @Field(() => Int, { description: 'Deltagare vars uppföljningsår Kolada ännu inte publicerat.' })
  awaitingData: number;

  @Field(() => Int, { description: 'Deltagare som saknar värde ett publicerat år.' })
  missingData: number;

  @Field(() => Float, { nullable: true })
  participantChange: number | null;

  @Field(() => Float, { nullable: true })
  comparisonChange: number | null;

  @Field(() => Float, { nullable: true, description: 'Skillnad i skillnader: deltagarnas förändring minus övrigas.' })
  difference: number | null;

  @Field(() => Float, { nullable: true, description: 'Intervallets nedre gräns (bootstrap, percentil).' })
  lower: number | null;

  @Field(() => Float, { nullable: true })
  upper: number | null;

  @Field(() => [ImpactPoint])
  series: ImpactPoint[];
}

@ObjectType({ description: 'Målbedömningar i godkända uppföljningar för en grupp; antalen visas bara för minst minsta gruppstorlek organisationer.' })
export class GoalOutcomeGroup {
  @Field(() => String, { description: 'Fokusområdet, satsningens id eller "ALL".' })
  key: string;

  @Field(() => String)
  label: string;

  @Field(() => Int)
  organizations: number;

  @Field(() => Boolean, { description: 'Sant när antalen hålls inne (för få organisationer, eller för att en annan grupp inte ska kunna räknas fram).' })
  suppressed: boolean;

  @Field(() => Int, { nullable: true })
  achieved: number | null;

  @Field(() => Int, { nullable: true })
  partlyAchieved: number | null;

  @Field(() => Int, { nullable: true })
  notAchieved: number | null;

  @Field(() => Int, { nullable: true })
  ongoing: number | null;

  @Field(() => Int, { nullable: true })
  total: number | null;
}

@ObjectType({ description: 'Offentlig: minskar skillnaderna mellan kvinnor och män snabbare där metoden används? Bara aggregat på organisationsnivå.' })
export class ImpactOverview {
  @Field(() => Int, { description: 'Minsta antal organisationer bakom en siffra som visas.' })
  minGroupSize: number;

  @Field(() => Float)
  confidenceLevel: number;

  @Field(() => Int)
  bootstrapReplicates: number;

  @Field(() => Int, { description: 'Organisationer som deltagit (som nya) med ett kopplat nyckeltal, inom avgränsningen.' })
  participantsTotal: number;

  @Field(() => Int, { description: 'Kommuner och regioner som aldrig deltagit.' })
  comparisonTotal: number;

  @Field(() => [Int], { description: 'Generationer som finns bland deltagarna (för avgränsningen).' })
  generations: number[];

  @Field(() => Date, { nullable: true, description: 'När jämförelsedata senast hämtades från Kolada.' })
  dataUpdatedAt: Date | null;

  @Field(() => [ImpactKeyFigure])
  keyFigures: ImpactKeyFigure[];

  @Field(() => GoalOutcomeGroup)
  goalOutcomeTotal: GoalOutcomeGroup;

  @Field(() => [GoalOutcomeGroup])
  goalOutcomesByFocusArea: GoalOutcomeGroup[];

  @Field(() => [GoalOutcomeGroup])
  goalOutcomesByProgramme: GoalOutcomeGroup[];
}
