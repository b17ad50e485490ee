import { graphql } from '../../../gql';

/**
 * What the impact view can be narrowed to: the programmes (public, names only) and the focus areas of
 * the goals' vocabulary (public: the goal forms offer the same terms). The generations come with the
 * overview, since they depend on who took part.
 */
export const ImpactFilterChoicesQuery = graphql(`
  query ImpactFilterChoices {
    programmes {
      id
      name
    }
    vocabularies {
      focusAreas
    }
  }
`);

export const ImpactPointFieldsFragment = graphql(`
  fragment ImpactPointFields on ImpactPoint {
    offset
    participantGap
    participantCount
    comparisonGap
    comparisonCount
  }
`);

export const GoalOutcomeGroupFieldsFragment = graphql(`
  fragment GoalOutcomeGroupFields on GoalOutcomeGroup {
    key
    label
    organizations
    suppressed
    achieved
    partlyAchieved
    notAchieved
    ongoing
    total
  }
`);

/**
 * The public impact overview: per linked Kolada key figure the difference-in-differences of the gender
 * gap with its interval, group sizes and the two groups' series; the goal outcomes of approved follow-up
 * reports (groups too small held back by the API). Organisation-level aggregates only, the same for everyone.
 */
export const ImpactOverviewQuery = graphql(`
  query ImpactOverview($filter: ImpactFilter) {
    impactOverview(filter: $filter) {
      minGroupSize
      confidenceLevel
      bootstrapReplicates
      participantsTotal
      comparisonTotal
      generations
      dataUpdatedAt
      keyFigures {
        kpiId
        title
        status
        sentence
        participants
        comparison
        awaitingData
        missingData
        participantChange
        comparisonChange
        difference
        lower
        upper
        series {
          ...ImpactPointFields
        }
      }
      goalOutcomeTotal {
        ...GoalOutcomeGroupFields
      }
      goalOutcomesByFocusArea {
        ...GoalOutcomeGroupFields
      }
      goalOutcomesByProgramme {
        ...GoalOutcomeGroupFields
      }
    }
  }
`);
