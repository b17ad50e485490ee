/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n": typeof types.CalendarUrlDocument,
    "\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n": typeof types.RotateCalendarTokenDocument,
    "\n  query AuditLog($entity: String, $entityId: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      edges {\n        id\n        at\n        action\n        entity\n        entityId\n        reason\n        before\n        after\n        subject\n        subjectContext\n        subjectPath\n        actor {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActors {\n    auditActors {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditActorsDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    active\n    organization {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment CohortListItem on Cohort {\n    id\n    name\n    status\n    startDate\n    followUpDueDate\n    programme {\n      id\n      name\n    }\n    members {\n      id\n      role\n      withdrawnAt\n      organization {\n        id\n        code\n        name\n      }\n    }\n    meetings {\n      id\n      kind\n      title\n      startsAt\n      cancelledAt\n    }\n  }\n": typeof types.CohortListItemFragmentDoc,
    "\n  query Cohorts($programmeId: ID, $status: CohortStatus) {\n    cohorts(programmeId: $programmeId, status: $status) {\n      ...CohortListItem\n    }\n  }\n": typeof types.CohortsDocument,
    "\n  query ProgrammeOptions {\n    programmes {\n      ...ProgrammeFields\n    }\n  }\n": typeof types.ProgrammeOptionsDocument,
    "\n  fragment WorkingGroupPerson on WorkingGroupMember {\n    id\n    name\n    title\n    role\n    email\n  }\n": typeof types.WorkingGroupPersonFragmentDoc,
    "\n  fragment CohortMeeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    cancelledAt\n    cancelReason\n    version\n  }\n": typeof types.CohortMeetingFragmentDoc,
    "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    status\n    version\n    startDate\n    followUpDueDate\n    allowedTransitions\n    programme {\n      ...ProgrammeFields\n    }\n    processLeader {\n      id\n      name\n      email\n    }\n    members {\n      id\n      role\n      joinedAt\n      withdrawnAt\n      withdrawalReason\n      organization {\n        id\n        code\n        name\n        shortName\n      }\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n    meetings {\n      ...CohortMeeting\n    }\n    followUpComplete\n    checkpoints {\n      id\n      kind\n      dueDate\n      reports {\n        id\n        status\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.CohortDetailsFragmentDoc,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n": typeof types.CohortDocument,
    "\n  query CandidateOrganizations($kind: OrganizationKind, $mentorEligible: Boolean) {\n    organizations(kind: $kind, mentorEligible: $mentorEligible) {\n      id\n      code\n      name\n      shortName\n      countyCode\n    }\n  }\n": typeof types.CandidateOrganizationsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortDetails\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $version: Int!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, version: $version, input: $input) {\n      ...CohortDetails\n    }\n  }\n": typeof types.UpdateCohortDocument,
    "\n  mutation TransitionCohort($id: ID!, $to: CohortStatus!, $version: Int!, $reason: String) {\n    transitionCohort(id: $id, to: $to, version: $version, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n": typeof types.TransitionCohortDocument,
    "\n  mutation AddMentee($cohortId: ID!, $organizationCode: String!) {\n    addMentee(cohortId: $cohortId, organizationCode: $organizationCode) {\n      ...CohortDetails\n    }\n  }\n": typeof types.AddMenteeDocument,
    "\n  mutation WithdrawMember($cohortId: ID!, $organizationCode: String!, $reason: String!) {\n    withdrawMember(cohortId: $cohortId, organizationCode: $organizationCode, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n": typeof types.WithdrawMemberDocument,
    "\n  fragment EditableWorkingGroup on CohortMember {\n    id\n    role\n    withdrawnAt\n    organization {\n      id\n      code\n      name\n    }\n    workingGroupVersion\n    workingGroup {\n      ...WorkingGroupPerson\n    }\n  }\n": typeof types.EditableWorkingGroupFragmentDoc,
    "\n  query WorkingGroup($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      members {\n        ...EditableWorkingGroup\n      }\n    }\n  }\n": typeof types.WorkingGroupDocument,
    "\n  mutation SetWorkingGroup($cohortId: ID!, $organizationCode: String!, $version: Int!, $members: [WorkingGroupMemberInput!]!) {\n    setWorkingGroup(cohortId: $cohortId, organizationCode: $organizationCode, version: $version, members: $members) {\n      id\n      workingGroupVersion\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n  }\n": typeof types.SetWorkingGroupDocument,
    "\n  mutation ScheduleMeeting($cohortId: ID!, $input: MeetingInput!) {\n    scheduleMeeting(cohortId: $cohortId, input: $input) {\n      ...CohortMeeting\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...CohortMeeting\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) {\n    cancelMeeting(id: $id, version: $version, reason: $reason) {\n      ...CohortMeeting\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation AddCheckpoint($cohortId: ID!, $kind: CheckpointKind!, $dueDate: Date!) {\n    addCheckpoint(cohortId: $cohortId, kind: $kind, dueDate: $dueDate) {\n      id\n      kind\n      dueDate\n    }\n  }\n": typeof types.AddCheckpointDocument,
    "\n  query SuggestMentors($programmeId: ID!, $menteeCodes: [String!]!) {\n    suggestMentors(programmeId: $programmeId, menteeCodes: $menteeCodes) {\n      score\n      reasons\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.SuggestMentorsDocument,
    "\n  query ProgrammeCohortMembers($programmeId: ID!) {\n    cohorts(programmeId: $programmeId) {\n      id\n      name\n      status\n      members {\n        id\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProgrammeCohortMembersDocument,
    "\n  fragment ExampleEditorFields on LearningExample {\n    id\n    slug\n    editorComment\n    version\n    ...LibraryExampleFields\n  }\n": typeof types.ExampleEditorFieldsFragmentDoc,
    "\n  fragment ExampleWorkflowFields on LearningExample {\n    id\n    slug\n    status\n    version\n    editorComment\n    publishedAt\n    updatedAt\n  }\n": typeof types.ExampleWorkflowFieldsFragmentDoc,
    "\n  query ExampleForEdit($slug: String!) {\n    learningExample(slug: $slug) {\n      ...ExampleEditorFields\n    }\n  }\n": typeof types.ExampleForEditDocument,
    "\n  query EditorVocabularies {\n    vocabularies {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n": typeof types.EditorVocabulariesDocument,
    "\n  query ExampleOrganizationSearch($search: String!) {\n    organizations(search: $search) {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n  }\n": typeof types.ExampleOrganizationSearchDocument,
    "\n  mutation CreateLearningExample($input: LearningExampleInput!) {\n    createLearningExample(input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n": typeof types.CreateLearningExampleDocument,
    "\n  mutation UpdateLearningExample($id: ID!, $version: Int!, $input: LearningExampleInput!) {\n    updateLearningExample(id: $id, version: $version, input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n": typeof types.UpdateLearningExampleDocument,
    "\n  mutation SubmitLearningExample($id: ID!, $version: Int!) {\n    submitLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n": typeof types.SubmitLearningExampleDocument,
    "\n  mutation PublishLearningExample($id: ID!, $version: Int!) {\n    publishLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n": typeof types.PublishLearningExampleDocument,
    "\n  mutation ReturnLearningExample($id: ID!, $version: Int!, $comment: String!) {\n    returnLearningExample(id: $id, version: $version, comment: $comment) {\n      ...ExampleWorkflowFields\n    }\n  }\n": typeof types.ReturnLearningExampleDocument,
    "\n  mutation ArchiveLearningExample($id: ID!, $version: Int!) {\n    archiveLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n": typeof types.ArchiveLearningExampleDocument,
    "\n  query EditorialExamples($filter: ExampleFilter!, $first: Int!, $after: String) {\n    searchLearningExamples(filter: $filter, sort: NEWEST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          updatedAt\n          organizations {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.EditorialExamplesDocument,
    "\n  mutation ImportLearningExamples($text: String!) {\n    importLearningExamples(text: $text) {\n      created\n      updated\n      skipped\n      errors\n      examples {\n        id\n        slug\n        title\n        status\n      }\n    }\n  }\n": typeof types.ImportLearningExamplesDocument,
    "\n  mutation SetVocabulary($kind: VocabularyKind!, $terms: [String!]!) {\n    setVocabulary(kind: $kind, terms: $terms) {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n": typeof types.SetVocabularyDocument,
    "\n  fragment LibraryExampleFields on LearningExample {\n    title\n    summary\n    status\n    publishedAt\n    updatedAt\n    organizations {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n    originKind\n    subjects\n    activityAreas\n    periodStart\n    periodEnd\n    background\n    implementation\n    successFactors\n    results\n    keyConclusions\n    furtherReading {\n      title\n      url\n    }\n    contacts {\n      name\n      title\n      organization\n      email\n      phone\n    }\n    responsibleEditor\n    sourceUrl\n  }\n": typeof types.LibraryExampleFieldsFragmentDoc,
    "\n  query LibraryExample($slug: String!) {\n    learningExample(slug: $slug) {\n      id\n      slug\n      version\n      editorComment\n      ...LibraryExampleFields\n      related {\n        id\n        slug\n        title\n        summary\n        publishedAt\n        organizations {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.LibraryExampleDocument,
    "\n  query LibrarySearch($query: String, $filter: ExampleFilter, $sort: ExampleSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n    searchLearningExamples(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      approximate\n      edges {\n        cursor\n        snippet\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          organizations {\n            id\n            shortName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        subjects {\n          value\n          count\n        }\n        activityAreas {\n          value\n          count\n        }\n        originKinds {\n          value\n          count\n        }\n        counties {\n          value\n          count\n        }\n        startYears {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.LibrarySearchDocument,
    "\n  fragment FollowUpReportDetails on FollowUpReport {\n    id\n    status\n    version\n    summary\n    whatWorked\n    challenges\n    nextSteps\n    submittedAt\n    updatedAt\n    organization {\n      id\n      code\n    }\n    goalAssessments {\n      status\n      comment\n      goal {\n        id\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      createdAt\n      reviewer {\n        id\n        name\n      }\n    }\n    snapshot {\n      takenAt\n      indicators {\n        goalId\n        goalTitle\n        name\n        unit\n        direction\n        byGender\n        baselinePeriod\n        progress {\n          ...IndicatorProgressFields\n        }\n        progressByGender {\n          gender\n          progress {\n            status\n            baseline\n            baselinePeriod\n            latest\n            latestPeriod\n          }\n        }\n        values {\n          period\n          gender\n          value\n        }\n        targets {\n          gender\n          period\n          value\n        }\n      }\n    }\n  }\n": typeof types.FollowUpReportDetailsFragmentDoc,
    "\n  query ReportPage($checkpointId: ID!, $code: String!) {\n    checkpoint(id: $checkpointId) {\n      id\n      kind\n      dueDate\n      cohort {\n        id\n        name\n        status\n        startDate\n        followUpDueDate\n        members {\n          id\n          role\n          withdrawnAt\n          organization {\n            id\n            code\n            name\n            shortName\n          }\n        }\n        goals {\n          id\n          title\n          scope\n          organization {\n            id\n            code\n          }\n          indicators {\n            id\n            name\n            unit\n            direction\n            byGender\n            baselinePeriod\n            progress(organizationCode: $code) {\n              ...IndicatorProgressFields\n            }\n            measurements(organizationCode: $code) {\n              id\n              period\n              gender\n              value\n            }\n          }\n        }\n      }\n      reports {\n        id\n        status\n        version\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n": typeof types.ReportPageDocument,
    "\n  query Report($id: ID!) {\n    followUpReport(id: $id) {\n      ...FollowUpReportDetails\n    }\n  }\n": typeof types.ReportDocument,
    "\n  mutation SaveFollowUpReport($input: SaveFollowUpReportInput!) {\n    saveFollowUpReport(input: $input) {\n      id\n      status\n      version\n      summary\n      whatWorked\n      challenges\n      nextSteps\n      updatedAt\n    }\n  }\n": typeof types.SaveFollowUpReportDocument,
    "\n  mutation SubmitFollowUpReport($id: ID!, $version: Int!) {\n    submitFollowUpReport(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n": typeof types.SubmitFollowUpReportDocument,
    "\n  mutation ReviewFollowUpReport($input: ReviewInput!) {\n    reviewFollowUpReport(input: $input) {\n      id\n      decision\n      comment\n      createdAt\n    }\n  }\n": typeof types.ReviewFollowUpReportDocument,
    "\n  mutation CreateExampleDraftFromReport($reportId: ID!) {\n    createExampleDraftFromReport(reportId: $reportId) {\n      id\n      slug\n      title\n      status\n    }\n  }\n": typeof types.CreateExampleDraftFromReportDocument,
    "\n  query FollowUpReports($cohortId: ID) {\n    followUpReports(cohortId: $cohortId) {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.FollowUpReportsDocument,
    "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    status\n    baseline\n    baselinePeriod\n    latest\n    latestPeriod\n    target\n    targetPeriod\n    ratio\n    genderGap\n    genderGapBaseline\n    genderGapChange\n    derivedTotal\n  }\n": typeof types.IndicatorProgressFieldsFragmentDoc,
    "\n  fragment KoladaSyncFields on KoladaSync {\n    id\n    status\n    requestedAt\n    finishedAt\n    created\n    updated\n    skipped\n    message\n    problems\n  }\n": typeof types.KoladaSyncFieldsFragmentDoc,
    "\n  fragment GoalIndicator on Indicator {\n    id\n    name\n    unit\n    direction\n    byGender\n    koladaKpiId\n    koladaKpiTitle\n    baselinePeriod\n    version\n    valueCount\n    measurements(organizationCode: $code) {\n      id\n      period\n      gender\n      value\n      source\n    }\n    targets(organizationCode: $code) {\n      gender\n      period\n      value\n    }\n    progress(organizationCode: $code) {\n      ...IndicatorProgressFields\n    }\n  }\n": typeof types.GoalIndicatorFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    scope\n    title\n    description\n    focusArea\n    version\n    updatedAt\n    organization {\n      id\n      code\n      name\n    }\n    indicators {\n      ...GoalIndicator\n    }\n  }\n": typeof types.GoalFieldsFragmentDoc,
    "\n  query GoalsPage($id: ID!, $code: String!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n          shortName\n        }\n      }\n      koladaSync {\n        ...KoladaSyncFields\n      }\n      goals {\n        ...GoalFields\n      }\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n": typeof types.GoalsPageDocument,
    "\n  query KoladaSyncStatus($id: ID!) {\n    cohort(id: $id) {\n      id\n      koladaSync {\n        ...KoladaSyncFields\n      }\n    }\n  }\n": typeof types.KoladaSyncStatusDocument,
    "\n  query KoladaKpi($id: String!) {\n    koladaKpi(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.KoladaKpiDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      scope\n      version\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n      title\n      description\n      focusArea\n      version\n      updatedAt\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation RemoveGoal($id: ID!, $version: Int!) {\n    removeGoal(id: $id, version: $version)\n  }\n": typeof types.RemoveGoalDocument,
    "\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      direction\n      byGender\n      koladaKpiId\n      koladaKpiTitle\n      baselinePeriod\n      version\n    }\n  }\n": typeof types.UpdateIndicatorDocument,
    "\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n": typeof types.RemoveIndicatorDocument,
    "\n  mutation SetTargets($indicatorId: ID!, $targets: [TargetInput!]!) {\n    setTargets(indicatorId: $indicatorId, targets: $targets) {\n      id\n    }\n  }\n": typeof types.SetTargetsDocument,
    "\n  mutation RecordMeasurements($input: RecordMeasurementsInput!) {\n    recordMeasurements(input: $input) {\n      id\n      period\n      gender\n      value\n      source\n    }\n  }\n": typeof types.RecordMeasurementsDocument,
    "\n  mutation ClearMeasurements($indicatorId: ID!, $organizationCode: String!, $cells: [MeasurementCellInput!]!) {\n    clearMeasurements(indicatorId: $indicatorId, organizationCode: $organizationCode, cells: $cells)\n  }\n": typeof types.ClearMeasurementsDocument,
    "\n  mutation RequestKoladaSync($cohortId: ID!) {\n    requestKoladaSync(cohortId: $cohortId)\n  }\n": typeof types.RequestKoladaSyncDocument,
    "\n  query GoalOverview($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n      goalOverview {\n        indicators {\n          id\n          name\n          unit\n          direction\n          byGender\n          goal {\n            id\n            title\n          }\n        }\n        rows {\n          role\n          organization {\n            id\n            code\n            name\n          }\n          cells {\n            indicatorId\n            progress {\n              ...IndicatorProgressFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.GoalOverviewDocument,
    "\n  query ImpactFilterChoices {\n    programmes {\n      id\n      name\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n": typeof types.ImpactFilterChoicesDocument,
    "\n  fragment ImpactPointFields on ImpactPoint {\n    offset\n    participantGap\n    participantCount\n    comparisonGap\n    comparisonCount\n  }\n": typeof types.ImpactPointFieldsFragmentDoc,
    "\n  fragment GoalOutcomeGroupFields on GoalOutcomeGroup {\n    key\n    label\n    organizations\n    suppressed\n    achieved\n    partlyAchieved\n    notAchieved\n    ongoing\n    total\n  }\n": typeof types.GoalOutcomeGroupFieldsFragmentDoc,
    "\n  query ImpactOverview($filter: ImpactFilter) {\n    impactOverview(filter: $filter) {\n      minGroupSize\n      confidenceLevel\n      bootstrapReplicates\n      participantsTotal\n      comparisonTotal\n      generations\n      dataUpdatedAt\n      keyFigures {\n        kpiId\n        title\n        status\n        sentence\n        participants\n        comparison\n        awaitingData\n        missingData\n        participantChange\n        comparisonChange\n        difference\n        lower\n        upper\n        series {\n          ...ImpactPointFields\n        }\n      }\n      goalOutcomeTotal {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByFocusArea {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByProgramme {\n        ...GoalOutcomeGroupFields\n      }\n    }\n  }\n": typeof types.ImpactOverviewDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expired\n      used\n      revoked\n      expiresAt\n      invitedByName\n      organization {\n        id\n        code\n        name\n        kind\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query OrganizationInvitations($organizationCode: String!) {\n    invitations(organizationCode: $organizationCode) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n": typeof types.OrganizationInvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      sendCount\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query NetworkProgrammes {\n    programmes {\n      id\n      name\n    }\n  }\n": typeof types.NetworkProgrammesDocument,
    "\n  fragment NetworkOrganizationFields on Organization {\n    id\n    code\n    name\n    shortName\n    kind\n    countyCode\n  }\n": typeof types.NetworkOrganizationFieldsFragmentDoc,
    "\n  query NetworkOverview($programmeId: ID) {\n    networkOverview(programmeId: $programmeId) {\n      municipalitiesTotal\n      municipalitiesReached\n      regionsTotal\n      regionsReached\n      mentorsEligible\n      activeCohorts\n      generations\n      organizations {\n        status\n        generation\n        organization {\n          ...NetworkOrganizationFields\n        }\n      }\n      lineage {\n        mentor {\n          id\n        }\n        mentee {\n          id\n        }\n        cohort {\n          id\n          name\n          status\n          startDate\n        }\n      }\n    }\n  }\n": typeof types.NetworkOverviewDocument,
    "\n  query Organizations($kind: OrganizationKind, $search: String, $countyCode: String) {\n    organizations(kind: $kind, search: $search, countyCode: $countyCode) {\n      id\n      code\n      name\n      kind\n      countyCode\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Organization($code: String!) {\n    organization(code: $code) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyCode\n      mentorEligible\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query OrganizationMemberships($code: String!) {\n    organization(code: $code) {\n      id\n      memberships {\n        id\n        role\n        withdrawnAt\n        cohort {\n          id\n          name\n          status\n          startDate\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationMembershipsDocument,
    "\n  mutation MarkMentorEligible($organizationCode: String!, $reason: String!) {\n    markMentorEligible(organizationCode: $organizationCode, reason: $reason) {\n      id\n      mentorEligible\n    }\n  }\n": typeof types.MarkMentorEligibleDocument,
    "\n  fragment ProgrammeFields on Programme {\n    id\n    name\n    theme\n    organizationKind\n    minMentees\n    maxMentees\n    followUpMonths\n  }\n": typeof types.ProgrammeFieldsFragmentDoc,
    "\n  query Programmes {\n    programmes {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n": typeof types.ProgrammesDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n": typeof types.CreateProgrammeDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int!) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query ReminderPreferences {\n    me {\n      id\n      reminderPreferences {\n        kind\n        email\n      }\n    }\n  }\n": typeof types.ReminderPreferencesDocument,
    "\n  mutation SetReminderPreference($kind: ReminderKind!, $email: Boolean!) {\n    setReminderPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": typeof types.SetReminderPreferenceDocument,
    "\n  query CohortReminders($id: ID!) {\n    cohort(id: $id) {\n      id\n      upcomingReminders {\n        id\n        kind\n        dueAt\n        sentAt\n        recipients\n        about\n      }\n    }\n  }\n": typeof types.CohortRemindersDocument,
    "\n  mutation SendCustomReminder($cohortId: ID!, $organizationCodes: [String!]!, $subject: String!, $body: String!) {\n    sendCustomReminder(cohortId: $cohortId, organizationCodes: $organizationCodes, subject: $subject, body: $body)\n  }\n": typeof types.SendCustomReminderDocument,
    "\n  query Agenda($processLeader: Boolean!, $notifications: Int!, $examples: Int!) {\n    cohorts {\n      id\n      name\n      status\n      processLeader {\n        id\n      }\n      meetings {\n        id\n        title\n        startsAt\n        cancelledAt\n      }\n    }\n    followUpReports {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n    notifications(unreadOnly: true, first: $notifications) {\n      ...NotificationFields\n    }\n    examplesInReview: searchLearningExamples(filter: { statuses: [IN_REVIEW] }, sort: NEWEST, first: $examples) @include(if: $processLeader) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.AgendaDocument,
    "\n  query OrganizationUsers($organizationCode: String!) {\n    users(organizationCode: $organizationCode) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": typeof types.OrganizationUsersDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivateUserDocument,
};
const documents: Documents = {
    "\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n": types.CalendarUrlDocument,
    "\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n": types.RotateCalendarTokenDocument,
    "\n  query AuditLog($entity: String, $entityId: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      edges {\n        id\n        at\n        action\n        entity\n        entityId\n        reason\n        before\n        after\n        subject\n        subjectContext\n        subjectPath\n        actor {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActors {\n    auditActors {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.AuditActorsDocument,
    "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    active\n    organization {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  fragment CohortListItem on Cohort {\n    id\n    name\n    status\n    startDate\n    followUpDueDate\n    programme {\n      id\n      name\n    }\n    members {\n      id\n      role\n      withdrawnAt\n      organization {\n        id\n        code\n        name\n      }\n    }\n    meetings {\n      id\n      kind\n      title\n      startsAt\n      cancelledAt\n    }\n  }\n": types.CohortListItemFragmentDoc,
    "\n  query Cohorts($programmeId: ID, $status: CohortStatus) {\n    cohorts(programmeId: $programmeId, status: $status) {\n      ...CohortListItem\n    }\n  }\n": types.CohortsDocument,
    "\n  query ProgrammeOptions {\n    programmes {\n      ...ProgrammeFields\n    }\n  }\n": types.ProgrammeOptionsDocument,
    "\n  fragment WorkingGroupPerson on WorkingGroupMember {\n    id\n    name\n    title\n    role\n    email\n  }\n": types.WorkingGroupPersonFragmentDoc,
    "\n  fragment CohortMeeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    cancelledAt\n    cancelReason\n    version\n  }\n": types.CohortMeetingFragmentDoc,
    "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    status\n    version\n    startDate\n    followUpDueDate\n    allowedTransitions\n    programme {\n      ...ProgrammeFields\n    }\n    processLeader {\n      id\n      name\n      email\n    }\n    members {\n      id\n      role\n      joinedAt\n      withdrawnAt\n      withdrawalReason\n      organization {\n        id\n        code\n        name\n        shortName\n      }\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n    meetings {\n      ...CohortMeeting\n    }\n    followUpComplete\n    checkpoints {\n      id\n      kind\n      dueDate\n      reports {\n        id\n        status\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.CohortDetailsFragmentDoc,
    "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n": types.CohortDocument,
    "\n  query CandidateOrganizations($kind: OrganizationKind, $mentorEligible: Boolean) {\n    organizations(kind: $kind, mentorEligible: $mentorEligible) {\n      id\n      code\n      name\n      shortName\n      countyCode\n    }\n  }\n": types.CandidateOrganizationsDocument,
    "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortDetails\n    }\n  }\n": types.CreateCohortDocument,
    "\n  mutation UpdateCohort($id: ID!, $version: Int!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, version: $version, input: $input) {\n      ...CohortDetails\n    }\n  }\n": types.UpdateCohortDocument,
    "\n  mutation TransitionCohort($id: ID!, $to: CohortStatus!, $version: Int!, $reason: String) {\n    transitionCohort(id: $id, to: $to, version: $version, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n": types.TransitionCohortDocument,
    "\n  mutation AddMentee($cohortId: ID!, $organizationCode: String!) {\n    addMentee(cohortId: $cohortId, organizationCode: $organizationCode) {\n      ...CohortDetails\n    }\n  }\n": types.AddMenteeDocument,
    "\n  mutation WithdrawMember($cohortId: ID!, $organizationCode: String!, $reason: String!) {\n    withdrawMember(cohortId: $cohortId, organizationCode: $organizationCode, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n": types.WithdrawMemberDocument,
    "\n  fragment EditableWorkingGroup on CohortMember {\n    id\n    role\n    withdrawnAt\n    organization {\n      id\n      code\n      name\n    }\n    workingGroupVersion\n    workingGroup {\n      ...WorkingGroupPerson\n    }\n  }\n": types.EditableWorkingGroupFragmentDoc,
    "\n  query WorkingGroup($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      members {\n        ...EditableWorkingGroup\n      }\n    }\n  }\n": types.WorkingGroupDocument,
    "\n  mutation SetWorkingGroup($cohortId: ID!, $organizationCode: String!, $version: Int!, $members: [WorkingGroupMemberInput!]!) {\n    setWorkingGroup(cohortId: $cohortId, organizationCode: $organizationCode, version: $version, members: $members) {\n      id\n      workingGroupVersion\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n  }\n": types.SetWorkingGroupDocument,
    "\n  mutation ScheduleMeeting($cohortId: ID!, $input: MeetingInput!) {\n    scheduleMeeting(cohortId: $cohortId, input: $input) {\n      ...CohortMeeting\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...CohortMeeting\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) {\n    cancelMeeting(id: $id, version: $version, reason: $reason) {\n      ...CohortMeeting\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation AddCheckpoint($cohortId: ID!, $kind: CheckpointKind!, $dueDate: Date!) {\n    addCheckpoint(cohortId: $cohortId, kind: $kind, dueDate: $dueDate) {\n      id\n      kind\n      dueDate\n    }\n  }\n": types.AddCheckpointDocument,
    "\n  query SuggestMentors($programmeId: ID!, $menteeCodes: [String!]!) {\n    suggestMentors(programmeId: $programmeId, menteeCodes: $menteeCodes) {\n      score\n      reasons\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.SuggestMentorsDocument,
    "\n  query ProgrammeCohortMembers($programmeId: ID!) {\n    cohorts(programmeId: $programmeId) {\n      id\n      name\n      status\n      members {\n        id\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.ProgrammeCohortMembersDocument,
    "\n  fragment ExampleEditorFields on LearningExample {\n    id\n    slug\n    editorComment\n    version\n    ...LibraryExampleFields\n  }\n": types.ExampleEditorFieldsFragmentDoc,
    "\n  fragment ExampleWorkflowFields on LearningExample {\n    id\n    slug\n    status\n    version\n    editorComment\n    publishedAt\n    updatedAt\n  }\n": types.ExampleWorkflowFieldsFragmentDoc,
    "\n  query ExampleForEdit($slug: String!) {\n    learningExample(slug: $slug) {\n      ...ExampleEditorFields\n    }\n  }\n": types.ExampleForEditDocument,
    "\n  query EditorVocabularies {\n    vocabularies {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n": types.EditorVocabulariesDocument,
    "\n  query ExampleOrganizationSearch($search: String!) {\n    organizations(search: $search) {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n  }\n": types.ExampleOrganizationSearchDocument,
    "\n  mutation CreateLearningExample($input: LearningExampleInput!) {\n    createLearningExample(input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n": types.CreateLearningExampleDocument,
    "\n  mutation UpdateLearningExample($id: ID!, $version: Int!, $input: LearningExampleInput!) {\n    updateLearningExample(id: $id, version: $version, input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n": types.UpdateLearningExampleDocument,
    "\n  mutation SubmitLearningExample($id: ID!, $version: Int!) {\n    submitLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n": types.SubmitLearningExampleDocument,
    "\n  mutation PublishLearningExample($id: ID!, $version: Int!) {\n    publishLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n": types.PublishLearningExampleDocument,
    "\n  mutation ReturnLearningExample($id: ID!, $version: Int!, $comment: String!) {\n    returnLearningExample(id: $id, version: $version, comment: $comment) {\n      ...ExampleWorkflowFields\n    }\n  }\n": types.ReturnLearningExampleDocument,
    "\n  mutation ArchiveLearningExample($id: ID!, $version: Int!) {\n    archiveLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n": types.ArchiveLearningExampleDocument,
    "\n  query EditorialExamples($filter: ExampleFilter!, $first: Int!, $after: String) {\n    searchLearningExamples(filter: $filter, sort: NEWEST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          updatedAt\n          organizations {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.EditorialExamplesDocument,
    "\n  mutation ImportLearningExamples($text: String!) {\n    importLearningExamples(text: $text) {\n      created\n      updated\n      skipped\n      errors\n      examples {\n        id\n        slug\n        title\n        status\n      }\n    }\n  }\n": types.ImportLearningExamplesDocument,
    "\n  mutation SetVocabulary($kind: VocabularyKind!, $terms: [String!]!) {\n    setVocabulary(kind: $kind, terms: $terms) {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n": types.SetVocabularyDocument,
    "\n  fragment LibraryExampleFields on LearningExample {\n    title\n    summary\n    status\n    publishedAt\n    updatedAt\n    organizations {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n    originKind\n    subjects\n    activityAreas\n    periodStart\n    periodEnd\n    background\n    implementation\n    successFactors\n    results\n    keyConclusions\n    furtherReading {\n      title\n      url\n    }\n    contacts {\n      name\n      title\n      organization\n      email\n      phone\n    }\n    responsibleEditor\n    sourceUrl\n  }\n": types.LibraryExampleFieldsFragmentDoc,
    "\n  query LibraryExample($slug: String!) {\n    learningExample(slug: $slug) {\n      id\n      slug\n      version\n      editorComment\n      ...LibraryExampleFields\n      related {\n        id\n        slug\n        title\n        summary\n        publishedAt\n        organizations {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": types.LibraryExampleDocument,
    "\n  query LibrarySearch($query: String, $filter: ExampleFilter, $sort: ExampleSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n    searchLearningExamples(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      approximate\n      edges {\n        cursor\n        snippet\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          organizations {\n            id\n            shortName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        subjects {\n          value\n          count\n        }\n        activityAreas {\n          value\n          count\n        }\n        originKinds {\n          value\n          count\n        }\n        counties {\n          value\n          count\n        }\n        startYears {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.LibrarySearchDocument,
    "\n  fragment FollowUpReportDetails on FollowUpReport {\n    id\n    status\n    version\n    summary\n    whatWorked\n    challenges\n    nextSteps\n    submittedAt\n    updatedAt\n    organization {\n      id\n      code\n    }\n    goalAssessments {\n      status\n      comment\n      goal {\n        id\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      createdAt\n      reviewer {\n        id\n        name\n      }\n    }\n    snapshot {\n      takenAt\n      indicators {\n        goalId\n        goalTitle\n        name\n        unit\n        direction\n        byGender\n        baselinePeriod\n        progress {\n          ...IndicatorProgressFields\n        }\n        progressByGender {\n          gender\n          progress {\n            status\n            baseline\n            baselinePeriod\n            latest\n            latestPeriod\n          }\n        }\n        values {\n          period\n          gender\n          value\n        }\n        targets {\n          gender\n          period\n          value\n        }\n      }\n    }\n  }\n": types.FollowUpReportDetailsFragmentDoc,
    "\n  query ReportPage($checkpointId: ID!, $code: String!) {\n    checkpoint(id: $checkpointId) {\n      id\n      kind\n      dueDate\n      cohort {\n        id\n        name\n        status\n        startDate\n        followUpDueDate\n        members {\n          id\n          role\n          withdrawnAt\n          organization {\n            id\n            code\n            name\n            shortName\n          }\n        }\n        goals {\n          id\n          title\n          scope\n          organization {\n            id\n            code\n          }\n          indicators {\n            id\n            name\n            unit\n            direction\n            byGender\n            baselinePeriod\n            progress(organizationCode: $code) {\n              ...IndicatorProgressFields\n            }\n            measurements(organizationCode: $code) {\n              id\n              period\n              gender\n              value\n            }\n          }\n        }\n      }\n      reports {\n        id\n        status\n        version\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n": types.ReportPageDocument,
    "\n  query Report($id: ID!) {\n    followUpReport(id: $id) {\n      ...FollowUpReportDetails\n    }\n  }\n": types.ReportDocument,
    "\n  mutation SaveFollowUpReport($input: SaveFollowUpReportInput!) {\n    saveFollowUpReport(input: $input) {\n      id\n      status\n      version\n      summary\n      whatWorked\n      challenges\n      nextSteps\n      updatedAt\n    }\n  }\n": types.SaveFollowUpReportDocument,
    "\n  mutation SubmitFollowUpReport($id: ID!, $version: Int!) {\n    submitFollowUpReport(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n": types.SubmitFollowUpReportDocument,
    "\n  mutation ReviewFollowUpReport($input: ReviewInput!) {\n    reviewFollowUpReport(input: $input) {\n      id\n      decision\n      comment\n      createdAt\n    }\n  }\n": types.ReviewFollowUpReportDocument,
    "\n  mutation CreateExampleDraftFromReport($reportId: ID!) {\n    createExampleDraftFromReport(reportId: $reportId) {\n      id\n      slug\n      title\n      status\n    }\n  }\n": types.CreateExampleDraftFromReportDocument,
    "\n  query FollowUpReports($cohortId: ID) {\n    followUpReports(cohortId: $cohortId) {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.FollowUpReportsDocument,
    "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    status\n    baseline\n    baselinePeriod\n    latest\n    latestPeriod\n    target\n    targetPeriod\n    ratio\n    genderGap\n    genderGapBaseline\n    genderGapChange\n    derivedTotal\n  }\n": types.IndicatorProgressFieldsFragmentDoc,
    "\n  fragment KoladaSyncFields on KoladaSync {\n    id\n    status\n    requestedAt\n    finishedAt\n    created\n    updated\n    skipped\n    message\n    problems\n  }\n": types.KoladaSyncFieldsFragmentDoc,
    "\n  fragment GoalIndicator on Indicator {\n    id\n    name\n    unit\n    direction\n    byGender\n    koladaKpiId\n    koladaKpiTitle\n    baselinePeriod\n    version\n    valueCount\n    measurements(organizationCode: $code) {\n      id\n      period\n      gender\n      value\n      source\n    }\n    targets(organizationCode: $code) {\n      gender\n      period\n      value\n    }\n    progress(organizationCode: $code) {\n      ...IndicatorProgressFields\n    }\n  }\n": types.GoalIndicatorFragmentDoc,
    "\n  fragment GoalFields on Goal {\n    id\n    scope\n    title\n    description\n    focusArea\n    version\n    updatedAt\n    organization {\n      id\n      code\n      name\n    }\n    indicators {\n      ...GoalIndicator\n    }\n  }\n": types.GoalFieldsFragmentDoc,
    "\n  query GoalsPage($id: ID!, $code: String!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n          shortName\n        }\n      }\n      koladaSync {\n        ...KoladaSyncFields\n      }\n      goals {\n        ...GoalFields\n      }\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n": types.GoalsPageDocument,
    "\n  query KoladaSyncStatus($id: ID!) {\n    cohort(id: $id) {\n      id\n      koladaSync {\n        ...KoladaSyncFields\n      }\n    }\n  }\n": types.KoladaSyncStatusDocument,
    "\n  query KoladaKpi($id: String!) {\n    koladaKpi(id: $id) {\n      id\n      title\n    }\n  }\n": types.KoladaKpiDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      scope\n      version\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n      title\n      description\n      focusArea\n      version\n      updatedAt\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation RemoveGoal($id: ID!, $version: Int!) {\n    removeGoal(id: $id, version: $version)\n  }\n": types.RemoveGoalDocument,
    "\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.AddIndicatorDocument,
    "\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      direction\n      byGender\n      koladaKpiId\n      koladaKpiTitle\n      baselinePeriod\n      version\n    }\n  }\n": types.UpdateIndicatorDocument,
    "\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n": types.RemoveIndicatorDocument,
    "\n  mutation SetTargets($indicatorId: ID!, $targets: [TargetInput!]!) {\n    setTargets(indicatorId: $indicatorId, targets: $targets) {\n      id\n    }\n  }\n": types.SetTargetsDocument,
    "\n  mutation RecordMeasurements($input: RecordMeasurementsInput!) {\n    recordMeasurements(input: $input) {\n      id\n      period\n      gender\n      value\n      source\n    }\n  }\n": types.RecordMeasurementsDocument,
    "\n  mutation ClearMeasurements($indicatorId: ID!, $organizationCode: String!, $cells: [MeasurementCellInput!]!) {\n    clearMeasurements(indicatorId: $indicatorId, organizationCode: $organizationCode, cells: $cells)\n  }\n": types.ClearMeasurementsDocument,
    "\n  mutation RequestKoladaSync($cohortId: ID!) {\n    requestKoladaSync(cohortId: $cohortId)\n  }\n": types.RequestKoladaSyncDocument,
    "\n  query GoalOverview($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n      goalOverview {\n        indicators {\n          id\n          name\n          unit\n          direction\n          byGender\n          goal {\n            id\n            title\n          }\n        }\n        rows {\n          role\n          organization {\n            id\n            code\n            name\n          }\n          cells {\n            indicatorId\n            progress {\n              ...IndicatorProgressFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.GoalOverviewDocument,
    "\n  query ImpactFilterChoices {\n    programmes {\n      id\n      name\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n": types.ImpactFilterChoicesDocument,
    "\n  fragment ImpactPointFields on ImpactPoint {\n    offset\n    participantGap\n    participantCount\n    comparisonGap\n    comparisonCount\n  }\n": types.ImpactPointFieldsFragmentDoc,
    "\n  fragment GoalOutcomeGroupFields on GoalOutcomeGroup {\n    key\n    label\n    organizations\n    suppressed\n    achieved\n    partlyAchieved\n    notAchieved\n    ongoing\n    total\n  }\n": types.GoalOutcomeGroupFieldsFragmentDoc,
    "\n  query ImpactOverview($filter: ImpactFilter) {\n    impactOverview(filter: $filter) {\n      minGroupSize\n      confidenceLevel\n      bootstrapReplicates\n      participantsTotal\n      comparisonTotal\n      generations\n      dataUpdatedAt\n      keyFigures {\n        kpiId\n        title\n        status\n        sentence\n        participants\n        comparison\n        awaitingData\n        missingData\n        participantChange\n        comparisonChange\n        difference\n        lower\n        upper\n        series {\n          ...ImpactPointFields\n        }\n      }\n      goalOutcomeTotal {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByFocusArea {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByProgramme {\n        ...GoalOutcomeGroupFields\n      }\n    }\n  }\n": types.ImpactOverviewDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expired\n      used\n      revoked\n      expiresAt\n      invitedByName\n      organization {\n        id\n        code\n        name\n        kind\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query OrganizationInvitations($organizationCode: String!) {\n    invitations(organizationCode: $organizationCode) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n": types.OrganizationInvitationsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      sendCount\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query NetworkProgrammes {\n    programmes {\n      id\n      name\n    }\n  }\n": types.NetworkProgrammesDocument,
    "\n  fragment NetworkOrganizationFields on Organization {\n    id\n    code\n    name\n    shortName\n    kind\n    countyCode\n  }\n": types.NetworkOrganizationFieldsFragmentDoc,
    "\n  query NetworkOverview($programmeId: ID) {\n    networkOverview(programmeId: $programmeId) {\n      municipalitiesTotal\n      municipalitiesReached\n      regionsTotal\n      regionsReached\n      mentorsEligible\n      activeCohorts\n      generations\n      organizations {\n        status\n        generation\n        organization {\n          ...NetworkOrganizationFields\n        }\n      }\n      lineage {\n        mentor {\n          id\n        }\n        mentee {\n          id\n        }\n        cohort {\n          id\n          name\n          status\n          startDate\n        }\n      }\n    }\n  }\n": types.NetworkOverviewDocument,
    "\n  query Organizations($kind: OrganizationKind, $search: String, $countyCode: String) {\n    organizations(kind: $kind, search: $search, countyCode: $countyCode) {\n      id\n      code\n      name\n      kind\n      countyCode\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Organization($code: String!) {\n    organization(code: $code) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyCode\n      mentorEligible\n    }\n  }\n": types.OrganizationDocument,
    "\n  query OrganizationMemberships($code: String!) {\n    organization(code: $code) {\n      id\n      memberships {\n        id\n        role\n        withdrawnAt\n        cohort {\n          id\n          name\n          status\n          startDate\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationMembershipsDocument,
    "\n  mutation MarkMentorEligible($organizationCode: String!, $reason: String!) {\n    markMentorEligible(organizationCode: $organizationCode, reason: $reason) {\n      id\n      mentorEligible\n    }\n  }\n": types.MarkMentorEligibleDocument,
    "\n  fragment ProgrammeFields on Programme {\n    id\n    name\n    theme\n    organizationKind\n    minMentees\n    maxMentees\n    followUpMonths\n  }\n": types.ProgrammeFieldsFragmentDoc,
    "\n  query Programmes {\n    programmes {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n": types.ProgrammesDocument,
    "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n": types.CreateProgrammeDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($unreadOnly: Boolean!, $first: Int!) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query ReminderPreferences {\n    me {\n      id\n      reminderPreferences {\n        kind\n        email\n      }\n    }\n  }\n": types.ReminderPreferencesDocument,
    "\n  mutation SetReminderPreference($kind: ReminderKind!, $email: Boolean!) {\n    setReminderPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n": types.SetReminderPreferenceDocument,
    "\n  query CohortReminders($id: ID!) {\n    cohort(id: $id) {\n      id\n      upcomingReminders {\n        id\n        kind\n        dueAt\n        sentAt\n        recipients\n        about\n      }\n    }\n  }\n": types.CohortRemindersDocument,
    "\n  mutation SendCustomReminder($cohortId: ID!, $organizationCodes: [String!]!, $subject: String!, $body: String!) {\n    sendCustomReminder(cohortId: $cohortId, organizationCodes: $organizationCodes, subject: $subject, body: $body)\n  }\n": types.SendCustomReminderDocument,
    "\n  query Agenda($processLeader: Boolean!, $notifications: Int!, $examples: Int!) {\n    cohorts {\n      id\n      name\n      status\n      processLeader {\n        id\n      }\n      meetings {\n        id\n        title\n        startsAt\n        cancelledAt\n      }\n    }\n    followUpReports {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n    notifications(unreadOnly: true, first: $notifications) {\n      ...NotificationFields\n    }\n    examplesInReview: searchLearningExamples(filter: { statuses: [IN_REVIEW] }, sort: NEWEST, first: $examples) @include(if: $processLeader) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          updatedAt\n        }\n      }\n    }\n  }\n": types.AgendaDocument,
    "\n  query OrganizationUsers($organizationCode: String!) {\n    users(organizationCode: $organizationCode) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n": types.OrganizationUsersDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n": types.DeactivateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n"): (typeof documents)["\n  query CalendarUrl {\n    me {\n      id\n      calendarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n"): (typeof documents)["\n  mutation RotateCalendarToken {\n    rotateCalendarToken\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($entity: String, $entityId: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      edges {\n        id\n        at\n        action\n        entity\n        entityId\n        reason\n        before\n        after\n        subject\n        subjectContext\n        subjectPath\n        actor {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($entity: String, $entityId: String, $actorId: ID, $first: Int, $after: String) {\n    auditLog(entity: $entity, entityId: $entityId, actorId: $actorId, first: $first, after: $after) {\n      edges {\n        id\n        at\n        action\n        entity\n        entityId\n        reason\n        before\n        after\n        subject\n        subjectContext\n        subjectPath\n        actor {\n          id\n          name\n        }\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActors {\n    auditActors {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditActors {\n    auditActors {\n      id\n      name\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    active\n    organization {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    name\n    email\n    role\n    active\n    organization {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortListItem on Cohort {\n    id\n    name\n    status\n    startDate\n    followUpDueDate\n    programme {\n      id\n      name\n    }\n    members {\n      id\n      role\n      withdrawnAt\n      organization {\n        id\n        code\n        name\n      }\n    }\n    meetings {\n      id\n      kind\n      title\n      startsAt\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  fragment CohortListItem on Cohort {\n    id\n    name\n    status\n    startDate\n    followUpDueDate\n    programme {\n      id\n      name\n    }\n    members {\n      id\n      role\n      withdrawnAt\n      organization {\n        id\n        code\n        name\n      }\n    }\n    meetings {\n      id\n      kind\n      title\n      startsAt\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohorts($programmeId: ID, $status: CohortStatus) {\n    cohorts(programmeId: $programmeId, status: $status) {\n      ...CohortListItem\n    }\n  }\n"): (typeof documents)["\n  query Cohorts($programmeId: ID, $status: CohortStatus) {\n    cohorts(programmeId: $programmeId, status: $status) {\n      ...CohortListItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeOptions {\n    programmes {\n      ...ProgrammeFields\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeOptions {\n    programmes {\n      ...ProgrammeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingGroupPerson on WorkingGroupMember {\n    id\n    name\n    title\n    role\n    email\n  }\n"): (typeof documents)["\n  fragment WorkingGroupPerson on WorkingGroupMember {\n    id\n    name\n    title\n    role\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortMeeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    cancelledAt\n    cancelReason\n    version\n  }\n"): (typeof documents)["\n  fragment CohortMeeting on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    location\n    notes\n    cancelledAt\n    cancelReason\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortDetails on Cohort {\n    id\n    name\n    status\n    version\n    startDate\n    followUpDueDate\n    allowedTransitions\n    programme {\n      ...ProgrammeFields\n    }\n    processLeader {\n      id\n      name\n      email\n    }\n    members {\n      id\n      role\n      joinedAt\n      withdrawnAt\n      withdrawalReason\n      organization {\n        id\n        code\n        name\n        shortName\n      }\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n    meetings {\n      ...CohortMeeting\n    }\n    followUpComplete\n    checkpoints {\n      id\n      kind\n      dueDate\n      reports {\n        id\n        status\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CohortDetails on Cohort {\n    id\n    name\n    status\n    version\n    startDate\n    followUpDueDate\n    allowedTransitions\n    programme {\n      ...ProgrammeFields\n    }\n    processLeader {\n      id\n      name\n      email\n    }\n    members {\n      id\n      role\n      joinedAt\n      withdrawnAt\n      withdrawalReason\n      organization {\n        id\n        code\n        name\n        shortName\n      }\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n    meetings {\n      ...CohortMeeting\n    }\n    followUpComplete\n    checkpoints {\n      id\n      kind\n      dueDate\n      reports {\n        id\n        status\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n"): (typeof documents)["\n  query Cohort($id: ID!) {\n    cohort(id: $id) {\n      ...CohortDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CandidateOrganizations($kind: OrganizationKind, $mentorEligible: Boolean) {\n    organizations(kind: $kind, mentorEligible: $mentorEligible) {\n      id\n      code\n      name\n      shortName\n      countyCode\n    }\n  }\n"): (typeof documents)["\n  query CandidateOrganizations($kind: OrganizationKind, $mentorEligible: Boolean) {\n    organizations(kind: $kind, mentorEligible: $mentorEligible) {\n      id\n      code\n      name\n      shortName\n      countyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CreateCohortInput!) {\n    createCohort(input: $input) {\n      ...CohortDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCohort($id: ID!, $version: Int!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, version: $version, input: $input) {\n      ...CohortDetails\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCohort($id: ID!, $version: Int!, $input: UpdateCohortInput!) {\n    updateCohort(id: $id, version: $version, input: $input) {\n      ...CohortDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionCohort($id: ID!, $to: CohortStatus!, $version: Int!, $reason: String) {\n    transitionCohort(id: $id, to: $to, version: $version, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n"): (typeof documents)["\n  mutation TransitionCohort($id: ID!, $to: CohortStatus!, $version: Int!, $reason: String) {\n    transitionCohort(id: $id, to: $to, version: $version, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMentee($cohortId: ID!, $organizationCode: String!) {\n    addMentee(cohortId: $cohortId, organizationCode: $organizationCode) {\n      ...CohortDetails\n    }\n  }\n"): (typeof documents)["\n  mutation AddMentee($cohortId: ID!, $organizationCode: String!) {\n    addMentee(cohortId: $cohortId, organizationCode: $organizationCode) {\n      ...CohortDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMember($cohortId: ID!, $organizationCode: String!, $reason: String!) {\n    withdrawMember(cohortId: $cohortId, organizationCode: $organizationCode, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMember($cohortId: ID!, $organizationCode: String!, $reason: String!) {\n    withdrawMember(cohortId: $cohortId, organizationCode: $organizationCode, reason: $reason) {\n      ...CohortDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditableWorkingGroup on CohortMember {\n    id\n    role\n    withdrawnAt\n    organization {\n      id\n      code\n      name\n    }\n    workingGroupVersion\n    workingGroup {\n      ...WorkingGroupPerson\n    }\n  }\n"): (typeof documents)["\n  fragment EditableWorkingGroup on CohortMember {\n    id\n    role\n    withdrawnAt\n    organization {\n      id\n      code\n      name\n    }\n    workingGroupVersion\n    workingGroup {\n      ...WorkingGroupPerson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingGroup($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      members {\n        ...EditableWorkingGroup\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkingGroup($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      members {\n        ...EditableWorkingGroup\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingGroup($cohortId: ID!, $organizationCode: String!, $version: Int!, $members: [WorkingGroupMemberInput!]!) {\n    setWorkingGroup(cohortId: $cohortId, organizationCode: $organizationCode, version: $version, members: $members) {\n      id\n      workingGroupVersion\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWorkingGroup($cohortId: ID!, $organizationCode: String!, $version: Int!, $members: [WorkingGroupMemberInput!]!) {\n    setWorkingGroup(cohortId: $cohortId, organizationCode: $organizationCode, version: $version, members: $members) {\n      id\n      workingGroupVersion\n      workingGroup {\n        ...WorkingGroupPerson\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($cohortId: ID!, $input: MeetingInput!) {\n    scheduleMeeting(cohortId: $cohortId, input: $input) {\n      ...CohortMeeting\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($cohortId: ID!, $input: MeetingInput!) {\n    scheduleMeeting(cohortId: $cohortId, input: $input) {\n      ...CohortMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...CohortMeeting\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $version: Int!, $input: MeetingInput!) {\n    updateMeeting(id: $id, version: $version, input: $input) {\n      ...CohortMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) {\n    cancelMeeting(id: $id, version: $version, reason: $reason) {\n      ...CohortMeeting\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!, $version: Int!, $reason: String!) {\n    cancelMeeting(id: $id, version: $version, reason: $reason) {\n      ...CohortMeeting\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCheckpoint($cohortId: ID!, $kind: CheckpointKind!, $dueDate: Date!) {\n    addCheckpoint(cohortId: $cohortId, kind: $kind, dueDate: $dueDate) {\n      id\n      kind\n      dueDate\n    }\n  }\n"): (typeof documents)["\n  mutation AddCheckpoint($cohortId: ID!, $kind: CheckpointKind!, $dueDate: Date!) {\n    addCheckpoint(cohortId: $cohortId, kind: $kind, dueDate: $dueDate) {\n      id\n      kind\n      dueDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestMentors($programmeId: ID!, $menteeCodes: [String!]!) {\n    suggestMentors(programmeId: $programmeId, menteeCodes: $menteeCodes) {\n      score\n      reasons\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestMentors($programmeId: ID!, $menteeCodes: [String!]!) {\n    suggestMentors(programmeId: $programmeId, menteeCodes: $menteeCodes) {\n      score\n      reasons\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeCohortMembers($programmeId: ID!) {\n    cohorts(programmeId: $programmeId) {\n      id\n      name\n      status\n      members {\n        id\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeCohortMembers($programmeId: ID!) {\n    cohorts(programmeId: $programmeId) {\n      id\n      name\n      status\n      members {\n        id\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExampleEditorFields on LearningExample {\n    id\n    slug\n    editorComment\n    version\n    ...LibraryExampleFields\n  }\n"): (typeof documents)["\n  fragment ExampleEditorFields on LearningExample {\n    id\n    slug\n    editorComment\n    version\n    ...LibraryExampleFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExampleWorkflowFields on LearningExample {\n    id\n    slug\n    status\n    version\n    editorComment\n    publishedAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ExampleWorkflowFields on LearningExample {\n    id\n    slug\n    status\n    version\n    editorComment\n    publishedAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleForEdit($slug: String!) {\n    learningExample(slug: $slug) {\n      ...ExampleEditorFields\n    }\n  }\n"): (typeof documents)["\n  query ExampleForEdit($slug: String!) {\n    learningExample(slug: $slug) {\n      ...ExampleEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorVocabularies {\n    vocabularies {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n"): (typeof documents)["\n  query EditorVocabularies {\n    vocabularies {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleOrganizationSearch($search: String!) {\n    organizations(search: $search) {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ExampleOrganizationSearch($search: String!) {\n    organizations(search: $search) {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningExample($input: LearningExampleInput!) {\n    createLearningExample(input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningExample($input: LearningExampleInput!) {\n    createLearningExample(input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearningExample($id: ID!, $version: Int!, $input: LearningExampleInput!) {\n    updateLearningExample(id: $id, version: $version, input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLearningExample($id: ID!, $version: Int!, $input: LearningExampleInput!) {\n    updateLearningExample(id: $id, version: $version, input: $input) {\n      ...ExampleEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLearningExample($id: ID!, $version: Int!) {\n    submitLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLearningExample($id: ID!, $version: Int!) {\n    submitLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLearningExample($id: ID!, $version: Int!) {\n    publishLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLearningExample($id: ID!, $version: Int!) {\n    publishLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnLearningExample($id: ID!, $version: Int!, $comment: String!) {\n    returnLearningExample(id: $id, version: $version, comment: $comment) {\n      ...ExampleWorkflowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnLearningExample($id: ID!, $version: Int!, $comment: String!) {\n    returnLearningExample(id: $id, version: $version, comment: $comment) {\n      ...ExampleWorkflowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveLearningExample($id: ID!, $version: Int!) {\n    archiveLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveLearningExample($id: ID!, $version: Int!) {\n    archiveLearningExample(id: $id, version: $version) {\n      ...ExampleWorkflowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorialExamples($filter: ExampleFilter!, $first: Int!, $after: String) {\n    searchLearningExamples(filter: $filter, sort: NEWEST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          updatedAt\n          organizations {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditorialExamples($filter: ExampleFilter!, $first: Int!, $after: String) {\n    searchLearningExamples(filter: $filter, sort: NEWEST, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          status\n          updatedAt\n          organizations {\n            id\n            code\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLearningExamples($text: String!) {\n    importLearningExamples(text: $text) {\n      created\n      updated\n      skipped\n      errors\n      examples {\n        id\n        slug\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportLearningExamples($text: String!) {\n    importLearningExamples(text: $text) {\n      created\n      updated\n      skipped\n      errors\n      examples {\n        id\n        slug\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVocabulary($kind: VocabularyKind!, $terms: [String!]!) {\n    setVocabulary(kind: $kind, terms: $terms) {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n"): (typeof documents)["\n  mutation SetVocabulary($kind: VocabularyKind!, $terms: [String!]!) {\n    setVocabulary(kind: $kind, terms: $terms) {\n      subjects\n      activityAreas\n      focusAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LibraryExampleFields on LearningExample {\n    title\n    summary\n    status\n    publishedAt\n    updatedAt\n    organizations {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n    originKind\n    subjects\n    activityAreas\n    periodStart\n    periodEnd\n    background\n    implementation\n    successFactors\n    results\n    keyConclusions\n    furtherReading {\n      title\n      url\n    }\n    contacts {\n      name\n      title\n      organization\n      email\n      phone\n    }\n    responsibleEditor\n    sourceUrl\n  }\n"): (typeof documents)["\n  fragment LibraryExampleFields on LearningExample {\n    title\n    summary\n    status\n    publishedAt\n    updatedAt\n    organizations {\n      id\n      code\n      name\n      shortName\n      kind\n    }\n    originKind\n    subjects\n    activityAreas\n    periodStart\n    periodEnd\n    background\n    implementation\n    successFactors\n    results\n    keyConclusions\n    furtherReading {\n      title\n      url\n    }\n    contacts {\n      name\n      title\n      organization\n      email\n      phone\n    }\n    responsibleEditor\n    sourceUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibraryExample($slug: String!) {\n    learningExample(slug: $slug) {\n      id\n      slug\n      version\n      editorComment\n      ...LibraryExampleFields\n      related {\n        id\n        slug\n        title\n        summary\n        publishedAt\n        organizations {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibraryExample($slug: String!) {\n    learningExample(slug: $slug) {\n      id\n      slug\n      version\n      editorComment\n      ...LibraryExampleFields\n      related {\n        id\n        slug\n        title\n        summary\n        publishedAt\n        organizations {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LibrarySearch($query: String, $filter: ExampleFilter, $sort: ExampleSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n    searchLearningExamples(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      approximate\n      edges {\n        cursor\n        snippet\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          organizations {\n            id\n            shortName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        subjects {\n          value\n          count\n        }\n        activityAreas {\n          value\n          count\n        }\n        originKinds {\n          value\n          count\n        }\n        counties {\n          value\n          count\n        }\n        startYears {\n          value\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LibrarySearch($query: String, $filter: ExampleFilter, $sort: ExampleSort! = RELEVANCE, $first: Int! = 20, $after: String) {\n    searchLearningExamples(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      approximate\n      edges {\n        cursor\n        snippet\n        node {\n          id\n          slug\n          title\n          summary\n          publishedAt\n          organizations {\n            id\n            shortName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      facets {\n        subjects {\n          value\n          count\n        }\n        activityAreas {\n          value\n          count\n        }\n        originKinds {\n          value\n          count\n        }\n        counties {\n          value\n          count\n        }\n        startYears {\n          value\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpReportDetails on FollowUpReport {\n    id\n    status\n    version\n    summary\n    whatWorked\n    challenges\n    nextSteps\n    submittedAt\n    updatedAt\n    organization {\n      id\n      code\n    }\n    goalAssessments {\n      status\n      comment\n      goal {\n        id\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      createdAt\n      reviewer {\n        id\n        name\n      }\n    }\n    snapshot {\n      takenAt\n      indicators {\n        goalId\n        goalTitle\n        name\n        unit\n        direction\n        byGender\n        baselinePeriod\n        progress {\n          ...IndicatorProgressFields\n        }\n        progressByGender {\n          gender\n          progress {\n            status\n            baseline\n            baselinePeriod\n            latest\n            latestPeriod\n          }\n        }\n        values {\n          period\n          gender\n          value\n        }\n        targets {\n          gender\n          period\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpReportDetails on FollowUpReport {\n    id\n    status\n    version\n    summary\n    whatWorked\n    challenges\n    nextSteps\n    submittedAt\n    updatedAt\n    organization {\n      id\n      code\n    }\n    goalAssessments {\n      status\n      comment\n      goal {\n        id\n      }\n    }\n    reviews {\n      id\n      decision\n      comment\n      createdAt\n      reviewer {\n        id\n        name\n      }\n    }\n    snapshot {\n      takenAt\n      indicators {\n        goalId\n        goalTitle\n        name\n        unit\n        direction\n        byGender\n        baselinePeriod\n        progress {\n          ...IndicatorProgressFields\n        }\n        progressByGender {\n          gender\n          progress {\n            status\n            baseline\n            baselinePeriod\n            latest\n            latestPeriod\n          }\n        }\n        values {\n          period\n          gender\n          value\n        }\n        targets {\n          gender\n          period\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportPage($checkpointId: ID!, $code: String!) {\n    checkpoint(id: $checkpointId) {\n      id\n      kind\n      dueDate\n      cohort {\n        id\n        name\n        status\n        startDate\n        followUpDueDate\n        members {\n          id\n          role\n          withdrawnAt\n          organization {\n            id\n            code\n            name\n            shortName\n          }\n        }\n        goals {\n          id\n          title\n          scope\n          organization {\n            id\n            code\n          }\n          indicators {\n            id\n            name\n            unit\n            direction\n            byGender\n            baselinePeriod\n            progress(organizationCode: $code) {\n              ...IndicatorProgressFields\n            }\n            measurements(organizationCode: $code) {\n              id\n              period\n              gender\n              value\n            }\n          }\n        }\n      }\n      reports {\n        id\n        status\n        version\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportPage($checkpointId: ID!, $code: String!) {\n    checkpoint(id: $checkpointId) {\n      id\n      kind\n      dueDate\n      cohort {\n        id\n        name\n        status\n        startDate\n        followUpDueDate\n        members {\n          id\n          role\n          withdrawnAt\n          organization {\n            id\n            code\n            name\n            shortName\n          }\n        }\n        goals {\n          id\n          title\n          scope\n          organization {\n            id\n            code\n          }\n          indicators {\n            id\n            name\n            unit\n            direction\n            byGender\n            baselinePeriod\n            progress(organizationCode: $code) {\n              ...IndicatorProgressFields\n            }\n            measurements(organizationCode: $code) {\n              id\n              period\n              gender\n              value\n            }\n          }\n        }\n      }\n      reports {\n        id\n        status\n        version\n        organization {\n          id\n          code\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Report($id: ID!) {\n    followUpReport(id: $id) {\n      ...FollowUpReportDetails\n    }\n  }\n"): (typeof documents)["\n  query Report($id: ID!) {\n    followUpReport(id: $id) {\n      ...FollowUpReportDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFollowUpReport($input: SaveFollowUpReportInput!) {\n    saveFollowUpReport(input: $input) {\n      id\n      status\n      version\n      summary\n      whatWorked\n      challenges\n      nextSteps\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveFollowUpReport($input: SaveFollowUpReportInput!) {\n    saveFollowUpReport(input: $input) {\n      id\n      status\n      version\n      summary\n      whatWorked\n      challenges\n      nextSteps\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFollowUpReport($id: ID!, $version: Int!) {\n    submitFollowUpReport(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitFollowUpReport($id: ID!, $version: Int!) {\n    submitFollowUpReport(id: $id, version: $version) {\n      id\n      status\n      version\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewFollowUpReport($input: ReviewInput!) {\n    reviewFollowUpReport(input: $input) {\n      id\n      decision\n      comment\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewFollowUpReport($input: ReviewInput!) {\n    reviewFollowUpReport(input: $input) {\n      id\n      decision\n      comment\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateExampleDraftFromReport($reportId: ID!) {\n    createExampleDraftFromReport(reportId: $reportId) {\n      id\n      slug\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateExampleDraftFromReport($reportId: ID!) {\n    createExampleDraftFromReport(reportId: $reportId) {\n      id\n      slug\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpReports($cohortId: ID) {\n    followUpReports(cohortId: $cohortId) {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpReports($cohortId: ID) {\n    followUpReports(cohortId: $cohortId) {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IndicatorProgressFields on IndicatorProgress {\n    status\n    baseline\n    baselinePeriod\n    latest\n    latestPeriod\n    target\n    targetPeriod\n    ratio\n    genderGap\n    genderGapBaseline\n    genderGapChange\n    derivedTotal\n  }\n"): (typeof documents)["\n  fragment IndicatorProgressFields on IndicatorProgress {\n    status\n    baseline\n    baselinePeriod\n    latest\n    latestPeriod\n    target\n    targetPeriod\n    ratio\n    genderGap\n    genderGapBaseline\n    genderGapChange\n    derivedTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KoladaSyncFields on KoladaSync {\n    id\n    status\n    requestedAt\n    finishedAt\n    created\n    updated\n    skipped\n    message\n    problems\n  }\n"): (typeof documents)["\n  fragment KoladaSyncFields on KoladaSync {\n    id\n    status\n    requestedAt\n    finishedAt\n    created\n    updated\n    skipped\n    message\n    problems\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalIndicator on Indicator {\n    id\n    name\n    unit\n    direction\n    byGender\n    koladaKpiId\n    koladaKpiTitle\n    baselinePeriod\n    version\n    valueCount\n    measurements(organizationCode: $code) {\n      id\n      period\n      gender\n      value\n      source\n    }\n    targets(organizationCode: $code) {\n      gender\n      period\n      value\n    }\n    progress(organizationCode: $code) {\n      ...IndicatorProgressFields\n    }\n  }\n"): (typeof documents)["\n  fragment GoalIndicator on Indicator {\n    id\n    name\n    unit\n    direction\n    byGender\n    koladaKpiId\n    koladaKpiTitle\n    baselinePeriod\n    version\n    valueCount\n    measurements(organizationCode: $code) {\n      id\n      period\n      gender\n      value\n      source\n    }\n    targets(organizationCode: $code) {\n      gender\n      period\n      value\n    }\n    progress(organizationCode: $code) {\n      ...IndicatorProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalFields on Goal {\n    id\n    scope\n    title\n    description\n    focusArea\n    version\n    updatedAt\n    organization {\n      id\n      code\n      name\n    }\n    indicators {\n      ...GoalIndicator\n    }\n  }\n"): (typeof documents)["\n  fragment GoalFields on Goal {\n    id\n    scope\n    title\n    description\n    focusArea\n    version\n    updatedAt\n    organization {\n      id\n      code\n      name\n    }\n    indicators {\n      ...GoalIndicator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalsPage($id: ID!, $code: String!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n          shortName\n        }\n      }\n      koladaSync {\n        ...KoladaSyncFields\n      }\n      goals {\n        ...GoalFields\n      }\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n"): (typeof documents)["\n  query GoalsPage($id: ID!, $code: String!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n          shortName\n        }\n      }\n      koladaSync {\n        ...KoladaSyncFields\n      }\n      goals {\n        ...GoalFields\n      }\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KoladaSyncStatus($id: ID!) {\n    cohort(id: $id) {\n      id\n      koladaSync {\n        ...KoladaSyncFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query KoladaSyncStatus($id: ID!) {\n    cohort(id: $id) {\n      id\n      koladaSync {\n        ...KoladaSyncFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KoladaKpi($id: String!) {\n    koladaKpi(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query KoladaKpi($id: String!) {\n    koladaKpi(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      scope\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n      title\n      scope\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n      title\n      description\n      focusArea\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($id: ID!, $version: Int!, $input: UpdateGoalInput!) {\n    updateGoal(id: $id, version: $version, input: $input) {\n      id\n      title\n      description\n      focusArea\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGoal($id: ID!, $version: Int!) {\n    removeGoal(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveGoal($id: ID!, $version: Int!) {\n    removeGoal(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddIndicator($input: AddIndicatorInput!) {\n    addIndicator(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      direction\n      byGender\n      koladaKpiId\n      koladaKpiTitle\n      baselinePeriod\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIndicator($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {\n    updateIndicator(id: $id, version: $version, input: $input) {\n      id\n      name\n      unit\n      direction\n      byGender\n      koladaKpiId\n      koladaKpiTitle\n      baselinePeriod\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation RemoveIndicator($id: ID!, $version: Int!) {\n    removeIndicator(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTargets($indicatorId: ID!, $targets: [TargetInput!]!) {\n    setTargets(indicatorId: $indicatorId, targets: $targets) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetTargets($indicatorId: ID!, $targets: [TargetInput!]!) {\n    setTargets(indicatorId: $indicatorId, targets: $targets) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeasurements($input: RecordMeasurementsInput!) {\n    recordMeasurements(input: $input) {\n      id\n      period\n      gender\n      value\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeasurements($input: RecordMeasurementsInput!) {\n    recordMeasurements(input: $input) {\n      id\n      period\n      gender\n      value\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearMeasurements($indicatorId: ID!, $organizationCode: String!, $cells: [MeasurementCellInput!]!) {\n    clearMeasurements(indicatorId: $indicatorId, organizationCode: $organizationCode, cells: $cells)\n  }\n"): (typeof documents)["\n  mutation ClearMeasurements($indicatorId: ID!, $organizationCode: String!, $cells: [MeasurementCellInput!]!) {\n    clearMeasurements(indicatorId: $indicatorId, organizationCode: $organizationCode, cells: $cells)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestKoladaSync($cohortId: ID!) {\n    requestKoladaSync(cohortId: $cohortId)\n  }\n"): (typeof documents)["\n  mutation RequestKoladaSync($cohortId: ID!) {\n    requestKoladaSync(cohortId: $cohortId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GoalOverview($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n      goalOverview {\n        indicators {\n          id\n          name\n          unit\n          direction\n          byGender\n          goal {\n            id\n            title\n          }\n        }\n        rows {\n          role\n          organization {\n            id\n            code\n            name\n          }\n          cells {\n            indicatorId\n            progress {\n              ...IndicatorProgressFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GoalOverview($id: ID!) {\n    cohort(id: $id) {\n      id\n      name\n      status\n      members {\n        id\n        role\n        withdrawnAt\n        organization {\n          id\n          code\n          name\n        }\n      }\n      goalOverview {\n        indicators {\n          id\n          name\n          unit\n          direction\n          byGender\n          goal {\n            id\n            title\n          }\n        }\n        rows {\n          role\n          organization {\n            id\n            code\n            name\n          }\n          cells {\n            indicatorId\n            progress {\n              ...IndicatorProgressFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactFilterChoices {\n    programmes {\n      id\n      name\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n"): (typeof documents)["\n  query ImpactFilterChoices {\n    programmes {\n      id\n      name\n    }\n    vocabularies {\n      focusAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactPointFields on ImpactPoint {\n    offset\n    participantGap\n    participantCount\n    comparisonGap\n    comparisonCount\n  }\n"): (typeof documents)["\n  fragment ImpactPointFields on ImpactPoint {\n    offset\n    participantGap\n    participantCount\n    comparisonGap\n    comparisonCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoalOutcomeGroupFields on GoalOutcomeGroup {\n    key\n    label\n    organizations\n    suppressed\n    achieved\n    partlyAchieved\n    notAchieved\n    ongoing\n    total\n  }\n"): (typeof documents)["\n  fragment GoalOutcomeGroupFields on GoalOutcomeGroup {\n    key\n    label\n    organizations\n    suppressed\n    achieved\n    partlyAchieved\n    notAchieved\n    ongoing\n    total\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactOverview($filter: ImpactFilter) {\n    impactOverview(filter: $filter) {\n      minGroupSize\n      confidenceLevel\n      bootstrapReplicates\n      participantsTotal\n      comparisonTotal\n      generations\n      dataUpdatedAt\n      keyFigures {\n        kpiId\n        title\n        status\n        sentence\n        participants\n        comparison\n        awaitingData\n        missingData\n        participantChange\n        comparisonChange\n        difference\n        lower\n        upper\n        series {\n          ...ImpactPointFields\n        }\n      }\n      goalOutcomeTotal {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByFocusArea {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByProgramme {\n        ...GoalOutcomeGroupFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpactOverview($filter: ImpactFilter) {\n    impactOverview(filter: $filter) {\n      minGroupSize\n      confidenceLevel\n      bootstrapReplicates\n      participantsTotal\n      comparisonTotal\n      generations\n      dataUpdatedAt\n      keyFigures {\n        kpiId\n        title\n        status\n        sentence\n        participants\n        comparison\n        awaitingData\n        missingData\n        participantChange\n        comparisonChange\n        difference\n        lower\n        upper\n        series {\n          ...ImpactPointFields\n        }\n      }\n      goalOutcomeTotal {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByFocusArea {\n        ...GoalOutcomeGroupFields\n      }\n      goalOutcomesByProgramme {\n        ...GoalOutcomeGroupFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expired\n      used\n      revoked\n      expiresAt\n      invitedByName\n      organization {\n        id\n        code\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      role\n      expired\n      used\n      revoked\n      expiresAt\n      invitedByName\n      organization {\n        id\n        code\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n    acceptInvitation(token: $token, name: $name, password: $password) {\n      user {\n        ...CurrentUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationInvitations($organizationCode: String!) {\n    invitations(organizationCode: $organizationCode) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n"): (typeof documents)["\n  query OrganizationInvitations($organizationCode: String!) {\n    invitations(organizationCode: $organizationCode) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      id\n      email\n      role\n      expiresAt\n      sendCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      sendCount\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n      sendCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkProgrammes {\n    programmes {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query NetworkProgrammes {\n    programmes {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NetworkOrganizationFields on Organization {\n    id\n    code\n    name\n    shortName\n    kind\n    countyCode\n  }\n"): (typeof documents)["\n  fragment NetworkOrganizationFields on Organization {\n    id\n    code\n    name\n    shortName\n    kind\n    countyCode\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkOverview($programmeId: ID) {\n    networkOverview(programmeId: $programmeId) {\n      municipalitiesTotal\n      municipalitiesReached\n      regionsTotal\n      regionsReached\n      mentorsEligible\n      activeCohorts\n      generations\n      organizations {\n        status\n        generation\n        organization {\n          ...NetworkOrganizationFields\n        }\n      }\n      lineage {\n        mentor {\n          id\n        }\n        mentee {\n          id\n        }\n        cohort {\n          id\n          name\n          status\n          startDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkOverview($programmeId: ID) {\n    networkOverview(programmeId: $programmeId) {\n      municipalitiesTotal\n      municipalitiesReached\n      regionsTotal\n      regionsReached\n      mentorsEligible\n      activeCohorts\n      generations\n      organizations {\n        status\n        generation\n        organization {\n          ...NetworkOrganizationFields\n        }\n      }\n      lineage {\n        mentor {\n          id\n        }\n        mentee {\n          id\n        }\n        cohort {\n          id\n          name\n          status\n          startDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($kind: OrganizationKind, $search: String, $countyCode: String) {\n    organizations(kind: $kind, search: $search, countyCode: $countyCode) {\n      id\n      code\n      name\n      kind\n      countyCode\n    }\n  }\n"): (typeof documents)["\n  query Organizations($kind: OrganizationKind, $search: String, $countyCode: String) {\n    organizations(kind: $kind, search: $search, countyCode: $countyCode) {\n      id\n      code\n      name\n      kind\n      countyCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization($code: String!) {\n    organization(code: $code) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyCode\n      mentorEligible\n    }\n  }\n"): (typeof documents)["\n  query Organization($code: String!) {\n    organization(code: $code) {\n      id\n      code\n      name\n      shortName\n      kind\n      countyCode\n      mentorEligible\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationMemberships($code: String!) {\n    organization(code: $code) {\n      id\n      memberships {\n        id\n        role\n        withdrawnAt\n        cohort {\n          id\n          name\n          status\n          startDate\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationMemberships($code: String!) {\n    organization(code: $code) {\n      id\n      memberships {\n        id\n        role\n        withdrawnAt\n        cohort {\n          id\n          name\n          status\n          startDate\n          programme {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkMentorEligible($organizationCode: String!, $reason: String!) {\n    markMentorEligible(organizationCode: $organizationCode, reason: $reason) {\n      id\n      mentorEligible\n    }\n  }\n"): (typeof documents)["\n  mutation MarkMentorEligible($organizationCode: String!, $reason: String!) {\n    markMentorEligible(organizationCode: $organizationCode, reason: $reason) {\n      id\n      mentorEligible\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgrammeFields on Programme {\n    id\n    name\n    theme\n    organizationKind\n    minMentees\n    maxMentees\n    followUpMonths\n  }\n"): (typeof documents)["\n  fragment ProgrammeFields on Programme {\n    id\n    name\n    theme\n    organizationKind\n    minMentees\n    maxMentees\n    followUpMonths\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes {\n    programmes {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programmes {\n    programmes {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgramme($input: CreateProgrammeInput!) {\n    createProgramme(input: $input) {\n      ...ProgrammeFields\n      cohorts {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    link\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($unreadOnly: Boolean!, $first: Int!) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query Notifications($unreadOnly: Boolean!, $first: Int!) {\n    notifications(unreadOnly: $unreadOnly, first: $first) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReminderPreferences {\n    me {\n      id\n      reminderPreferences {\n        kind\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReminderPreferences {\n    me {\n      id\n      reminderPreferences {\n        kind\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReminderPreference($kind: ReminderKind!, $email: Boolean!) {\n    setReminderPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SetReminderPreference($kind: ReminderKind!, $email: Boolean!) {\n    setReminderPreference(kind: $kind, email: $email) {\n      kind\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortReminders($id: ID!) {\n    cohort(id: $id) {\n      id\n      upcomingReminders {\n        id\n        kind\n        dueAt\n        sentAt\n        recipients\n        about\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortReminders($id: ID!) {\n    cohort(id: $id) {\n      id\n      upcomingReminders {\n        id\n        kind\n        dueAt\n        sentAt\n        recipients\n        about\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCustomReminder($cohortId: ID!, $organizationCodes: [String!]!, $subject: String!, $body: String!) {\n    sendCustomReminder(cohortId: $cohortId, organizationCodes: $organizationCodes, subject: $subject, body: $body)\n  }\n"): (typeof documents)["\n  mutation SendCustomReminder($cohortId: ID!, $organizationCodes: [String!]!, $subject: String!, $body: String!) {\n    sendCustomReminder(cohortId: $cohortId, organizationCodes: $organizationCodes, subject: $subject, body: $body)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agenda($processLeader: Boolean!, $notifications: Int!, $examples: Int!) {\n    cohorts {\n      id\n      name\n      status\n      processLeader {\n        id\n      }\n      meetings {\n        id\n        title\n        startsAt\n        cancelledAt\n      }\n    }\n    followUpReports {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n    notifications(unreadOnly: true, first: $notifications) {\n      ...NotificationFields\n    }\n    examplesInReview: searchLearningExamples(filter: { statuses: [IN_REVIEW] }, sort: NEWEST, first: $examples) @include(if: $processLeader) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          updatedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Agenda($processLeader: Boolean!, $notifications: Int!, $examples: Int!) {\n    cohorts {\n      id\n      name\n      status\n      processLeader {\n        id\n      }\n      meetings {\n        id\n        title\n        startsAt\n        cancelledAt\n      }\n    }\n    followUpReports {\n      dueDate\n      daysOverdue\n      status\n      role\n      checkpoint {\n        id\n        kind\n      }\n      cohort {\n        id\n        name\n      }\n      organization {\n        id\n        code\n        name\n      }\n    }\n    notifications(unreadOnly: true, first: $notifications) {\n      ...NotificationFields\n    }\n    examplesInReview: searchLearningExamples(filter: { statuses: [IN_REVIEW] }, sort: NEWEST, first: $examples) @include(if: $processLeader) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          title\n          updatedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationUsers($organizationCode: String!) {\n    users(organizationCode: $organizationCode) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query OrganizationUsers($organizationCode: String!) {\n    users(organizationCode: $organizationCode) {\n      id\n      name\n      email\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      id\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;