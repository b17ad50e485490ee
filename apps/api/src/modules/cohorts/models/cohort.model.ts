import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CheckpointKind, CohortStatus, MeetingKind, MemberRole, WorkingGroupRole } from '@modellkommuner/shared';
import '../../../infrastructure/graphql/enums';
import { Forbidden } from '../../../infrastructure/errors/app-error';
import { DateOnly } from '../../../infrastructure/graphql/date.scalar';
import { Organization } from '../../organizations/models/organization.model';
import { Programme } from '../../programmes/models/programme.model';
import { User } from '../../users/models/user.model';
import { CheckpointEntity } from '../entities/checkpoint.entity';
import { CohortMemberEntity } from '../entities/cohort-member.entity';
import { CohortEntity } from '../entities/cohort.entity';
import { MeetingEntity } from '../entities/meeting.entity';
import { WorkingGroupMemberEntity } from '../entities/working-group-member.entity';

// Relation fields (programme, organization, members, …) are resolved through DataLoaders in
// CohortsResolver and friends; the ids they need travel on the model but are not in the schema.
// The back-references to Cohort (CohortMember.cohort, Meeting.cohort, Checkpoint.cohort) are declared
// only by their @ResolveField, since Cohort is defined below them.

@ObjectType({ description: 'En person i en medlemsorganisations arbetsgrupp.' })
export class WorkingGroupMember {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => WorkingGroupRole)
  role: WorkingGroupRole;

  @Field(() => String, { nullable: true })
  email: string | null;

  static from(entity: WorkingGroupMemberEntity): WorkingGroupMember {
    return Object.assign(new WorkingGroupMember(), { id: entity.id, name: entity.name, title: entity.title, role: entity.role, email: entity.email });
  }
}

@ObjectType({ description: 'En kommun eller region i en omgång, som mentor eller ny.' })
export class CohortMember {
  @Field(() => ID)
  id: string;

  cohortId: string;

  @Field(() => Organization)
  organization?: Organization;

  organizationId: string;

  @Field(() => MemberRole)
  role: MemberRole;

  @Field()
  joinedAt: Date;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => String, { nullable: true })
  withdrawalReason: string | null;

  @Field(() => [WorkingGroupMember])
  workingGroup?: WorkingGroupMember[];

  @Field(() => Int, { description: 'Arbetsgruppens version: skickas med setWorkingGroup; höjs vid varje ändring.' })
  workingGroupVersion: number;

  static from(entity: CohortMemberEntity): CohortMember {
    return Object.assign(new CohortMember(), {
      id: entity.id,
      cohortId: entity.cohortId,
      organizationId: entity.organizationId,
      role: entity.role,
      joinedAt: entity.joinedAt,
      withdrawnAt: entity.withdrawnAt,
      withdrawalReason: entity.withdrawalReason,
      workingGroupVersion: entity.workingGroupVersion,
    });
  }
}

@ObjectType({ description: 'Ett möte i en omgång: uppstartsmöte, erfarenhetsutbyte eller återsamling.' })
export class Meeting {
  @Field(() => ID)
  id: string;

  cohortId: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field(() => Date, { nullable: true })
  endsAt: Date | null;

  @Field(() => String, { nullable: true, description: 'En plats eller en möteslänk.' })
  location: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field(() => Int, { description: 'Skickas med updateMeeting och cancelMeeting; höjs vid varje ändring.' })
  version: number;

  static from(entity: MeetingEntity): Meeting {
    return Object.assign(new Meeting(), {
      id: entity.id,
      cohortId: entity.cohortId,
      kind: entity.kind,
      title: entity.title,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      location: entity.location,
      notes: entity.notes,
      cancelledAt: entity.cancelledAt,
      cancelReason: entity.cancelReason,
      version: entity.version,
    });
  }
}

@ObjectType({ description: 'En uppföljningspunkt: efter ett år, eller halvvägs.' })
export class Checkpoint {
  @Field(() => ID)
  id: string;

  cohortId: string;

  @Field(() => CheckpointKind)
  kind: CheckpointKind;

  @Field(() => DateOnly)
  dueDate: string;

  static from(entity: CheckpointEntity): Checkpoint {
    return Object.assign(new Checkpoint(), { id: entity.id, cohortId: entity.cohortId, kind: entity.kind, dueDate: entity.dueDate });
  }
}

@ObjectType({ description: 'En omgång: en mentor och två eller tre nya kommuner eller regioner.' })
export class Cohort {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Programme)
  programme?: Programme;

  programmeId: string;

  @Field(() => CohortStatus)
  status: CohortStatus;

  @Field(() => DateOnly)
  startDate: string;

  @Field(() => DateOnly)
  followUpDueDate: string;

  @Field(() => User)
  processLeader?: User;

  processLeaderId: string;

  @Field(() => CohortMember)
  mentor?: CohortMember;

  @Field(() => [CohortMember], { description: 'De nya, även de som har lämnat (withdrawnAt).' })
  mentees?: CohortMember[];

  @Field(() => [CohortMember])
  members?: CohortMember[];

  @Field(() => [Meeting], { description: 'Mötena i tidsordning, inställda möten med cancelledAt.' })
  meetings?: Meeting[];

  @Field(() => [Checkpoint])
  checkpoints?: Checkpoint[];

  @Field(() => [CohortStatus], { description: 'Statusar som den inloggade kan flytta omgången till härifrån.' })
  allowedTransitions?: CohortStatus[];

  @Field(() => Int)
  version: number;

  /**
   * Reached through the public network lineage by someone not in the cohort: only its name, status,
   * dates and programme may be read (every other relation refuses: see assertFullCohort).
   */
  publicSummary?: boolean;

  static from(entity: CohortEntity): Cohort {
    return Object.assign(new Cohort(), {
      id: entity.id,
      name: entity.name,
      programmeId: entity.programmeId,
      status: entity.status,
      startDate: entity.startDate,
      followUpDueDate: entity.followUpDueDate,
      processLeaderId: entity.processLeaderId,
      version: entity.version,
    });
  }
}

/**
 * Refuses a relation of a cohort that is only a public summary (Cohort.publicSummary): its members,
 * working groups, meetings, goals, reports and reminders are for the cohort and process leaders only.
 */
export function assertFullCohort(cohort: Cohort): void {
  if (cohort.publicSummary) throw Forbidden('Det här visas bara för omgångens medlemmar och processledare.');
}
