import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CohortDetailsFragment } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { formatDate } from '../../shared/format';
import { DataTable } from '../../shared/ui/DataTable';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ReasonForm } from '../../shared/ui/ReasonForm';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import type { CohortSectionProps } from './cohort-page-data';
import { membershipOpen } from './cohort-status';
import { activeMentees, orderMembers } from './cohort-view';
import { AddMenteeMutation, CandidateOrganizationsQuery, WithdrawMemberMutation } from './graphql/operations';
import { ReloadButton } from '../../shared/ui/ReloadButton';

type Member = CohortDetailsFragment['members'][number];

/** The mentor, the mentees and those who left, each with its working group. */
export function MembersSection({ cohort, permissions, reload }: CohortSectionProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const members = orderMembers(cohort.members);
  const open = membershipOpen(cohort.status);
  const menteeCount = activeMentees(cohort.members).length;
  const mayWithdraw = permissions.processLeader && open && menteeCount > cohort.programme.minMentees;
  const mayAdd = permissions.processLeader && open && menteeCount < cohort.programme.maxMentees;

  function done(message: string) {
    setStatus(message);
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="members-heading" className="section">
      <h2 id="members-heading" ref={heading} tabIndex={-1}>
        {t('members.heading')}
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {permissions.processLeader && open && !mayWithdraw && menteeCount > 0 ? (
        <p className="field__hint">{t('members.withdrawAtMinimum', { min: cohort.programme.minMentees })}</p>
      ) : null}
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.id} className={member.withdrawnAt ? 'member member--withdrawn' : 'member'}>
            <MemberCard
              cohortId={cohort.id}
              member={member}
              mayEditWorkingGroup={permissions.mayEditWorkingGroup(member.organization.code)}
              mayWithdraw={mayWithdraw && member.role === 'MENTEE' && !member.withdrawnAt}
              reload={reload}
              onWithdrawn={() => done(t('members.withdrawn', { organization: member.organization.name }))}
            />
          </li>
        ))}
      </ul>
      {mayAdd ? <AddMenteeForm cohort={cohort} reload={reload} onAdded={(name) => done(t('members.added', { organization: name }))} /> : null}
    </section>
  );
}

function MemberCard({
  cohortId,
  member,
  mayEditWorkingGroup,
  mayWithdraw,
  reload,
  onWithdrawn,
}: {
  cohortId: string;
  member: Member;
  mayEditWorkingGroup: boolean;
  mayWithdraw: boolean;
  reload: () => Promise<unknown>;
  onWithdrawn: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdraw, { loading }] = useMutation(WithdrawMemberMutation);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const organization = member.organization;
  const headingId = `member-${member.id}`;

  useEffect(() => {
    if (!withdrawing && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [withdrawing]);

  return (
    <article aria-labelledby={headingId}>
      <h3 id={headingId} className="member__name">
        <Link to={`/organizations/${encodeURIComponent(organization.code)}`}>{organization.name}</Link>
      </h3>
      <p className="member__role">
        {member.withdrawnAt ? t('members.roleWithdrawn', { role: t(`memberRole.${member.role}`) }) : t(`memberRole.${member.role}`)}
      </p>
      {member.withdrawnAt ? (
        <p className="notice">
          {t('members.withdrawnNote', { date: formatDate(member.withdrawnAt, i18n.language) })}
          {member.withdrawalReason ? ` ${t('members.withdrawnReason', { reason: member.withdrawalReason })}` : null}
        </p>
      ) : null}
      <WorkingGroupTable member={member} />
      {mayEditWorkingGroup || mayWithdraw ? (
        <div className="button-row">
          {mayEditWorkingGroup ? (
            <Link className="button button--secondary button--small" to={`/cohorts/${encodeURIComponent(cohortId)}/working-group/${encodeURIComponent(organization.code)}`}>
              {t('members.editWorkingGroup')} <span className="visually-hidden">{t('members.forOrganization', { organization: organization.name })}</span>
            </Link>
          ) : null}
          {mayWithdraw && !withdrawing ? (
            <button ref={trigger} type="button" className="button button--secondary button--small" onClick={() => setWithdrawing(true)}>
              {t('members.withdraw')} <span className="visually-hidden">{t('members.forOrganization', { organization: organization.name })}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {withdrawing ? (
        <ReasonForm
          id={`withdraw-reason-${member.id}`}
          danger
          intro={<p>{t('members.withdrawIntro', { organization: organization.name })}</p>}
          label={t('members.withdrawReason', { organization: organization.shortName })}
          hint={t('members.withdrawReasonHint')}
          requiredMessage={t('members.withdrawReasonRequired')}
          submitLabel={t('members.withdrawSubmit', { organization: organization.shortName })}
          busyLabel={t('common.saving')}
          busy={loading}
          onSubmit={async (reason) => {
            await withdraw({ variables: { cohortId, organizationCode: organization.code, reason } });
            setWithdrawing(false);
            onWithdrawn();
          }}
          onCancel={() => {
            returnFocus.current = true;
            setWithdrawing(false);
          }}
          conflictAction={<ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} />}
        />
      ) : null}
    </article>
  );
}

function WorkingGroupTable({ member }: { member: Member }) {
  const { t } = useTranslation();
  const people = member.workingGroup;
  if (people.length === 0) return <p>{t('members.noWorkingGroup')}</p>;
  return (
    <DataTable
      captionId={`working-group-${member.id}`}
      caption={t('members.workingGroupCaption', { organization: member.organization.name })}
      visibleCaption
      rows={people}
      rowKey={(person) => person.id}
      columns={[
        { header: t('workingGroup.name'), rowHeader: true, cell: (person) => person.name },
        { header: t('workingGroup.title'), cell: (person) => (person.title ? <span lang="sv">{person.title}</span> : t('common.notSet')) },
        { header: t('workingGroup.role'), cell: (person) => t(`workingGroupRole.${person.role}`) },
        {
          header: t('workingGroup.email'),
          className: 'break-anywhere',
          cell: (person) => (person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : t('common.notSet')),
        },
      ]}
    />
  );
}

const ADD_FIELD_IDS = { organizationCode: 'add-mentee-organization' };

function AddMenteeForm({ cohort, reload, onAdded }: { cohort: CohortDetailsFragment; reload: () => Promise<unknown>; onAdded: (name: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(CandidateOrganizationsQuery, { variables: { kind: cohort.programme.organizationKind } });
  const [addMentee, { loading }] = useMutation(AddMenteeMutation);
  const [code, setCode] = useState('');
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(ADD_FIELD_IDS);
  const taken = useMemo(() => new Set(cohort.members.filter((m) => !m.withdrawnAt).map((m) => m.organization.code)), [cohort.members]);
  const candidates = (data?.organizations ?? []).filter((organization) => !taken.has(organization.code));
  const kinds = t(`organizationKindPlural.${cohort.programme.organizationKind}`);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (rejectInvalid(code ? [] : [{ field: 'organizationCode', message: t('members.addRequired') }])) return;
    clear();
    try {
      await addMentee({ variables: { cohortId: cohort.id, organizationCode: code } });
      const name = candidates.find((candidate) => candidate.code === code)?.name ?? code;
      setCode('');
      onAdded(name);
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <section aria-labelledby="add-mentee-heading" className="subsection">
      <h3 id="add-mentee-heading">{t('members.addHeading')}</h3>
      <ErrorSummary error={error} fieldIds={ADD_FIELD_IDS}>
        {error?.code === 'CONFLICT' ? <ReloadButton reload={reload} label={t('cohort.reload')} busyLabel={t('cohort.reloading')} /> : null}
      </ErrorSummary>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <SelectField
          id={ADD_FIELD_IDS.organizationCode}
          name="organizationCode"
          label={t('members.addLabel', { kinds })}
          hint={t('members.addHint')}
          required
          value={code}
          onChange={setCode}
          error={fieldErrors['organizationCode']}
        >
          <option value="">{t('members.addChoose')}</option>
          {candidates.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <SubmitButton busy={loading} label={t('members.addSubmit')} busyLabel={t('common.saving')} />
        </div>
      </form>
    </section>
  );
}
