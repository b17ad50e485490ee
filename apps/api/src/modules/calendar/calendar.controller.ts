import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { CalendarService } from './calendar.service';

const NOT_FOUND_TEXT = 'Kalendern finns inte. Länken kan ha bytts ut; hämta den nya under ditt konto.';

/**
 * `GET /calendar/{token}.ics`: the personal feed for calendar apps. Not GraphQL, so no bearer token:
 * the unguessable token in the URL is the authentication (calendar apps cannot send headers).
 */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly service: CalendarService) {}

  @Get(':file')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const body = await this.service.feedForFile(file);
    // The URL is a secret: keep it out of Referer headers and search indexes either way.
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Robots-Tag', 'noindex');
    if (body === null) {
      res.status(HttpStatus.NOT_FOUND).type('text/plain; charset=utf-8').setHeader('Cache-Control', 'no-store').send(NOT_FOUND_TEXT);
      return;
    }
    res
      .status(HttpStatus.OK)
      .setHeader('Content-Type', 'text/calendar; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="modellkommuner.ics"')
      .setHeader('Cache-Control', 'private, max-age=300')
      .send(body);
  }
}
