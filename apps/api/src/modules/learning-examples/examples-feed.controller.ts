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
        title: escapeHtml(example.title),
        id: url,
        link: url,
        description: escapeHtml(example.summary),
        date: example.updatedAt,
        published: example.publishedAt ?? example.updatedAt,
        author: example.organizationNames ? [{ name: escapeHtml(example.organizationNames) }] : undefined,
        category: [...example.subjects, ...example.activityAreas].map((name) => ({ name })),
      });
    }
    res.status(200).setHeader('Content-Type', 'application/atom+xml; charset=utf-8').setHeader('Cache-Control', 'public, max-age=300').send(feed.atom1());
  }
}
