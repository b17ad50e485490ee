import type { TFunction } from 'i18next';
import { isEmail } from '@modellkommuner/shared';
import type { WorkingGroupMemberInput, WorkingGroupPersonFragment, WorkingGroupRole } from '../../gql/graphql';
import type { FieldProblem } from '../../shared/errors/error-message';

export const WORKING_GROUP_MAX = 30;
/** The button that adds a person: where the form starts when there is nobody in it. */
export const WORKING_GROUP_ADD_ID = 'working-group-add';

/** One row of the form; `key` keeps React's rows (and their ids) stable while rows come and go. */
export interface PersonRow {
  key: string;
  name: string;
  title: string;
  role: WorkingGroupRole;
  email: string;
}

let counter = 0;
export function newRowKey(): string {
  counter += 1;
  return `p${counter}`;
}

export function emptyRow(role: WorkingGroupRole = 'OTHER'): PersonRow {
  return { key: newRowKey(), name: '', title: '', role, email: '' };
}

export function rowsFrom(people: readonly WorkingGroupPersonFragment[]): PersonRow[] {
  return people.map((person) => ({ key: newRowKey(), name: person.name, title: person.title ?? '', role: person.role, email: person.email ?? '' }));
}

/** The form's rows for a saved group: one empty row (a politician, the usual first) when the group is empty. */
export function rowsForForm(people: readonly WorkingGroupPersonFragment[]): PersonRow[] {
  return people.length ? rowsFrom(people) : [emptyRow('POLITICIAN')];
}

/**
 * The newer group's rows in place of the form's, keeping the form's row keys position by position: the
 * fields keep their ids, so focus can go to the first name at once (and the rows' fieldsets stay put).
 */
export function takeRowsKeepingKeys(current: readonly PersonRow[], latest: readonly PersonRow[]): PersonRow[] {
  return latest.map((row, index) => ({ ...row, key: current[index]?.key ?? row.key }));
}

/** The id of a row's control in the form: `wg-p3-name`. */
export function personFieldId(row: Pick<PersonRow, 'key'>, control: 'name' | 'title' | 'role' | 'email'): string {
  return `wg-${row.key}-${control}`;
}

/** Where the form starts: the first person's name, or the button that adds one when there is nobody. */
export function firstFieldIdOf(rows: readonly PersonRow[]): string {
  return rows[0] ? personFieldId(rows[0], 'name') : WORKING_GROUP_ADD_ID;
}

/** The organisation's membership, if it is (still) in the cohort: whose working group the form edits. */
export function currentMemberOf<M extends { organization: { code: string }; withdrawnAt?: string | null }>(members: readonly M[], code: string): M | null {
  return members.find((member) => member.organization.code === code && !member.withdrawnAt) ?? null;
}

/** The field name of a row's control, e.g. `p3.email` (the row's key, so it survives removing others). */
export function rowField(row: Pick<PersonRow, 'key'>, control: 'name' | 'title' | 'role' | 'email'): string {
  return `${row.key}.${control}`;
}

/** Names required, e-mail addresses valid when given, at most WORKING_GROUP_MAX people. */
export function workingGroupProblems(rows: readonly PersonRow[], t: TFunction): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (rows.length > WORKING_GROUP_MAX) problems.push({ field: 'members', message: t('workingGroup.tooMany', { max: WORKING_GROUP_MAX }) });
  rows.forEach((row, index) => {
    const number = index + 1;
    if (!row.name.trim()) problems.push({ field: rowField(row, 'name'), message: t('workingGroup.nameRequired', { number }) });
    else if (row.name.trim().length > 200) problems.push({ field: rowField(row, 'name'), message: t('workingGroup.nameTooLong', { number, max: 200 }) });
    if (row.title.trim().length > 200) problems.push({ field: rowField(row, 'title'), message: t('workingGroup.titleTooLong', { number, max: 200 }) });
    if (row.email.trim() && !isEmail(row.email.trim())) problems.push({ field: rowField(row, 'email'), message: t('workingGroup.emailInvalid', { number }) });
  });
  return problems;
}

export function toWorkingGroupInput(rows: readonly PersonRow[]): WorkingGroupMemberInput[] {
  return rows.map((row) => ({ name: row.name.trim(), title: row.title.trim() || null, role: row.role, email: row.email.trim() || null }));
}
