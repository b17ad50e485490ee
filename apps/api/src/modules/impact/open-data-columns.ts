import { COHORT_STATUS_SV, IMPACT_MIN_GROUP, IMPACT_STATUS_SV, REACH_STATUS_SV } from '@modellkommuner/shared';

// The open datasets' columns (docs/api-conventions.md, "Open data") and the web pages that show them.

/** A column of a dataset: its stable snake_case name (CSV header, JSON key) and what it holds, in Swedish. */
export interface OpenDataColumn {
  name: string;
  description: string;
}

const col = (name: string, description: string): OpenDataColumn => ({ name, description });
const labels = (sv: Record<string, string>) =>
  Object.entries(sv)
    .map(([code, label]) => `${code} (${label.toLowerCase()})`)
    .join(', ');
const GAP = 'kvinnornas värde minus männens, i nyckeltalets enhet';

/**
 * The columns of every dataset, in file order. The names are part of the files' contract: add columns at
 * the end, never rename or reorder (docs/api-conventions.md, "Open data").
 */
export const OPEN_DATA_COLUMNS: Record<string, readonly OpenDataColumn[]> = {
  'impact-key-figures': [
    col('kpi_id', 'Koladas id för nyckeltalet, t.ex. N15419.'),
    col('kpi_title', 'Nyckeltalets namn hos Kolada (tomt om Kolada ännu inte svarat).'),
    col('status', `Om skillnaden kunde skattas: ${labels(IMPACT_STATUS_SV)}.`),
    col('participants', 'Deltagande organisationer med värde både året före start och uppföljningsåret.'),
    col('comparison', 'Kommuner och regioner som aldrig deltagit, med värden samma år.'),
    col('awaiting_data', 'Deltagare vars uppföljningsår Kolada ännu inte publicerat.'),
    col('missing_data', 'Deltagare som saknar värde ett år Kolada publicerat.'),
    col(
      'participant_change',
      `Deltagarnas genomsnittliga förändring av skillnaden (${GAP}) från året före start till uppföljningsåret; tomt om status inte är ESTIMATED.`,
    ),
    col('comparison_change', 'Övrigas genomsnittliga förändring av skillnaden samma år; tomt om status inte är ESTIMATED.'),
    col('difference', 'Skillnad i skillnader: participant_change minus comparison_change; tomt om status inte är ESTIMATED.'),
    col('ci_lower', '95 % intervallets nedre gräns (percentilbootstrap, organisationerna dras om); tomt om status inte är ESTIMATED.'),
    col('ci_upper', '95 % intervallets övre gräns; tomt om status inte är ESTIMATED.'),
    col('sentence', 'Vad siffrorna säger, i en mening på svenska.'),
  ],
  'impact-series': [
    col('kpi_id', 'Koladas id för nyckeltalet (bara nyckeltal med status ESTIMATED i impact-key-figures).'),
    col('offset', 'År i förhållande till start: −3, −2, −1 (utgångsläget), 0 (startåret), 1 (uppföljningsåret).'),
    col('offset_label', 'Året i ord.'),
    col('participant_gap', `Deltagarnas genomsnittliga skillnad (${GAP}); tomt när färre än ${IMPACT_MIN_GROUP} deltagare har värde.`),
    col('participant_count', 'Deltagare med värde det året.'),
    col('comparison_gap', `Övrigas genomsnittliga skillnad samma kalenderår, vägd som deltagarna; tomt när deltagarnas värde är tomt.`),
    col('comparison_count', 'Övriga organisationer bakom comparison_gap (0 när det är tomt).'),
  ],
  'goal-outcomes': [
    col('dimension', 'Grupperingen: ALL (alla mål), FOCUS_AREA (per fokusområde) eller PROGRAMME (per satsning).'),
    col('group_key', 'Gruppens nyckel: ALL, fokusområdet eller satsningens id.'),
    col('group_label', 'Gruppens namn: "Alla mål", fokusområdet eller satsningens namn.'),
    col('organizations', 'Organisationer vars godkända uppföljningar gruppen räknar.'),
    col(
      'suppressed',
      `true när antalen hålls inne: färre än ${IMPACT_MIN_GROUP} organisationer, eller den näst minsta gruppen när bara en grupp hålls inne (annars kunde den räknas fram ur totalen).`,
    ),
    col('achieved', 'Mål bedömda som uppnådda; tomt när suppressed är true.'),
    col('partly_achieved', 'Mål bedömda som delvis uppnådda; tomt när suppressed är true.'),
    col('not_achieved', 'Mål bedömda som inte uppnådda; tomt när suppressed är true.'),
    col('ongoing', 'Mål bedömda som pågående; tomt när suppressed är true.'),
    col('total', 'Bedömda mål i gruppen; tomt när suppressed är true.'),
  ],
  'network-reach': [
    col('code', 'SCB:s kod: fyra siffror för en kommun, två för en region (länskoden).'),
    col('name', 'Kommunens eller regionens namn.'),
    col('kind', 'MUNICIPALITY (kommun) eller REGION.'),
    col('county_code', 'Länskoden, två siffror.'),
    col('status', `Hur långt metoden nått organisationen: ${labels(REACH_STATUS_SV)}.`),
    col(
      'generation',
      'Generation i mentorskedjan: grundande mentorer 0, den nya hos en mentor i generation n är n + 1; tomt om inte nådd.',
    ),
  ],
  'network-lineage': [
    col('cohort_id', 'Omgångens id (samma i alla filer och i API:t).'),
    col('cohort_name', 'Omgångens namn.'),
    col('programme_id', 'Satsningens id (group_key för PROGRAMME i goal-outcomes).'),
    col('programme_name', 'Satsningens namn.'),
    col('cohort_status', `Omgångens status: ${labels(COHORT_STATUS_SV)} (avbrutna omgångar finns inte med).`),
    col('cohort_start_date', 'Omgångens startdatum, ÅÅÅÅ-MM-DD.'),
    col('mentor_code', 'Mentorns kod.'),
    col('mentor_name', 'Mentorns namn.'),
    col('mentee_code', 'Den nya organisationens kod (organisationer som lämnat omgången finns inte med).'),
    col('mentee_name', 'Den nya organisationens namn.'),
  ],
  'learning-examples': [
    col('slug', 'Exemplets stabila namn i adressen.'),
    col('title', 'Rubrik.'),
    col('organization_codes', 'Organisationernas koder, i den ordning de nämns (i CSV åtskilda av "; ").'),
    col('organization_names', 'Organisationernas namn, i samma ordning (i CSV åtskilda av "; ").'),
    col('subjects', 'Ämnen (i CSV åtskilda av "; ").'),
    col('activity_areas', 'Verksamhetsområden (i CSV åtskilda av "; ").'),
    col('period_start', 'Året arbetet började, om det är angivet.'),
    col('period_end', 'Året arbetet slutade, om det är angivet.'),
    col('published_at', 'När exemplet först publicerades (ISO 8601, UTC).'),
    col('summary', 'Ingressen: en kort sammanfattning. Hela texten finns på exemplets sida (url).'),
    col('url', 'Exemplets sida.'),
  ],
};

/** The web pages a dataset is shown on (apps/web/src/app/routes.tsx): its DCAT landing page. */
export const OPEN_DATA_LANDING_PATHS: Record<string, string> = {
  'impact-key-figures': '/impact',
  'impact-series': '/impact',
  'goal-outcomes': '/impact',
  'network-reach': '/network',
  'network-lineage': '/network',
  'learning-examples': '/examples',
};
