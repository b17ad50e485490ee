import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ReachStatus } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { Cohort } from '../../cohorts/models/cohort.model';
import { Organization } from '../../organizations/models/organization.model';

// The network's types (API.md): built whole by NetworkService from a fixed number of statements, so
// none of their fields needs a resolver of its own except Cohort's relations (CohortsResolver, which
// for a public summary serves nothing personal: see Cohort.publicSummary).

@ObjectType({ description: 'Hur långt metoden har nått en kommun eller region.' })
export class OrganizationReach {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => ReachStatus)
  status: ReachStatus;

  @Field(() => Int, { nullable: true, description: 'Generation i mentorskedjan: grundande mentorer 0, den nya hos en mentor i generation n är n + 1; null om inte nådd.' })
  generation: number | null;
}

@ObjectType({ description: 'Vem som var mentor för vem, i vilken omgång.' })
export class MentorEdge {
  @Field(() => Organization)
  mentor: Organization;

  @Field(() => Organization)
  mentee: Organization;

  @Field(() => Cohort, { description: 'Omgången; för den som inte är med i den bara namn, status, datum och satsning.' })
  cohort: Cohort;
}

@ObjectType({ description: 'Nätverkets räckvidd: offentliga siffror på organisationsnivå, inga personuppgifter.' })
export class NetworkOverview {
  @Field(() => Int)
  municipalitiesTotal: number;

  @Field(() => Int)
  municipalitiesReached: number;

  @Field(() => Int)
  regionsTotal: number;

  @Field(() => Int)
  regionsReached: number;

  @Field(() => Int, { description: 'Organisationer som kan bli mentorer.' })
  mentorsEligible: number;

  @Field(() => Int, { description: 'Omgångar som är planerade, pågår eller är i uppföljning.' })
  activeCohorts: number;

  @Field(() => Int, { description: 'Antal generationer i mentorskedjan (högsta generation + 1; 0 utan omgångar).' })
  generations: number;

  @Field(() => [OrganizationReach], { description: 'Alla kommuner och regioner (inte SKR), i kodordning.' })
  organizations: OrganizationReach[];

  @Field(() => [MentorEdge], { description: 'Mentor → ny, omgång för omgång, äldsta omgången först.' })
  lineage: MentorEdge[];
}

@ObjectType({ description: 'En föreslagen mentor med poäng och skäl på svenska.' })
export class MentorSuggestion {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => Float, { description: 'Summan av delarnas poäng, 0–100 (docs/domain.md, "Mentor suggestions").' })
  score: number;

  @Field(() => [String])
  reasons: string[];
}
