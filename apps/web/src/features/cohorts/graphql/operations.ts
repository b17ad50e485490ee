import { graphql } from '../../../gql';

export const CohortListItemFragment = graphql(`
  fragment CohortListItem on Cohort {
    id
    name
    status
    startDate
    followUpDueDate
    programme {
      id
      name
    }
    members {
      id
      role
      withdrawnAt
      organization {
        id
        code
        name
      }
    }
    meetings {
      id
      kind
      title
      startsAt
      cancelledAt
    }
  }
`);

export const CohortsQuery = graphql(`
  query Cohorts($programmeId: ID, $status: CohortStatus) {
    cohorts(programmeId: $programmeId, status: $status) {
      ...CohortListItem
    }
  }
`);

export const ProgrammeOptionsQuery = graphql(`
  query ProgrammeOptions {
    programmes {
      ...ProgrammeFields
    }
  }
`);

export const WorkingGroupPersonFragment = graphql(`
  fragment WorkingGroupPerson on WorkingGroupMember {
    id
    name
    title
    role
    email
  }
`);

export const CohortMeetingFragment = graphql(`
  fragment CohortMeeting on Meeting {
    id
    kind
    title
    startsAt
    endsAt
    location
    notes
    cancelledAt
    cancelReason
    version
  }
`);

export const CohortDetailsFragment = graphql(`
  fragment CohortDetails on Cohort {
    id
    name
    status
    version
    startDate
    followUpDueDate
    allowedTransitions
    programme {
      ...ProgrammeFields
    }
    processLeader {
      id
      name
      email
    }
    members {
      id
      role
      joinedAt
      withdrawnAt
      withdrawalReason
      organization {
        id
        code
        name
        shortName
      }
      workingGroup {
        ...WorkingGroupPerson
      }
    }
    meetings {
      ...CohortMeeting
    }
    followUpComplete
    checkpoints {
      id
      kind
      dueDate
      reports {
        id
        status
        organization {
          id
          code
        }
      }
    }
  }
`);

export const CohortQuery = graphql(`
  query Cohort($id: ID!) {
    cohort(id: $id) {
      ...CohortDetails
    }
  }
`);

export const CandidateOrganizationsQuery = graphql(`
  query CandidateOrganizations($kind: OrganizationKind, $mentorEligible: Boolean) {
    organizations(kind: $kind, mentorEligible: $mentorEligible) {
      id
      code
      name
      shortName
      countyCode
    }
  }
`);

export const CreateCohortMutation = graphql(`
  mutation CreateCohort($input: CreateCohortInput!) {
    createCohort(input: $input) {
      ...CohortDetails
    }
  }
`);

export const UpdateCohortMutation = graphql(`
  mutation UpdateCohort($id: ID!, $version: Int!, $input: UpdateCohortInput!) {
    updateCohort(id: $id, version: $version, input: $input) {
      ...CohortDetails
    }
  }
`);

export const TransitionCohortMutation = graphql(`
  mutation TransitionCohort($id: ID!, $to: CohortStatus!, $version: Int!, $reason: String) {
    transitionCohort(id: $id, to: $to, version: $version, reason: $reason) {
      ...CohortDetails
    }
  }
`);

export const AddMenteeMutation = graphql(`
  mutation AddMentee($cohortId: ID!, $organizationCode: String!) {
    addMentee(cohortId: $cohortId, organizationCode: $organizationCode) {
      ...CohortDetails
    }
  }
`);

export const WithdrawMemberMutation = graphql(`
  mutation WithdrawMember($cohortId: ID!, $organizationCode: String!, $reason: String!) {
    withdrawMember(cohortId: $cohortId, organizationCode: $organizationCode, reason: $reason) {
      ...CohortDetails
    }
  }
`);

/** A member organisation's working group as its form edits it: the people, and the version to send back. */
export const EditableWorkingGroupFragment = graphql(`
  fragment EditableWorkingGroup on CohortMember {
    id
    role
    withdrawnAt
    organization {
      id
      code
      name
    }
    workingGroupVersion
    workingGroup {
      ...WorkingGroupPerson
    }
  }
`);

/** The working-group page: the cohort's members (who may edit which group) with their groups and versions. */
export const WorkingGroupQuery = graphql(`
  query WorkingGroup($id: ID!) {
    cohort(id: $id) {
      id
      name
      members {
        ...EditableWorkingGroup
      }
    }
  }
`);

export const SetWorkingGroupMutation = graphql(`
  mutation SetWorkingGroup($cohortId: ID!, $organizationCode: String!, $version: Int!, $members: [WorkingGroupMemberInput!]!) {
    setWorkingGroup(cohortId: $cohortId, organizationCode: $organizationCode, version: $version, members: $members) {
      id
      workingGroupVersion
      workingGroup {
        ...WorkingGroupPerson
      }
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($cohortId: ID!, $input: MeetingInput!) {
    scheduleMeeting(cohortId: $cohortId, input: $input) {
      ...CohortMeeting
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {
    updateMeeting(id: $id, version: $version, input: $input) {
      ...CohortMeeting
    }
  }
`);

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) {
    cancelMeeting(id: $id, version: $version, reason: $reason) {
      ...CohortMeeting
    }
  }
`);

/** A process leader adds the cohort's midterm follow-up (the one-year follow-up comes with the cohort). */
export const AddCheckpointMutation = graphql(`
  mutation AddCheckpoint($cohortId: ID!, $kind: CheckpointKind!, $dueDate: Date!) {
    addCheckpoint(cohortId: $cohortId, kind: $kind, dueDate: $dueDate) {
      id
      kind
      dueDate
    }
  }
`);
