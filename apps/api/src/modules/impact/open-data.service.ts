import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  OPEN_DATA_LICENCE,
  OPEN_DATA_MEDIA_TYPES,
  OPEN_DATASETS,
  OpenDataFormat,
  OpenDataset,
  openDataPath,
  DCAT_PATH,
} from '@modellkommuner/shared';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { PublicReads } from '../../infrastructure/database/public-reads';
import { NetworkService } from '../network/network.service';
import { dcatCatalogue, OpenDataModified } from './dcat';
import { ImpactService } from './impact.service';
import { ImpactOverview } from './models/impact.model';
import { OPEN_DATA_COLUMNS, OPEN_DATA_LANDING_PATHS, OpenDataColumn } from './open-data-columns';
import { OpenDataCell, openDataCsv } from './open-data-csv';

export type OpenDataRow = Record<string, OpenDataCell>;

/** A dataset's content before it is written as CSV or JSON. */
export interface OpenDataTable {
  columns: readonly OpenDataColumn[];
  rows: OpenDataRow[];
  /** How the figures were computed (the impact datasets): written at the top of the JSON file. */
  method?: Record<string, unknown>;
}

export interface OpenDataFile {
  body: string;
  /** With its charset: `text/csv; charset=utf-8`. */
  contentType: string;
  filename: string;
}

/** What each dataset is built from, so a file is rebuilt exactly when what it reads has changed. */
type VersionKey = 'impact' | 'network' | 'examples';
const VERSION_OF: Record<string, VersionKey> = {
  'impact-key-figures': 'impact',
  'impact-series': 'impact',
  'goal-outcomes': 'impact',
  'network-reach': 'network',
  'network-lineage': 'network',
  'learning-examples': 'examples',
};

interface Versions {
  impact: string;
  network: string;
  /** The example library's version and the network's (organisation names are read too). */
  examples: string;
}

interface BuiltDataset {
  version: string;
  generatedAt: Date;
  table: OpenDataTable;
  bodies: Partial<Record<OpenDataFormat, string>>;
}

interface ExampleRow {
  slug: string;
  title: string;
  summary: string;
  subjects: string[];
  activity_areas: string[];
  period_start: number | null;
  period_end: number | null;
  published_at: Date | null;
  organization_codes: string[];
  organization_names: string[];
}

/**
 * The open data (docs/domain.md, "Open data"): the six datasets of libs/shared's OPEN_DATASETS as CSV and
 * JSON, and the DCAT-AP-SE catalogue that describes them. Only organisation-level facts that the public pages
 * already show: the impact figures and goal outcomes as ImpactService answers anyone (groups under
 * IMPACT_MIN_GROUP held back there), the network as NetworkService answers the anonymous, and the published
 * learning examples without their contact people, editors or authors. Everything is read on the public pool
 * (PublicReads). A built dataset is kept and served again, the same bytes, while the versions its sources
 * raise in the same transaction as any change (impact_state, network_state, learning_example_library) are
 * unchanged: one statement per request, and (per API instance) an ETag that holds until the data changes.
 */
@Injectable()
export class OpenDataService {
  private readonly built = new Map<string, BuiltDataset>();
  private catalogueCache: { version: string; body: string } | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly impact: ImpactService,
    private readonly network: NetworkService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly publicReads?: PublicReads,
  ) {}

  /** The dataset of that id, or undefined. */
  dataset(id: string): OpenDataset | undefined {
    return OPEN_DATASETS.find((d) => d.id === id);
  }

  /** A dataset's file; null when there is no such dataset or it is not published in that format. */
  async file(id: string, format: string): Promise<OpenDataFile | null> {
    const dataset = this.dataset(id);
    if (!dataset || !(dataset.formats as readonly string[]).includes(format)) return null;
    const f = format as OpenDataFormat;
    const entry = await this.table(dataset);
    let body = entry.bodies[f];
    if (body === undefined) {
      body = f === 'csv' ? this.csv(entry.table) : this.json(dataset, entry);
      entry.bodies[f] = body;
    }
    return { body, contentType: `${OPEN_DATA_MEDIA_TYPES[f]}; charset=utf-8`, filename: `${dataset.id}.${f}` };
  }

  /** A dataset's rows (and files once written), built anew only when its sources changed. */
  private async table(dataset: OpenDataset): Promise<BuiltDataset> {
    const version = (await this.versions())[VERSION_OF[dataset.id]];
    const hit = this.built.get(dataset.id);
    if (hit && hit.version === version) return hit;
    const entry: BuiltDataset = { version, generatedAt: new Date(), table: await this.build(dataset.id), bodies: {} };
    this.built.set(dataset.id, entry);
    return entry;
  }

  /** The DCAT-AP-SE catalogue (JSON-LD text), rebuilt when any dataset's sources changed. */
  async catalogue(): Promise<string> {
    const versions = await this.versions();
    const version = `${versions.impact}:${versions.examples}`;
    if (this.catalogueCache?.version === version) return this.catalogueCache.body;
    const body = JSON.stringify(
      dcatCatalogue({
        apiUrl: this.config.publicApiUrl,
        webUrl: this.config.publicWebUrl,
        contactEmail: this.config.openDataContactEmail,
        landingPaths: OPEN_DATA_LANDING_PATHS,
        modified: await this.modified(),
      }),
      null,
      2,
    );
    this.catalogueCache = { version, body };
    return body;
  }

  // ---- building --------------------------------------------------------------------------------------

  private async build(id: string): Promise<OpenDataTable> {
    const columns = OPEN_DATA_COLUMNS[id];
    switch (id) {
      case 'impact-key-figures': {
        const overview = await this.impact.overview(true, null);
        return { columns, rows: overview.keyFigures.map(keyFigureRow), method: method(overview) };
      }
      case 'impact-series': {
        const overview = await this.impact.overview(true, null);
        const rows = overview.keyFigures
          .filter((k) => k.status === 'ESTIMATED')
          .flatMap((k) =>
            k.series.map((p) => ({
              kpi_id: k.kpiId,
              offset: p.offset,
              offset_label: p.label,
              participant_gap: p.participantGap,
              participant_count: p.participantCount,
              comparison_gap: p.comparisonGap,
              comparison_count: p.comparisonCount,
            })),
          );
        return { columns, rows, method: method(overview) };
      }
      case 'goal-outcomes': {
        const overview = await this.impact.overview(true, null);
        const rows = [
          outcomeRow('ALL', overview.goalOutcomeTotal),
          ...overview.goalOutcomesByFocusArea.map((g) => outcomeRow('FOCUS_AREA', g)),
          ...overview.goalOutcomesByProgramme.map((g) => outcomeRow('PROGRAMME', g)),
        ];
        return { columns, rows, method: { minGroupSize: overview.minGroupSize } };
      }
      case 'network-reach': {
        const overview = await this.network.overview(null, null);
        const rows = overview.organizations.map((r) => ({
          code: r.organization.code,
          name: r.organization.name,
          kind: r.organization.kind,
          county_code: r.organization.countyCode,
          status: r.status,
          generation: r.generation,
        }));
        return { columns, rows };
      }
      case 'network-lineage': {
        const [overview, programmes] = await Promise.all([
          this.network.overview(null, null),
          this.read((ds) => ds.query<{ id: string; name: string }[]>(`SELECT id, name FROM programmes`)),
        ]);
        const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
        // Only what the cohort's public summary shows (docs/domain.md, "A cohort seen through the lineage").
        const rows = overview.lineage.map((e) => ({
          cohort_id: e.cohort.id,
          cohort_name: e.cohort.name,
          programme_id: e.cohort.programmeId,
          programme_name: programmeName.get(e.cohort.programmeId) ?? null,
          cohort_status: e.cohort.status,
          cohort_start_date: e.cohort.startDate,
          mentor_code: e.mentor.code,
          mentor_name: e.mentor.name,
          mentee_code: e.mentee.code,
          mentee_name: e.mentee.name,
        }));
        return { columns, rows };
      }
      case 'learning-examples': {
        // The columns named one by one: never the contacts, the responsible editor, the author's account,
        // the editor's comment or the source report — and not the body, which stays on the example's page.
        const examples = await this.read((ds) =>
          ds.query<ExampleRow[]>(
            `SELECT e.slug, e.title, e.summary, e.subjects, e.activity_areas, e.period_start, e.period_end, e.published_at,
                    coalesce(array_agg(o.code ORDER BY eo.position) FILTER (WHERE o.id IS NOT NULL), '{}') AS organization_codes,
                    coalesce(array_agg(o.name ORDER BY eo.position) FILTER (WHERE o.id IS NOT NULL), '{}') AS organization_names
               FROM learning_examples e
               LEFT JOIN learning_example_organizations eo ON eo.example_id = e.id
               LEFT JOIN organizations o ON o.id = eo.organization_id
              WHERE e.status = 'PUBLISHED'
              GROUP BY e.id
              ORDER BY e.published_at DESC NULLS LAST, e.slug`,
          ),
        );
        const rows = examples.map((e) => ({
          slug: e.slug,
          title: e.title,
          organization_codes: e.organization_codes,
          organization_names: e.organization_names,
          subjects: e.subjects,
          activity_areas: e.activity_areas,
          period_start: e.period_start,
          period_end: e.period_end,
          published_at: e.published_at ? e.published_at.toISOString() : null,
          summary: e.summary,
          url: `${this.config.publicWebUrl}/examples/${e.slug}`,
        }));
        return { columns, rows };
      }
      default:
        throw new Error(`Open data: no builder for ${id}`);
    }
  }

  private csv(table: OpenDataTable): string {
    return openDataCsv(
      table.columns.map((c) => c.name),
      table.rows,
    );
  }

  /**
   * The JSON file: what the dataset is and under which licence, when it was built, how the figures were
   * computed (impact), the columns with their meaning, and the rows — objects with the CSV's column names as
   * keys, numbers as numbers, a missing value as null, lists as arrays.
   */
  private json(dataset: OpenDataset, entry: BuiltDataset): string {
    return JSON.stringify({
      dataset: dataset.id,
      title: dataset.title,
      description: dataset.description,
      url: `${this.config.publicApiUrl}${openDataPath(dataset.id, 'json')}`,
      catalogue: `${this.config.publicApiUrl}${DCAT_PATH}`,
      publisher: 'Sveriges Kommuner och Regioner',
      licence: { id: OPEN_DATA_LICENCE.id, name: OPEN_DATA_LICENCE.name, url: OPEN_DATA_LICENCE.url },
      attribution: OPEN_DATA_LICENCE.attribution,
      generatedAt: entry.generatedAt.toISOString(),
      ...(entry.table.method ? { method: entry.table.method } : {}),
      columns: entry.table.columns,
      rows: entry.table.rows,
    });
  }

  // ---- versions and dates ----------------------------------------------------------------------------

  private read<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
    return this.publicReads ? this.publicReads.run(work) : work(this.dataSource);
  }

  /** One statement: the version numbers that triggers raise with every change to what the files read. */
  private async versions(): Promise<Versions> {
    const [row] = await this.read((ds) =>
      ds.query<{ impact: string; network: string; library: string }[]>(
        `SELECT (SELECT version FROM impact_state)::text AS impact, (SELECT version FROM network_state)::text AS network,
                (SELECT version FROM learning_example_library)::text AS library`,
      ),
    );
    return { impact: row.impact, network: row.network, examples: `${row.library}:${row.network}` };
  }

  /**
   * When each dataset last changed, for the catalogue's dct:modified: the latest change to what it is computed
   * from (for the impact figures also Kolada's last fetch; for the examples any published, unpublished or
   * archived one). Null before anything happened.
   */
  private async modified(): Promise<OpenDataModified> {
    const [row] = await this.read((ds) =>
      ds.query<{ impact: Date | null; network: Date | null; examples: Date | null }[]>(
        `SELECT greatest((SELECT max(fetched_at) FROM kolada_values),
                         (SELECT max(updated_at) FROM follow_up_reports WHERE status = 'APPROVED'),
                         (SELECT max(updated_at) FROM goals), (SELECT max(updated_at) FROM indicators),
                         (SELECT max(updated_at) FROM cohorts), (SELECT max(updated_at) FROM programmes)) AS impact,
                greatest((SELECT max(updated_at) FROM cohorts), (SELECT max(greatest(joined_at, withdrawn_at)) FROM cohort_members),
                         (SELECT max(updated_at) FROM programmes), (SELECT max(updated_at) FROM organizations)) AS network,
                (SELECT max(updated_at) FROM learning_examples WHERE published_at IS NOT NULL) AS examples`,
      ),
    );
    return Object.fromEntries(OPEN_DATASETS.map((d) => [d.id, row[VERSION_OF[d.id]] ?? null]));
  }
}

function keyFigureRow(k: ImpactOverview['keyFigures'][number]): OpenDataRow {
  return {
    kpi_id: k.kpiId,
    kpi_title: k.title,
    status: k.status,
    participants: k.participants,
    comparison: k.comparison,
    awaiting_data: k.awaitingData,
    missing_data: k.missingData,
    participant_change: k.participantChange,
    comparison_change: k.comparisonChange,
    difference: k.difference,
    ci_lower: k.lower,
    ci_upper: k.upper,
    sentence: k.sentence,
  };
}

function outcomeRow(dimension: string, g: ImpactOverview['goalOutcomeTotal']): OpenDataRow {
  // A held-back group carries no counts, whatever the overview holds.
  const count = (n: number | null) => (g.suppressed ? null : n);
  return {
    dimension,
    group_key: g.key,
    group_label: g.label,
    organizations: g.organizations,
    suppressed: g.suppressed,
    achieved: count(g.achieved),
    partly_achieved: count(g.partlyAchieved),
    not_achieved: count(g.notAchieved),
    ongoing: count(g.ongoing),
    total: count(g.total),
  };
}

function method(overview: ImpactOverview): Record<string, unknown> {
  return {
    minGroupSize: overview.minGroupSize,
    confidenceLevel: overview.confidenceLevel,
    bootstrapReplicates: overview.bootstrapReplicates,
    koladaFetchedAt: overview.dataUpdatedAt ? new Date(overview.dataUpdatedAt).toISOString() : null,
  };
}
