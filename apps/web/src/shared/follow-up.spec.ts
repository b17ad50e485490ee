import { describe, expect, it } from 'vitest';
import {
  CHECKPOINT_KIND_SV,
  GOAL_ASSESSMENT_SV,
  REPORT_NOT_STARTED_SV,
  REPORT_STATUS_SV,
  REVIEW_DECISION_SV,
} from '@modellkommuner/shared';
import { createI18n } from '../i18n/i18n';
import sv from '../i18n/sv.json';
import { assessmentLabel, checkpointKindLabel, reportPath, reportPrintPath, reportStatusLabel } from './follow-up';

describe('the follow-up’s words', () => {
  it('says in sv.json what the shared rules say (the Swedish interface uses the shared words)', () => {
    expect(sv.followUp.status).toEqual(REPORT_STATUS_SV);
    expect(sv.followUp.notStarted).toBe(REPORT_NOT_STARTED_SV);
    expect(sv.followUp.assessment).toEqual(GOAL_ASSESSMENT_SV);
    expect(sv.followUp.decision).toEqual(REVIEW_DECISION_SV);
    expect(sv.checkpointKind).toEqual(CHECKPOINT_KIND_SV);
  });

  it('says them in the interface’s language', () => {
    const en = createI18n({ language: 'en' }).t;
    const svT = createI18n({ language: 'sv' }).t;
    expect(reportStatusLabel(null, svT)).toBe('Inte påbörjad');
    expect(reportStatusLabel('CHANGES_REQUESTED', en)).toBe('Changes requested');
    expect(assessmentLabel('PARTLY_ACHIEVED', en)).toBe('Partly achieved');
    expect(checkpointKindLabel('MIDTERM', svT)).toBe('Halvtidsuppföljning');
  });

  it('builds the report’s addresses', () => {
    expect(reportPath('c 1', '0136')).toBe('/checkpoints/c%201/reports/0136');
    expect(reportPrintPath('c1', '0136')).toBe('/checkpoints/c1/reports/0136/print');
  });
});
