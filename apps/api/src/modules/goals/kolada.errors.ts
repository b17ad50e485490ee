import { GENDER_SV, Gender } from '@modellkommuner/shared';

// The Swedish lines of a Kolada import and sync (docs/domain.md, "Kolada"): one per problem, the rest
// of the import goes on.

const number = (n: number) => String(n).replace('.', ',');

export const KoladaErrors = {
  notJson: 'Texten är inte JSON. Klistra in hela svaret från Kolada.',
  unknownKpi: (kpi: string) => `Nyckeltalet ${kpi} är inte kopplat till någon indikator; dess värden hoppades över.`,
  unknownMunicipality: (id: string) =>
    id === '0000' ? 'Riket (0000) är ingen organisation här; dess värden hoppades över.' : `Kolada-id ${id} är ingen kommun eller region här; dess värden hoppades över.`,
  malformedPeriod: (kpi: string, municipality: string, period: string) => `Perioden "${period}" för ${kpi}, ${municipality} går inte att läsa; värdet hoppades över.`,
  missingValue: (kpi: string, municipality: string, period: string, gender: Gender, status: string) =>
    `${kpi}, ${municipality}, ${period}, ${GENDER_SV[gender].toLowerCase()}: Kolada saknar värde${status ? ` (${status})` : ''}; det förblir tomt.`,
  manualKept: (period: string, gender: Gender, typed: number, kolada: number) =>
    `${period}, ${GENDER_SV[gender].toLowerCase()}: det inmatade värdet ${number(typed)} behölls (Kolada har ${number(kolada)}).`,
  moreProblems: (count: number) => `… och ${count} rader till.`,
  noLinkedKpis: 'Ingen indikator i omgången är kopplad till ett nyckeltal i Kolada.',
  abandoned: 'Hämtningen blev aldrig klar och gavs upp; en ny hämtning startades.',
  queueDown: 'Hämtningen kunde inte läggas i kö. Försök igen om en stund.',
  workerFailed: (message: string) => `Hämtningen misslyckades: ${message}`,
  // The weekly fetch's comparison values (kolada_values) for every kommun and region.
  comparisonFailed: (reason: string) =>
    `Värdena för omgångarna hämtades, men jämförelsevärdena för alla kommuner och regioner kunde inte hämtas: ${reason}${/[.!?]$/.test(reason) ? '' : '.'} De senast hämtade jämförelsevärdena gäller tills vidare.`,
  comparisonProblem: (line: string) => `Jämförelsevärden: ${line}`,
} as const;
