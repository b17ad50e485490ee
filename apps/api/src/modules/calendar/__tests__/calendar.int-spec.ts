import ICAL from 'ical.js';
import { Client } from 'pg';
import { UserRole } from '@modellkommuner/shared';
import { createCohort, createProgramme, makeEligible } from '../../../../test/cohort-fixtures';
import { codeOf, TestPlatform } from '../../../../test/platform';

const PUBLIC_API_URL = 'https://api.modellkommuner.test';
const MENTOR = '2505'; // Arvidsjaur
const MENTEES = ['2506', '2510', '2513']; // Arjeplog, Jokkmokk, Överkalix
const OUTSIDER = '2521'; // Pajala: in no cohort of this suite
const COHORT_NAME = 'Norrbotten, omgång 1; jämställdhet';
const LONG_NOTES = `Dagordning: ${'jämställdhetsintegrering, könsuppdelad statistik och återkoppling – '.repeat(6)}slut.`;

const ME = '{ me { id calendarUrl } }';
const ROTATE = 'mutation { rotateCalendarToken }';
const UPDATE_MEETING = `mutation($id: ID!, $v: Int!, $input: MeetingInput!) { updateMeeting(id: $id, version: $v, input: $input) { id } }`;
const CANCEL_MEETING = `mutation($id: ID!, $v: Int!, $r: String!) { cancelMeeting(id: $id, version: $v, reason: $r) { id } }`;
const URL_PATTERN = /^https:\/\/api\.modellkommuner\.test\/calendar\/[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{32}\.ics$/;

interface Feed {
  status: number;
  headers: Headers;
  text: string;
}

describe('the personal calendar feed', () => {
  let platform: TestPlatform;
  let leader: string;
  let cohort: { id: string; meetings: { id: string; kind: string }[]; checkpoints: { id: string; dueDate: string }[] };
  let startupId: string;
  let gatheringId: string;
  let member: { id: string; email: string; token: string };

  const get = async (url: string): Promise<Feed> => {
    expect(url.startsWith(PUBLIC_API_URL)).toBe(true);
    const response = await fetch(platform.baseUrl + url.slice(PUBLIC_API_URL.length));
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const urlOf = async (token: string): Promise<string> => (await platform.ok(ME, {}, token)).me.calendarUrl;
  const feedOf = async (token: string): Promise<Feed> => {
    const feed = await get(await urlOf(token));
    expect(feed.status).toBe(200);
    return feed;
  };
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
  const eventsOf = (text: string): Map<string, ICAL.Event> =>
    new Map(
      parse(text)
        .getAllSubcomponents('vevent')
        .map((c) => [String(c.getFirstPropertyValue('uid')), new ICAL.Event(c)]),
    );

  beforeAll(async () => {
    platform = await TestPlatform.start({ env: { PUBLIC_API_URL } });
    leader = await platform.loginProcessLeader();
    await makeEligible(platform, leader, MENTOR);
    const programme = await createProgramme(platform, leader);
    cohort = await createCohort(platform, leader, programme.id, MENTOR, MENTEES, {
      name: COHORT_NAME,
      startDate: '2026-01-15',
      // 15 January is winter time (UTC+1): 09:00Z is 10:00 in Stockholm.
      startupMeeting: {
        kind: 'STARTUP',
        title: 'Uppstartsmöte: mål, indikatorer',
        startsAt: '2026-01-15T09:00:00Z',
        endsAt: '2026-01-15T14:30:00Z',
        location: 'SKR, Hornsgatan 20; Stockholm',
        notes: LONG_NOTES,
      },
      // 17 June is summer time (UTC+2): the gathering at 10:00 Stockholm is 08:00Z.
      followUpDueDate: '2027-06-17',
    });
    startupId = cohort.meetings.find((m) => m.kind === 'STARTUP')!.id;
    gatheringId = cohort.meetings.find((m) => m.kind === 'GATHERING')!.id;
    member = await platform.createUser(MENTEES[0]);
    // Register the feed's own VTIMEZONE with the parser, so instants below are computed from it.
    const vtimezone = parse((await feedOf(member.token)).text).getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  });
  afterAll(async () => {
    ICAL.TimezoneService.reset();
    await platform.close();
  });

  describe('the URL', () => {
    it('is the viewer’s own, absolute under PUBLIC_API_URL, and stable until rotated', async () => {
      const url = await urlOf(member.token);
      expect(url).toMatch(URL_PATTERN);
      expect(await urlOf(member.token)).toBe(url);
      // Nothing secret is stored: the users table has no token column, only the version.
      const [row] = await platform.dataSource.query('SELECT * FROM users WHERE id = $1', [member.id]);
      expect(row.calendar_token_version).toBe(0);
      const token = url.slice(`${PUBLIC_API_URL}/calendar/`.length, -'.ics'.length);
      expect(JSON.stringify(row)).not.toContain(token.split('.')[1]);
    });

    it('is not readable for anyone else’s account: FORBIDDEN, the URL never in the answer', async () => {
      const colleague = await platform.createUser(MENTEES[0]);
      const colleagueUrl = await urlOf(colleague.token);
      const byLeader = await platform.gql(
        `query($c: String!) { users(organizationCode: $c) { id calendarUrl } }`,
        { c: MENTEES[0] },
        leader,
      );
      expect(codeOf(byLeader)).toBe('FORBIDDEN');
      expect((byLeader.errors?.[0] as { path?: unknown[] }).path).toEqual(['users', expect.any(Number), 'calendarUrl']);
      expect(JSON.stringify(byLeader)).not.toContain('/calendar/');
      const byColleague = await platform.gql(
        `query($c: String!) { users(organizationCode: $c) { id calendarUrl } }`,
        { c: MENTEES[0] },
        member.token,
      );
      expect(codeOf(byColleague)).toBe('FORBIDDEN');
      expect(JSON.stringify(byColleague)).not.toContain(colleagueUrl);
      // The same list without the field still works.
      const listed = await platform.ok(`query($c: String!) { users(organizationCode: $c) { id } }`, { c: MENTEES[0] }, leader);
      expect(listed.users.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([member.id, colleague.id]));
    });

    it('rotating needs a login', async () => {
      expect(codeOf(await platform.gql(ROTATE))).toBe('UNAUTHENTICATED');
    });
  });

  describe('the response', () => {
    it('is text/calendar, inline, privately cacheable for five minutes, with CRLF lines of at most 75 octets', async () => {
      const feed = await feedOf(member.token);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(feed.headers.get('content-disposition')).toBe('inline; filename="modellkommuner.ics"');
      expect(feed.headers.get('cache-control')).toBe('private, max-age=300');
      expect(feed.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(feed.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      const lines = feed.text.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(line).not.toMatch(/[\r\n]/);
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
      // The long Swedish notes were folded (continuation lines start with a space) and come back whole.
      expect(lines.some((l) => l.startsWith(' '))).toBe(true);
      expect(String(eventsOf(feed.text).get(`meeting-${startupId}@modellkommuner`)!.description)).toContain(LONG_NOTES);
    });

    it('has the calendar properties and Stockholm’s VTIMEZONE with its summer and winter rules', async () => {
      const calendar = parse((await feedOf(member.token)).text);
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).toBe('-//SKR//Modellkommuner//SV');
      expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Modellkommuner');
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Stockholm');
      const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
      expect(vtimezone.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
      const rule = (name: string) => {
        const c = vtimezone.getFirstSubcomponent(name)!;
        return [
          String(c.getFirstPropertyValue('tzoffsetfrom')),
          String(c.getFirstPropertyValue('tzoffsetto')),
          String(c.getFirstPropertyValue('rrule')),
        ];
      };
      expect(rule('daylight')).toEqual(['+01:00', '+02:00', 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']);
      expect(rule('standard')).toEqual(['+02:00', '+01:00', 'FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']);
    });
  });

  describe('the events', () => {
    it('the start-up meeting: stable UID, SEQUENCE 0, Stockholm wall-clock time in winter', async () => {
      const feed = await feedOf(member.token);
      const event = eventsOf(feed.text).get(`meeting-${startupId}@modellkommuner`)!;
      expect(event).toBeDefined();
      expect(event.sequence).toBe(0);
      expect(event.summary).toBe('Uppstartsmöte: mål, indikatorer');
      expect(event.location).toBe('SKR, Hornsgatan 20; Stockholm');
      expect(event.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
      expect(event.component.getFirstPropertyValue('url')).toBe(`http://web.test/cohorts/${cohort.id}`);
      expect(String(event.description)).toMatch(new RegExp(`^Omgång: ${COHORT_NAME}\nTyp: Uppstartsmöte\n`));
      const dtstart = event.component.getFirstProperty('dtstart')!;
      expect(dtstart.getParameter('tzid')).toBe('Europe/Stockholm');
      expect(event.startDate.toString()).toBe('2026-01-15T10:00:00');
      expect(event.endDate.toString()).toBe('2026-01-15T15:30:00');
      expect(event.startDate.toJSDate().toISOString()).toBe('2026-01-15T09:00:00.000Z');
      expect(feed.text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20260115T100000\r\n');
      const dtstamp = event.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
      expect(dtstamp.zone).toBe(ICAL.Timezone.utcTimezone);
      expect(Math.abs(dtstamp.toJSDate().getTime() - Date.now())).toBeLessThan(60_000);
      expect(event.component.getFirstPropertyValue('last-modified')).toBeInstanceOf(ICAL.Time);
    });

    it('the gathering: on the follow-up date at 10:00 Stockholm, in summer time', async () => {
      const feed = await feedOf(member.token);
      const event = eventsOf(feed.text).get(`meeting-${gatheringId}@modellkommuner`)!;
      expect(event.sequence).toBe(0);
      expect(event.summary).toBe(`Återsamling – ${COHORT_NAME}`);
      expect(event.location).toBe('SKR, Hornsgatan 20, Stockholm');
      expect(String(event.description)).toContain('Typ: Återsamling');
      expect(event.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Stockholm');
      expect(event.startDate.toString()).toBe('2027-06-17T10:00:00');
      expect(event.startDate.toJSDate().toISOString()).toBe('2027-06-17T08:00:00.000Z');
      expect(feed.text).toContain('\r\nDTSTART;TZID=Europe/Stockholm:20270617T100000\r\n');
    });

    it('the one-year checkpoint: an all-day event on the due date', async () => {
      const feed = await feedOf(member.token);
      const checkpoint = cohort.checkpoints[0];
      const event = eventsOf(feed.text).get(`checkpoint-${checkpoint.id}@modellkommuner`)!;
      expect(event.summary).toBe(`Uppföljning efter ett år – ${COHORT_NAME}`);
      expect(event.sequence).toBe(0);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe('2027-06-17');
      expect(event.endDate.toString()).toBe('2027-06-18');
      expect(event.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
      expect(feed.text).toContain('\r\nDTSTART;VALUE=DATE:20270617\r\n');
    });

    it('moving a meeting keeps its UID, bumps SEQUENCE to 1 and shows the new time', async () => {
      await platform.ok(
        UPDATE_MEETING,
        {
          id: startupId,
          v: 1,
          input: {
            kind: 'STARTUP',
            title: 'Uppstartsmöte: mål, indikatorer',
            startsAt: '2026-01-16T12:00:00Z',
            endsAt: '2026-01-16T15:00:00Z',
            location: 'Arvidsjaurs kommunhus',
            notes: LONG_NOTES,
          },
        },
        leader,
      );
      const event = eventsOf((await feedOf(member.token)).text).get(`meeting-${startupId}@modellkommuner`)!;
      expect(event.sequence).toBe(1);
      expect(event.startDate.toString()).toBe('2026-01-16T13:00:00');
      expect(event.endDate.toString()).toBe('2026-01-16T16:00:00');
      expect(event.location).toBe('Arvidsjaurs kommunhus');
    });

    it('a cancelled meeting stays in the feed as STATUS:CANCELLED, same UID, SEQUENCE bumped', async () => {
      const programme = await createProgramme(platform, leader);
      const other = await createCohort(platform, leader, programme.id, MENTOR, MENTEES.slice(0, 2), { name: 'Omgång som ställer in' });
      const startup = other.meetings.find((m: { kind: string }) => m.kind === 'STARTUP').id;
      const uid = `meeting-${startup}@modellkommuner`;
      expect(eventsOf((await feedOf(member.token)).text).get(uid)!.sequence).toBe(0);
      await platform.ok(CANCEL_MEETING, { id: startup, v: 1, r: 'Lokalen är inte tillgänglig' }, leader);
      const event = eventsOf((await feedOf(member.token)).text).get(uid)!;
      expect(event.component.getFirstPropertyValue('status')).toBe('CANCELLED');
      expect(event.sequence).toBe(1);
      expect(event.summary).toBe('Inställt: Uppstartsmöte');
      expect(String(event.description)).toContain('Mötet är inställt: Lokalen är inte tillgänglig');
    });
  });

  describe('whose cohorts', () => {
    it('the mentor’s users get the cohort too; an organisation outside it gets a feed without its events', async () => {
      const mentorUser = await platform.createUser(MENTOR);
      expect(eventsOf((await feedOf(mentorUser.token)).text).has(`meeting-${startupId}@modellkommuner`)).toBe(true);
      const outsider = await platform.createUser(OUTSIDER);
      const feed = await feedOf(outsider.token);
      expect(parse(feed.text).getFirstPropertyValue('x-wr-calname')).toBe('Modellkommuner');
      expect(eventsOf(feed.text).size).toBe(0);
      expect(feed.text).not.toContain(cohort.id);
    });

    it('an organisation that withdrew no longer gets the cohort', async () => {
      const programme = await createProgramme(platform, leader);
      const other = await createCohort(platform, leader, programme.id, MENTOR, MENTEES, { name: 'Omgång med utträde' });
      const leaving = await platform.createUser(MENTEES[2]);
      const uid = `checkpoint-${other.checkpoints[0].id}@modellkommuner`;
      expect(eventsOf((await feedOf(leaving.token)).text).has(uid)).toBe(true);
      await platform.ok(
        `mutation($id: ID!, $c: String!) { withdrawMember(cohortId: $id, organizationCode: $c, reason: "Omorganisation") { id } }`,
        { id: other.id, c: MENTEES[2] },
        leader,
      );
      expect(eventsOf((await feedOf(leaving.token)).text).has(uid)).toBe(false);
      expect(eventsOf((await feedOf(member.token)).text).has(uid)).toBe(true);
    });

    it('a process leader gets the cohorts they lead (not every cohort), in a fixed number of SQL statements', async () => {
      const own = await platform.createUser('SKR', UserRole.PROCESS_LEADER);
      const statements = async (): Promise<{ count: number; uids: string[] }> => {
        const url = await urlOf(own.token);
        const spy = jest.spyOn(Client.prototype, 'query');
        try {
          const feed = await get(url);
          expect(feed.status).toBe(200);
          return { count: spy.mock.calls.length, uids: [...eventsOf(feed.text).keys()] };
        } finally {
          spy.mockRestore();
        }
      };
      const none = await statements();
      expect(none.uids).toEqual([]);
      const created: { id: string; checkpoints: { id: string }[] }[] = [];
      const oneCohort = async () => {
        const programme = await createProgramme(platform, own.token);
        created.push(await createCohort(platform, own.token, programme.id, MENTOR, MENTEES.slice(0, 2)));
      };
      await oneCohort();
      const one = await statements();
      await oneCohort();
      await oneCohort();
      const three = await statements();
      expect(three.count).toBe(one.count);
      expect(one.count).toBeLessThanOrEqual(4);
      expect(three.uids).toHaveLength(9); // per cohort: start-up meeting, gathering, checkpoint
      expect(three.uids).toEqual(expect.arrayContaining(created.map((c) => `checkpoint-${c.checkpoints[0].id}@modellkommuner`)));
      expect(three.uids).not.toContain(`meeting-${startupId}@modellkommuner`);
      // The seeded process leader created the suite's first cohort and has it in their feed.
      expect(eventsOf((await feedOf(leader)).text).has(`meeting-${startupId}@modellkommuner`)).toBe(true);
    });
  });

  describe('tokens that do not open the feed', () => {
    const NOT_FOUND = /^Kalendern finns inte\./;

    it('rotation: the old URL answers 404, the new one 200; the change is in the audit log', async () => {
      const user = await platform.createUser(MENTEES[1]);
      const old = await urlOf(user.token);
      expect((await get(old)).status).toBe(200);
      const rotated = (await platform.ok(ROTATE, {}, user.token)).rotateCalendarToken;
      expect(rotated).toMatch(URL_PATTERN);
      expect(rotated).not.toBe(old);
      expect(await urlOf(user.token)).toBe(rotated);
      const gone = await get(old);
      expect(gone.status).toBe(404);
      expect(gone.text).toMatch(NOT_FOUND);
      expect(gone.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect((await get(rotated)).status).toBe(200);
      const audit = await platform.ok(
        `query($id: String!) { auditLog(entityId: $id) { edges { action entity actor { email } before after } } }`,
        { id: user.id },
        leader,
      );
      expect(audit.auditLog.edges).toHaveLength(1);
      expect(audit.auditLog.edges[0]).toMatchObject({ action: 'user.rotate_calendar_token', entity: 'User', actor: { email: user.email } });
      expect(JSON.parse(audit.auditLog.edges[0].before)).toEqual({ calendarTokenVersion: 0 });
      expect(JSON.parse(audit.auditLog.edges[0].after)).toEqual({ calendarTokenVersion: 1 });
    });

    it('forged, malformed or borrowed tokens answer 404', async () => {
      const url = await urlOf(member.token);
      const other = await urlOf((await platform.createUser(MENTEES[1])).token);
      const [idPart, macPart] = url.slice(`${PUBLIC_API_URL}/calendar/`.length, -'.ics'.length).split('.');
      const [otherIdPart] = other.slice(`${PUBLIC_API_URL}/calendar/`.length, -'.ics'.length).split('.');
      const flipped = (macPart[0] === 'A' ? 'B' : 'A') + macPart.slice(1);
      for (const file of [
        `${idPart}.${flipped}.ics`,
        `${otherIdPart}.${macPart}.ics`, // my MAC under another user's id
        `${idPart}.${'A'.repeat(32)}.ics`,
        `${idPart}.${macPart}`, // no .ics
        `${idPart}.${macPart}.txt`,
        `${idPart}.ics`,
        'garbage.ics',
        `${'A'.repeat(22)}.${macPart}.ics`,
      ]) {
        const feed = await get(`${PUBLIC_API_URL}/calendar/${file}`);
        expect([file, feed.status]).toEqual([file, 404]);
        expect(feed.text).toMatch(NOT_FOUND);
      }
      expect((await get(url)).status).toBe(200);
    });

    it('a deactivated user’s feed answers 404', async () => {
      const user = await platform.createUser(MENTEES[1]);
      const url = await urlOf(user.token);
      expect((await get(url)).status).toBe(200);
      await platform.ok(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id }, leader);
      const feed = await get(url);
      expect(feed.status).toBe(404);
      expect(feed.text).toMatch(NOT_FOUND);
    });
  });
});
