import { graphql } from '../../../gql';

/**
 * A report as its page and its print view show it: the texts, the assessments, the reviews (oldest
 * first) and, once it has been submitted, the snapshot of its indicators. The snapshot's indicators are
 * read without their `id` on purpose: the same indicator stands in every organisation's snapshot with
 * that organisation's values, and an `id` would make Apollo's cache keep one of them for all.
 */
export const FollowUpReportDetailsFragment = graphql(`
  fragment FollowUpReportDetails on FollowUpReport {
    id
    status
    version
    summary
    whatWorked
    challenges
    nextSteps
    submittedAt
    updatedAt
    organization {
      id
      code
    }
    goalAssessments {
      status
      comment
      goal {
        id
      }
    }
    reviews {
      id
      decision
      comment
      createdAt
      reviewer {
        id
        name
      }
    }
    snapshot {
      takenAt
      indicators {
        goalId
        goalTitle
        name
        unit
        direction
        byGender
        baselinePeriod
        progress {
          ...IndicatorProgressFields
        }
        progressByGender {
          gender
          progress {
            status
            baseline
            baselinePeriod
            latest
            latestPeriod
          }
        }
        values {
          period
          gender
          value
        }
        targets {
          gender
          period
          value
        }
      }
    }
  }
`);

/**
 * `/checkpoints/:checkpointId/reports/:code`: the checkpoint, its cohort (members: who may do what; the
 * goals the organisation's report covers, with `$code`'s values and progress as they stand now) and the
 * reports the viewer may read, in short (which organisation, status, version). The report itself comes
 * with `ReportQuery`: reading every readable report in full here would cost too much.
 */
export const ReportPageQuery = graphql(`
  query ReportPage($checkpointId: ID!, $code: String!) {
    checkpoint(id: $checkpointId) {
      id
      kind
      dueDate
      cohort {
        id
        name
        status
        startDate
        followUpDueDate
        members {
          id
          role
          withdrawnAt
          organization {
            id
            code
            name
            shortName
          }
        }
        goals {
          id
          title
          scope
          organization {
            id
            code
          }
          indicators {
            id
            name
            unit
            direction
            byGender
            baselinePeriod
            progress(organizationCode: $code) {
              ...IndicatorProgressFields
            }
            measurements(organizationCode: $code) {
              id
              period
              gender
              value
            }
          }
        }
      }
      reports {
        id
        status
        version
        organization {
          id
          code
        }
      }
    }
  }
`);

export const ReportQuery = graphql(`
  query Report($id: ID!) {
    followUpReport(id: $id) {
      ...FollowUpReportDetails
    }
  }
`);

export const SaveFollowUpReportMutation = graphql(`
  mutation SaveFollowUpReport($input: SaveFollowUpReportInput!) {
    saveFollowUpReport(input: $input) {
      id
      status
      version
      summary
      whatWorked
      challenges
      nextSteps
      updatedAt
    }
  }
`);

export const SubmitFollowUpReportMutation = graphql(`
  mutation SubmitFollowUpReport($id: ID!, $version: Int!) {
    submitFollowUpReport(id: $id, version: $version) {
      id
      status
      version
      submittedAt
    }
  }
`);

export const ReviewFollowUpReportMutation = graphql(`
  mutation ReviewFollowUpReport($input: ReviewInput!) {
    reviewFollowUpReport(input: $input) {
      id
      decision
      comment
      createdAt
    }
  }
`);

export const CreateExampleDraftFromReportMutation = graphql(`
  mutation CreateExampleDraftFromReport($reportId: ID!) {
    createExampleDraftFromReport(reportId: $reportId) {
      id
      slug
      title
      status
    }
  }
`);

/** `/follow-up`: the reports that are expected, with their status and how late they are. */
export const FollowUpReportsQuery = graphql(`
  query FollowUpReports($cohortId: ID) {
    followUpReports(cohortId: $cohortId) {
      dueDate
      daysOverdue
      status
      role
      checkpoint {
        id
        kind
      }
      cohort {
        id
        name
      }
      organization {
        id
        code
        name
      }
    }
  }
`);
