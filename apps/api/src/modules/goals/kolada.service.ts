import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';

const TITLE_TTL_MS = 24 * 3600 * 1000;
/** A title is asked for while someone waits (adding an indicator, typing its id): never long. */
const TITLE_TIMEOUT_MS = 3000;

/**
 * Kolada's titles of KPIs (`GET {KOLADA_BASE_URL}/kpi/{id}`), remembered for a day. A KPI Kolada does
 * not know, or a Kolada that does not answer, gives null: the indicator is saved without a title and
 * the next sync fills it in.
 */
@Injectable()
export class KoladaService {
  private readonly logger = new Logger(KoladaService.name);
  private readonly titles = new Map<string, { title: string | null; at: number }>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async kpiTitle(kpiId: string): Promise<string | null> {
    const cached = this.titles.get(kpiId);
    if (cached && Date.now() - cached.at < TITLE_TTL_MS) return cached.title;
    const titles = await this.kpiTitles([kpiId]);
    return titles.get(kpiId) ?? null;
  }

  /** Titles of several KPIs in one request (the sync job fills in missing ones); unknown ids are absent. */
  async kpiTitles(kpiIds: string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (!kpiIds.length) return found;
    const url = `${this.config.koladaBaseUrl.replace(/\/+$/, '')}/kpi/${kpiIds.map(encodeURIComponent).join(',')}`;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.min(this.config.koladaTimeoutMs, TITLE_TIMEOUT_MS)) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { values?: { id?: unknown; title?: unknown }[] };
      for (const kpi of Array.isArray(body?.values) ? body.values : []) {
        if (typeof kpi?.id === 'string' && typeof kpi.title === 'string') found.set(kpi.id, kpi.title.slice(0, 500));
      }
      for (const id of kpiIds) this.titles.set(id, { title: found.get(id) ?? null, at: Date.now() });
    } catch (error) {
      // Not remembered: the next request asks again.
      this.logger.warn(`Kolada svarade inte på titlar (${kpiIds.join(',')}): ${error instanceof Error ? error.message : String(error)}`);
    }
    return found;
  }
}
