import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ReasonForm } from '../../shared/ui/ReasonForm';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { MarkMentorEligibleMutation } from './graphql/operations';

/** A process leader marks an experienced model municipality as a possible mentor, saying why (kept in the audit log). */
export function MentorEligibleAction({ code, name, eligible }: { code: string; name: string; eligible: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [mark, { loading }] = useMutation(MarkMentorEligibleMutation);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const status = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [open]);

  return (
    <div ref={status} tabIndex={-1} className="focus-target">
      <StatusMessage>{done ? t('mentorEligible.done', { organization: name }) : null}</StatusMessage>
      {!eligible && !open ? (
        <p>
          <button ref={trigger} type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {t('mentorEligible.mark')}
          </button>
        </p>
      ) : null}
      {!eligible && open ? (
        <ReasonForm
          id="mentor-eligible-reason"
          intro={<p>{t('mentorEligible.intro', { organization: name })}</p>}
          label={t('mentorEligible.reason')}
          hint={t('mentorEligible.reasonHint')}
          requiredMessage={t('mentorEligible.reasonRequired')}
          submitLabel={t('mentorEligible.mark')}
          busyLabel={t('common.saving')}
          busy={loading}
          onSubmit={async (reason) => {
            await mark({ variables: { organizationCode: code, reason } });
            setOpen(false);
            setDone(true);
            // The button is gone with the answer: focus moves to the message, not to the page's top.
            status.current?.focus();
          }}
          onCancel={() => {
            returnFocus.current = true;
            setOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
