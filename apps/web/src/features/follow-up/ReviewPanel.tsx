import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { REPORT_LIMITS, ReviewDecision, reviewNeedsComment } from '@modellkommuner/shared';
import type { FieldProblem } from '../../shared/errors/error-message';
import { useFormError } from '../../shared/forms';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { ReviewFollowUpReportMutation } from './graphql/operations';

const FIELD_IDS = { decision: 'review-decision', comment: 'review-comment' };
const DECISIONS = [
  {
    decision: ReviewDecision.APPROVE,
    id: 'review-decision-approve',
    label: 'followUp.review.approve',
    detail: 'followUp.review.approveDetail',
  },
  {
    decision: ReviewDecision.REQUEST_CHANGES,
    id: 'review-decision-changes',
    label: 'followUp.review.requestChanges',
    detail: 'followUp.review.requestChangesDetail',
  },
] as const;

interface ReviewPanelProps {
  reportId: string;
  organizationName: string;
  /** The review went through: the page says so (its Confirmation takes focus) and reads the report again. */
  onReviewed: (decision: ReviewDecision) => void;
}

/**
 * The reviewer's decision on a submitted report (the mentor for a mentee's, a process leader for the
 * mentor's: mayReviewReport): approve, with a comment if they like, or ask for changes, saying which
 * (reviewNeedsComment).
 */
export function ReviewPanel({ reportId, organizationName, onReviewed }: ReviewPanelProps) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<ReviewDecision | null>(null);
  const [comment, setComment] = useState('');
  const [review, { loading }] = useMutation(ReviewFollowUpReportMutation);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);
  const commentRequired = decision !== null && reviewNeedsComment(decision);

  function problems(): FieldProblem[] {
    const found: FieldProblem[] = [];
    if (!decision) found.push({ field: 'decision', message: t('followUp.review.decisionRequired') });
    else if (reviewNeedsComment(decision) && !comment.trim())
      found.push({ field: 'comment', message: t('followUp.review.commentRequired') });
    if (comment.trim().length > REPORT_LIMITS.reviewComment)
      found.push({ field: 'comment', message: t('followUp.review.commentTooLong', { max: REPORT_LIMITS.reviewComment }) });
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const chosen = decision;
    const done = await send(problems(), () =>
      review({ variables: { input: { reportId, decision: chosen as ReviewDecision, comment: comment.trim() } } }),
    );
    if (done && chosen) onReviewed(chosen);
  }

  return (
    <section aria-labelledby="report-review-heading" className="section report-review-panel">
      <h2 id="report-review-heading">{t('followUp.review.heading')}</h2>
      <p>{t('followUp.review.intro')}</p>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <form className="form form--wide action-panel" noValidate onSubmit={(event) => void submit(event)}>
        <ChoiceFieldset id={FIELD_IDS.decision} legend={t('followUp.review.decision')} required error={fieldErrors['decision']}>
          {DECISIONS.map((choice) => (
            <Choice
              key={choice.decision}
              id={choice.id}
              type="radio"
              name="decision"
              checked={decision === choice.decision}
              onChange={(checked) => {
                if (checked) setDecision(choice.decision);
              }}
              label={t(choice.label)}
              detail={t(choice.detail, { organization: organizationName })}
            />
          ))}
        </ChoiceFieldset>
        <TextAreaField
          id={FIELD_IDS.comment}
          name="comment"
          label={t('followUp.review.comment')}
          hint={commentRequired ? t('followUp.review.commentHintChanges') : t('followUp.review.commentHintApprove')}
          required={commentRequired}
          rows={5}
          maxLength={REPORT_LIMITS.reviewComment}
          lang="sv"
          value={comment}
          onChange={setComment}
          error={fieldErrors['comment']}
        />
        <SubmitButton busy={loading} label={t('followUp.review.submit')} busyLabel={t('common.saving')} />
      </form>
    </section>
  );
}
