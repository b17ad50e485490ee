import { EntityManager } from 'typeorm';
import {
  CHECKPOINT_KIND_SV,
  CheckpointKind,
  daysBetween,
  periodEndDate,
  periodLabel,
  ReminderKind,
  stockholmClock,
  stockholmDate,
} from '@modellkommuner/shared';
import { formatSwedishDate } from '../mail/templates/layout';
import { ReminderEntity } from './entities/reminder.entity';

/** What a reminder says: the notification's title and text, and where its link leads in the web app. */
export interface ReminderMessage {
  title: string;
  body: string;
  /** A path in the web app; the mail prefixes PUBLIC_WEB_URL. */
  link: string;
}

const DAY_MS = 24 * 3600 * 1000;
const dateOf = (isoDate: string) => formatSwedishDate(new Date(`${isoDate}T12:00:00Z`));

async function one<T>(manager: EntityManager, sql: string, params: unknown[]): Promise<T | undefined> {
  return (await manager.query<T[]>(sql, params))[0];
}

/**
 * The message of a reminder, written in Swedish from the state when it is sent (a moved meeting says its
 * new time). Null when what it is about no longer exists: the reminder is then cancelled, not sent.
 */
export async function messageOf(manager: EntityManager, row: ReminderEntity): Promise<ReminderMessage | null> {
  const cohort = row.cohortId ? await one<{ name: string }>(manager, 'SELECT name FROM cohorts WHERE id = $1', [row.cohortId]) : undefined;
  const organization = row.organizationId
    ? await one<{ name: string; code: string }>(manager, 'SELECT name, code FROM organizations WHERE id = $1', [row.organizationId])
    : undefined;
  switch (row.kind) {
    case ReminderKind.MEETING_UPCOMING: {
      const meeting = await one<{ title: string; startsAt: Date; location: string | null }>(
        manager,
        'SELECT title, starts_at AS "startsAt", location FROM meetings WHERE id = $1',
        [row.subjectId],
      );
      if (!meeting || !cohort) return null;
      const days = Math.round((meeting.startsAt.getTime() - row.dueAt.getTime()) / DAY_MS);
      return {
        title: `${days <= 1 ? 'I morgon' : `Om ${days} dagar`}: ${meeting.title}`,
        body: `${cohort.name}: ${meeting.title} ${formatSwedishDate(meeting.startsAt)} kl. ${stockholmClock(meeting.startsAt)}${meeting.location ? `, ${meeting.location}` : ''}.`,
        link: `/cohorts/${row.cohortId}`,
      };
    }
    case ReminderKind.FOLLOW_UP_DUE:
    case ReminderKind.FOLLOW_UP_OVERDUE: {
      const checkpoint = await one<{ kind: CheckpointKind; dueDate: string }>(
        manager,
        `SELECT kind, to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM checkpoints WHERE id = $1`,
        [row.subjectId],
      );
      if (!checkpoint || !cohort || !organization) return null;
      const what = `${CHECKPOINT_KIND_SV[checkpoint.kind].toLowerCase()} i ${cohort.name}`;
      const today = stockholmDate(row.dueAt);
      const link = `/checkpoints/${row.subjectId}/reports/${organization.code}`;
      if (row.kind === ReminderKind.FOLLOW_UP_DUE) {
        const days = daysBetween(today, checkpoint.dueDate);
        return {
          title: days > 0 ? `Uppföljningen ska lämnas in om ${days} dagar` : 'Uppföljningen ska lämnas in i dag',
          body: `${organization.name}: rapporten för ${what} ska lämnas in senast ${dateOf(checkpoint.dueDate)}.`,
          link,
        };
      }
      const late = daysBetween(checkpoint.dueDate, today);
      return {
        title: `Uppföljningen är ${late} dagar försenad: ${organization.name}`,
        body: `Rapporten för ${what} skulle ha lämnats in senast ${dateOf(checkpoint.dueDate)} och är inte inlämnad.`,
        link,
      };
    }
    case ReminderKind.REVIEW_PENDING: {
      const report = await one<{ checkpointId: string; submittedAt: Date | null }>(
        manager,
        'SELECT checkpoint_id AS "checkpointId", submitted_at AS "submittedAt" FROM follow_up_reports WHERE id = $1',
        [row.subjectId],
      );
      if (!report || !organization || !cohort) return null;
      return {
        title: `Uppföljning att granska: ${organization.name}`,
        body: `${organization.name} lämnade in sin uppföljning i ${cohort.name}${report.submittedAt ? ` ${formatSwedishDate(report.submittedAt)}` : ''}. Den väntar på att ni godkänner den eller begär ändringar.`,
        link: `/checkpoints/${report.checkpointId}/reports/${organization.code}`,
      };
    }
    case ReminderKind.MEASUREMENT_DUE: {
      const indicator = await one<{ name: string }>(manager, 'SELECT name FROM indicators WHERE id = $1', [row.subjectId]);
      if (!indicator || !organization || !cohort || !row.period) return null;
      const end = periodEndDate(row.period);
      return {
        title: `Värden saknas för ${periodLabel(row.period)}: ${indicator.name}`,
        body: `${organization.name} har inte fört in några värden för ${periodLabel(row.period)} för indikatorn "${indicator.name}" i ${cohort.name}${end ? `. Perioden slutade ${dateOf(end)}` : ''}.`,
        link: `/cohorts/${row.cohortId}/goals/${organization.code}`,
      };
    }
    case ReminderKind.EXAMPLE_IN_REVIEW: {
      const example = await one<{ title: string; slug: string }>(manager, 'SELECT title, slug FROM learning_examples WHERE id = $1', [
        row.subjectId,
      ]);
      if (!example) return null;
      return {
        title: `Lärande exempel väntar på granskning: ${example.title}`,
        body: `"${example.title}" skickades till redaktionen för fem dagar sedan och väntar på att publiceras eller skickas tillbaka.`,
        link: `/examples/${example.slug}`,
      };
    }
    case ReminderKind.CUSTOM:
      if (!cohort) return null;
      return { title: row.subject ?? '', body: row.body ?? '', link: `/cohorts/${row.cohortId}` };
  }
}
