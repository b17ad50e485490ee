import ICAL from 'ical.js';
import { CheckpointKind, CohortStatus, MeetingKind } from '@modellkommuner/shared';
import { renderFeed } from './calendar-feed';
import { escapeText, foldLine, formatDate, formatStockholmLocal, renderCalendar, serialize, stockholmDateTimeProperty } from './icalendar';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('iCalendar writer', () => {
  it('escapes TEXT: backslash, semicolon, comma, every kind of line break; drops other controls', () => {
    expect(escapeText('a\\b;c,d')).toBe('a\\\\b\\;c\\,d');
    expect(escapeText('rad 1\r\nrad 2\nrad 3\rrad 4')).toBe('rad 1\\nrad 2\\nrad 3\\nrad 4');
    expect(escapeText('tab\tok\u0007bell')).toBe('tab\tokbell');
    expect(escapeText('Möte: Å, Ä; Ö')).toBe('Möte: Å\\, Ä\\; Ö');
  });

  it('folds at 75 octets with a leading space, never inside a UTF-8 sequence', () => {
    const ascii = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(ascii);
    expect(folded.every((l) => octets(l) <= 75)).toBe(true);
    expect(octets(folded[0])).toBe(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(ascii);

    // Two-, three- and four-byte characters straddling every possible boundary.
    for (const ch of ['å', '–', '😀']) {
      for (let prefix = 0; prefix < 5; prefix++) {
        const line = `DESCRIPTION:${'a'.repeat(prefix)}${ch.repeat(60)}`;
        const parts = foldLine(line);
        expect(parts.every((l) => octets(l) <= 75)).toBe(true);
        expect(parts.every((l) => !l.includes('\ufffd') && Buffer.from(l, 'utf8').toString('utf8') === l)).toBe(true);
        expect(parts.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
      }
    }
    expect(foldLine('SHORT:line')).toEqual(['SHORT:line']);
  });

  it('serializes with CRLF after every line, the last included', () => {
    const text = serialize(['A:1', `B:${'y'.repeat(100)}`]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes Stockholm wall-clock time in winter (UTC+1) and summer (UTC+2)', () => {
    expect(formatStockholmLocal(new Date('2026-01-15T09:00:00Z'))).toBe('20260115T100000');
    expect(formatStockholmLocal(new Date('2026-06-15T08:30:00Z'))).toBe('20260615T103000');
    expect(stockholmDateTimeProperty('DTSTART', new Date('2026-01-15T09:00:00Z'))).toBe('DTSTART;TZID=Europe/Stockholm:20260115T100000');
  });

  it('writes the repeated autumn hour in UTC, where a local time would be read as its first occurrence', () => {
    // 2026-10-25: clocks go back 03:00 CEST → 02:00 CET; 02:30 happens at 00:30Z and again at 01:30Z.
    expect(stockholmDateTimeProperty('DTSTART', new Date('2026-10-25T00:30:00Z'))).toBe('DTSTART;TZID=Europe/Stockholm:20261025T023000');
    expect(stockholmDateTimeProperty('DTSTART', new Date('2026-10-25T01:30:00Z'))).toBe('DTSTART:20261025T013000Z');
  });

  it('formats all-day dates and the day after, across month and year ends', () => {
    expect(formatDate('2027-02-28', 1)).toBe('20270301');
    expect(formatDate('2026-12-31', 1)).toBe('20270101');
  });

  it('a calendar with no events is still a valid VCALENDAR', () => {
    const text = renderCalendar({
      name: 'Modellkommuner',
      prodId: '-//x//y//SV',
      generatedAt: new Date('2026-11-23T12:00:00Z'),
      events: [],
    });
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Stockholm');
  });
});

describe('the feed', () => {
  const cohort = { id: 'c1', name: 'Omgång Norr, 2026; "test"', status: CohortStatus.ACTIVE };
  const meeting = {
    id: 'm1',
    cohortId: 'c1',
    kind: MeetingKind.EXCHANGE,
    title: 'Erfarenhetsutbyte i Umeå',
    startsAt: new Date('2026-03-10T08:00:00Z'),
    endsAt: null,
    location: 'Rådhuset, sal 3; plan 2',
    notes: 'Ta med\nrapporten',
    cancelledAt: null,
    cancelReason: null,
    sequence: 2,
    updatedAt: new Date('2026-02-01T10:00:00Z'),
  };
  const checkpoint = {
    id: 'k1',
    cohortId: 'c1',
    kind: CheckpointKind.ONE_YEAR,
    dueDate: '2027-03-01',
    sequence: 0,
    updatedAt: new Date('2026-02-01T10:00:00Z'),
  };

  function parse(text: string) {
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    return Object.fromEntries(events.map((e) => [String(e.getFirstPropertyValue('uid')), e]));
  }

  it('maps rows to events with escaped text that parses back unchanged', () => {
    const text = renderFeed({
      cohorts: [cohort],
      meetings: [meeting],
      checkpoints: [checkpoint],
      publicWebUrl: 'https://web.example',
      generatedAt: new Date(),
    });
    const events = parse(text);
    const m = events['meeting-m1@modellkommuner'];
    expect(m.getFirstPropertyValue('location')).toBe('Rådhuset, sal 3; plan 2');
    expect(m.getFirstPropertyValue('description')).toBe(
      'Omgång: Omgång Norr, 2026; "test"\nTyp: Erfarenhetsutbyte\n\nTa med\nrapporten\n\nOmgångens sida: https://web.example/cohorts/c1',
    );
    expect(m.getFirstPropertyValue('sequence')).toBe(2);
    expect(m.getFirstProperty('dtend')).toBeNull();
    const k = events['checkpoint-k1@modellkommuner'];
    expect(k.getFirstPropertyValue('summary')).toBe('Uppföljning efter ett år – Omgång Norr, 2026; "test"');
    expect(k.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('a cancelled meeting keeps its UID and says so; a cancelled cohort cancels its due date with a higher sequence', () => {
    const text = renderFeed({
      cohorts: [{ ...cohort, status: CohortStatus.CANCELLED }],
      meetings: [{ ...meeting, cancelledAt: new Date(), cancelReason: 'Sjukdom', sequence: 3 }],
      checkpoints: [checkpoint],
      publicWebUrl: 'https://web.example',
      generatedAt: new Date(),
    });
    const events = parse(text);
    const m = events['meeting-m1@modellkommuner'];
    expect(m.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(m.getFirstPropertyValue('summary')).toBe('Inställt: Erfarenhetsutbyte i Umeå');
    expect(String(m.getFirstPropertyValue('description'))).toContain('Mötet är inställt: Sjukdom');
    const k = events['checkpoint-k1@modellkommuner'];
    expect(k.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(k.getFirstPropertyValue('sequence')).toBe(1);
  });

  it('leaves out rows whose cohort is not in the feed', () => {
    const text = renderFeed({
      cohorts: [],
      meetings: [meeting],
      checkpoints: [checkpoint],
      publicWebUrl: 'https://web.example',
      generatedAt: new Date(),
    });
    expect(Object.keys(parse(text))).toEqual([]);
  });
});
