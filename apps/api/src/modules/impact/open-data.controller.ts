import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DCAT_PATH, OPEN_DATA_LICENCE } from '@modellkommuner/shared';
import { AppError } from '../../infrastructure/errors/app-error';
import { ImpactErrors } from './impact.errors';
import { ImpactPolicy } from './impact.policy';
import { OpenDataService } from './open-data.service';

/** How long browsers and proxies may keep a file or the catalogue: the figures change weekly, the rest now and then. */
const MAX_AGE_SECONDS = 300;
/** When the public pool is busy (PublicReads): ask again after this many seconds. */
const RETRY_AFTER_SECONDS = 30;

/**
 * `GET /open-data/{id}.csv`, `GET /open-data/{id}.json` and `GET /dcat.jsonld` (docs/api-conventions.md,
 * "Open data"): the open datasets and their DCAT-AP-SE catalogue, for anyone, without a login — like the
 * Atom feed, no session is read at all, so a cookie or token changes nothing. Reads run on the public pool
 * (PublicReads), whose statement timeout and small pool bound what a flood can cost; when it is busy the
 * answer is 503 with Retry-After. An unknown dataset or format is 404 with a Swedish sentence.
 *
 * The files may be used from any site (`Access-Control-Allow-Origin: *`; no credentials are involved) and
 * kept for five minutes; Express's ETag lets a client ask again cheaply (304), and the body only changes
 * when the data does.
 */
@Controller()
export class OpenDataController {
  constructor(
    private readonly service: OpenDataService,
    private readonly policy: ImpactPolicy,
  ) {}

  @Get('open-data/:file')
  async file(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^([a-z0-9-]{1,60})\.([a-z]{1,10})$/.exec(file);
    await this.answer(res, async () => {
      const found = match && this.policy.mayView() ? await this.service.file(match[1], match[2]) : null;
      if (!found) {
        res
          .status(HttpStatus.NOT_FOUND)
          .type('text/plain; charset=utf-8')
          .setHeader('Cache-Control', 'no-store')
          .send(ImpactErrors.unknownDataset);
        return;
      }
      const disposition = found.filename.endsWith('.csv') ? 'attachment' : 'inline';
      this.publicHeaders(res)
        .status(HttpStatus.OK)
        .setHeader('Content-Type', found.contentType)
        .setHeader('Content-Disposition', `${disposition}; filename="${found.filename}"`)
        .send(found.body);
    });
  }

  @Get(DCAT_PATH.slice(1))
  async catalogue(@Res() res: Response): Promise<void> {
    await this.answer(res, async () => {
      if (!this.policy.mayView()) {
        res.status(HttpStatus.NOT_FOUND).type('text/plain; charset=utf-8').send(ImpactErrors.unknownDataset);
        return;
      }
      const body = await this.service.catalogue();
      this.publicHeaders(res).status(HttpStatus.OK).setHeader('Content-Type', 'application/ld+json; charset=utf-8').send(body);
    });
  }

  private publicHeaders(res: Response): Response {
    return res
      .setHeader('Cache-Control', `public, max-age=${MAX_AGE_SECONDS}`)
      .setHeader('Access-Control-Allow-Origin', '*')
      .setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
      .setHeader('Link', `<${OPEN_DATA_LICENCE.url}>; rel="license", <${DCAT_PATH}>; rel="describedby"; type="application/ld+json"`);
  }

  /** Runs `work`; a busy public pool becomes 503 with a Swedish sentence (AppError's own message), never a hang. */
  private async answer(res: Response, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      // Nothing else is expected here; as a plain Error it is a 500 from Nest (AppErrorFilter answers GraphQL only).
      if (!(error instanceof AppError)) throw error;
      if (error.code !== 'TOO_MANY_REQUESTS') throw new Error(`Öppna data: ${error.code} ${error.message}`, { cause: error });
      res
        .status(HttpStatus.SERVICE_UNAVAILABLE)
        .type('text/plain; charset=utf-8')
        .setHeader('Cache-Control', 'no-store')
        .setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
        .send(error.message);
    }
  }
}
