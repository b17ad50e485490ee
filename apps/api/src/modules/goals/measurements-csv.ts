import { Gender, GOAL_SCOPE_SV, GoalScope, MeasurementSource, comparePeriods } from '@modellkommuner/shared';

// CSV that Swedish Excel opens as it should (docs/api-conventions.md, "CSV exports"): UTF-8 with a byte
// order mark, `;` between fields, CRLF between lines, a decimal comma, no thousands separator. A missing
// value is an empty field — never 0.

export const CSV_BOM = '\uFEFF';

export const CSV_HEADER = ['Organisation', 'Kod', 'Mål', 'Målet gäller', 'Indikator', 'Enhet', 'Kolada-id', 'Period', 'Kvinnor', 'Män', 'Totalt', 'Källa'];

const SOURCE_SV: Record<MeasurementSource, string> = {
  [MeasurementSource.MANUAL]: 'Inmatat',
  [MeasurementSource.KOLADA]: 'Kolada',
  [MeasurementSource.IMPORT]: 'Import',
};
/** The order a row names its sources in, whatever order the values were read in. */
const SOURCE_ORDER = [MeasurementSource.MANUAL, MeasurementSource.KOLADA, MeasurementSource.IMPORT];

/** A number with a decimal comma and no exponent or grouping: 81.25 → "81,25", -0.5 → "-0,5". */
export function csvNumber(value: number): string {
  const fixed = value.toFixed(10).replace(/\.?0+$/, '');
  return (fixed === '-0' ? '0' : fixed).replace('.', ',');
}

/**
 * One text field: quoted when it holds `;`, `"` or a line break; a leading `=`, `+`, `-` or `@` is
 * prefixed with `'` so that a spreadsheet never runs it as a formula (text only: numbers go through csvNumber).
 */
export function csvText(value: string | null | undefined): string {
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvOrganization {
  id: string;
  name: string;
  code: string;
}
export interface CsvGoal {
  id: string;
  title: string;
  scope: GoalScope;
  organizationId: string | null;
}
export interface CsvIndicator {
  id: string;
  goalId: string;
  name: string;
  unit: string;
  koladaKpiId: string | null;
}
export interface CsvValue {
  indicatorId: string;
  organizationId: string;
  period: string;
  gender: Gender;
  value: number;
  source: MeasurementSource;
}

/**
 * The export: a row per organisation, indicator and period that has at least one value, with the
 * three genders side by side. Organisations by name, goals and indicators in the order given (the
 * page's), periods in time order.
 */
export function measurementsCsv(organizations: CsvOrganization[], goals: CsvGoal[], indicators: CsvIndicator[], values: CsvValue[]): string {
  const lines = [CSV_HEADER.map(csvText).join(';')];
  const byCell = new Map<string, CsvValue[]>();
  for (const v of values) {
    const key = `${v.organizationId}|${v.indicatorId}`;
    const list = byCell.get(key) ?? [];
    list.push(v);
    byCell.set(key, list);
  }
  const sortedOrganizations = [...organizations].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  for (const organization of sortedOrganizations) {
    for (const goal of goals) {
      if (goal.scope === GoalScope.OWN && goal.organizationId !== organization.id) continue;
      for (const indicator of indicators.filter((i) => i.goalId === goal.id)) {
        const cellValues = byCell.get(`${organization.id}|${indicator.id}`) ?? [];
        const periods = [...new Set(cellValues.map((v) => v.period))].sort(comparePeriods);
        for (const period of periods) {
          const inPeriod = cellValues.filter((v) => v.period === period);
          const of = (gender: Gender) => {
            const found = inPeriod.find((v) => v.gender === gender);
            return found ? csvNumber(found.value) : '';
          };
          const sources = SOURCE_ORDER.filter((source) => inPeriod.some((v) => v.source === source))
            .map((source) => SOURCE_SV[source])
            .join(', ');
          lines.push(
            [
              csvText(organization.name),
              csvText(organization.code),
              csvText(goal.title),
              csvText(goal.scope === GoalScope.SHARED ? GOAL_SCOPE_SV.SHARED : GOAL_SCOPE_SV.OWN),
              csvText(indicator.name),
              csvText(indicator.unit),
              csvText(indicator.koladaKpiId),
              csvText(period),
              of(Gender.WOMEN),
              of(Gender.MEN),
              of(Gender.TOTAL),
              csvText(sources),
            ].join(';'),
          );
        }
      }
    }
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
