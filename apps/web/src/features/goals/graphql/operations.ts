import { graphql } from '../../../gql';

/** Where an organisation stands on an indicator (libs/shared's computeProgress, run by the API). Missing stays null. */
export const IndicatorProgressFieldsFragment = graphql(`
  fragment IndicatorProgressFields on IndicatorProgress {
    status
    baseline
    baselinePeriod
    latest
    latestPeriod
    target
    targetPeriod
    ratio
    genderGap
    genderGapBaseline
    genderGapChange
    derivedTotal
  }
`);

/** The latest fetch from Kolada for a cohort: shown, and polled while it is queued or running. */
export const KoladaSyncFieldsFragment = graphql(`
  fragment KoladaSyncFields on KoladaSync {
    id
    status
    requestedAt
    finishedAt
    created
    updated
    skipped
    message
    problems
  }
`);

/**
 * An indicator on an organisation's goals page: its settings, every organisation's values (counted, for
 * what a removal takes with it), and this organisation's values, targets and progress (`$code`).
 */
export const GoalIndicatorFragment = graphql(`
  fragment GoalIndicator on Indicator {
    id
    name
    unit
    direction
    byGender
    koladaKpiId
    koladaKpiTitle
    baselinePeriod
    version
    valueCount
    measurements(organizationCode: $code) {
      id
      period
      gender
      value
      source
    }
    targets(organizationCode: $code) {
      gender
      period
      value
    }
    progress(organizationCode: $code) {
      ...IndicatorProgressFields
    }
  }
`);

export const GoalFieldsFragment = graphql(`
  fragment GoalFields on Goal {
    id
    scope
    title
    description
    focusArea
    version
    updatedAt
    organization {
      id
      code
      name
    }
    indicators {
      ...GoalIndicator
    }
  }
`);

/** `/cohorts/:id/goals/:code`: the cohort's members (who may do what), its goals with `$code`'s values, and the focus areas. */
export const GoalsPageQuery = graphql(`
  query GoalsPage($id: ID!, $code: String!) {
    cohort(id: $id) {
      id
      name
      status
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
      koladaSync {
        ...KoladaSyncFields
      }
      goals {
        ...GoalFields
      }
    }
    vocabularies {
      focusAreas
    }
  }
`);

/** The Kolada fetch alone: what the page polls while a fetch is queued or running. */
export const KoladaSyncQuery = graphql(`
  query KoladaSyncStatus($id: ID!) {
    cohort(id: $id) {
      id
      koladaSync {
        ...KoladaSyncFields
      }
    }
  }
`);

export const KoladaKpiQuery = graphql(`
  query KoladaKpi($id: String!) {
    koladaKpi(id: $id) {
      id
      title
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      title
      scope
      version
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($id: ID!, $version: Int!, $input: UpdateGoalInput!) {
    updateGoal(id: $id, version: $version, input: $input) {
      id
      title
      description
      focusArea
      version
      updatedAt
    }
  }
`);

export const RemoveGoalMutation = graphql(`
  mutation RemoveGoal($id: ID!, $version: Int!) {
    removeGoal(id: $id, version: $version)
  }
`);

export const AddIndicatorMutation = graphql(`
  mutation AddIndicator($input: AddIndicatorInput!) {
    addIndicator(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdateIndicatorMutation = graphql(`
  mutation UpdateIndicator($id: ID!, $version: Int!, $input: UpdateIndicatorInput!) {
    updateIndicator(id: $id, version: $version, input: $input) {
      id
      name
      unit
      direction
      byGender
      koladaKpiId
      koladaKpiTitle
      baselinePeriod
      version
    }
  }
`);

export const RemoveIndicatorMutation = graphql(`
  mutation RemoveIndicator($id: ID!, $version: Int!) {
    removeIndicator(id: $id, version: $version)
  }
`);

export const SetTargetsMutation = graphql(`
  mutation SetTargets($indicatorId: ID!, $targets: [TargetInput!]!) {
    setTargets(indicatorId: $indicatorId, targets: $targets) {
      id
    }
  }
`);

export const RecordMeasurementsMutation = graphql(`
  mutation RecordMeasurements($input: RecordMeasurementsInput!) {
    recordMeasurements(input: $input) {
      id
      period
      gender
      value
      source
    }
  }
`);

export const ClearMeasurementsMutation = graphql(`
  mutation ClearMeasurements($indicatorId: ID!, $organizationCode: String!, $cells: [MeasurementCellInput!]!) {
    clearMeasurements(indicatorId: $indicatorId, organizationCode: $organizationCode, cells: $cells)
  }
`);

export const RequestKoladaSyncMutation = graphql(`
  mutation RequestKoladaSync($cohortId: ID!) {
    requestKoladaSync(cohortId: $cohortId)
  }
`);

/** `/cohorts/:id/overview`: every member × the cohort's SHARED indicators. */
export const GoalOverviewQuery = graphql(`
  query GoalOverview($id: ID!) {
    cohort(id: $id) {
      id
      name
      status
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
      goalOverview {
        indicators {
          id
          name
          unit
          direction
          byGender
          goal {
            id
            title
          }
        }
        rows {
          role
          organization {
            id
            code
            name
          }
          cells {
            indicatorId
            progress {
              ...IndicatorProgressFields
            }
          }
        }
      }
    }
  }
`);
