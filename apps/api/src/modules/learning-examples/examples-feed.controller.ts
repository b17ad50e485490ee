import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Feed } from 'feed';
import { DataSource } from 'typeorm';
import { escapeHtml, ExampleStatus } from '@modellkommuner/shared';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';
import { LearningExampleEntity } from './entities/learning-example.entity';

const FEED_SIZE = 50;


/** `GET /feeds/examples.atom`: the newest published learning examples, for feed readers. Public. */
@Controller('feeds')
export class ExamplesFeedController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('examples.atom')
  async atom(@Res() res: Response): Promise<void> {
    const examples = await this.dataSource.getRepository(LearningExampleEntity).find({
      where: { status: ExampleStatus.PUBLISHED },
      order: { publishedAt: 'DESC', id: 'ASC' },
      take: FEED_SIZE,
    });
    const feed = new Feed({
      title: 'Lärande exempel – Modellkommuner',
      description: 'Nya lärande exempel från kommuner och regioner i SKR:s nätverk Modellkommuner.',
      id: `${this.config.publicWebUrl}/examples`,
      link: `${this.config.publicWebUrl}/examples`,
      language: 'sv',
      copyright: 'Sveriges Kommuner och Regioner',
      updated: examples[0]?.updatedAt ?? new Date(0),
      feedLinks: { atom: `${this.config.publicApiUrl}/feeds/examples.atom` },
    });
    // The library declares titles and summaries type="html" (readers render them); our texts are plain text.
    for (const example of examples) {
      const url = `${this.config.publicWebUrl}/examples/${example.slug}`;
      feed.addItem({
        title: escapeHtml(xmlText(example.title)),
        id: url,
        link: url,
        description: escapeHtml(xmlText(example.summary)),
        date: example.updatedAt,
        published: example.publishedAt ?? example.updatedAt,
        author: example.organizationNames ? [{ name: escapeHtml(xmlText(example.organizationNames)) }] : undefined,
        category: [...example.subjects, ...example.activityAreas].map((name) => ({ name: xmlText(name) })),
      });
    }
    res.status(200).setHeader('Content-Type', 'application/atom+xml; charset=utf-8').setHeader('Cache-Control', 'public, max-age=300').send(feed.atom1());
  }
}

/**
 * Only characters XML 1.0 allows: whatever was stored (a form feed pasted from a word processor, a control
 * character from an import), the feed stays well-formed. Tab, line feed and carriage return are kept.
 */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}
