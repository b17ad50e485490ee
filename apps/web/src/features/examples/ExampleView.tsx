import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmail } from '@modellkommuner/shared';
import { formatDate } from '../../shared/format';
import type { ExampleViewData } from './example-view-data';
import { paragraphs, periodOf, safeHttpUrl, siteOf, telHref, type Period } from './example-text';

interface ExampleViewProps {
  example: ExampleViewData;
  /** 1 on the example's own page; 2 where the view sits under another heading (the editor's preview). */
  headingLevel?: 1 | 2;
  /** The title's element, for a page that moves focus to its h1 after navigation. */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Shown under the title, dates and organisations: the editorial actions on the example's page. */
  actions?: ReactNode;
}

type HeadingTag = 'h1' | 'h2' | 'h3';

/**
 * A learning example as the public sees it, in the order SKR publishes them: title, dates,
 * organisations, lead, the four text sections, conclusions, further reading, contacts, the
 * responsible editor and the facts "Om exemplet". Every text is rendered as text. The example's own
 * texts are Swedish and carry `lang="sv"`, so that in the English interface they are read in Swedish
 * (docs/web-patterns.md, "Language and the activity log"); headings and labels follow the interface.
 */
export function ExampleView({ example, headingLevel = 1, headingRef, actions }: ExampleViewProps) {
  const { t, i18n } = useTranslation();
  const Title: HeadingTag = headingLevel === 1 ? 'h1' : 'h2';
  const Sub: HeadingTag = headingLevel === 1 ? 'h2' : 'h3';
  const sections: Array<{ key: string; heading: string; text: string | null }> = [
    { key: 'background', heading: t('examples.view.background'), text: example.background },
    { key: 'implementation', heading: t('examples.view.implementation'), text: example.implementation },
    { key: 'successFactors', heading: t('examples.view.successFactors'), text: example.successFactors },
    { key: 'results', heading: t('examples.view.results'), text: example.results },
  ];
  const conclusions = example.keyConclusions.map((item) => item.trim()).filter(Boolean);
  const reading = example.furtherReading.filter((link) => link.title.trim());
  const period = periodOf(example.periodStart, example.periodEnd);
  const sourceUrl = safeHttpUrl(example.sourceUrl);
  const editor = example.responsibleEditor?.trim();

  return (
    <article className="example">
      <header className="example__header">
        <Title ref={headingRef} tabIndex={headingRef ? -1 : undefined} lang="sv">
          {example.title}
        </Title>
        {example.publishedAt || example.updatedAt ? (
          <div className="example__dates">
            {example.publishedAt ? (
              <p>
                {t('examples.view.published')} <time dateTime={example.publishedAt}>{formatDate(example.publishedAt, i18n.language)}</time>
              </p>
            ) : null}
            {example.updatedAt ? (
              <p>
                {t('examples.view.updated')} <time dateTime={example.updatedAt}>{formatDate(example.updatedAt, i18n.language)}</time>
              </p>
            ) : null}
          </div>
        ) : null}
        {example.organizations.length ? (
          <p className="example__organizations">
            <span className="visually-hidden">{t('examples.view.organizations', { count: example.organizations.length })} </span>
            {example.organizations.map((organization) => organization.name).join(', ')}
          </p>
        ) : null}
      </header>
      {actions}
      {paragraphs(example.summary).map((paragraph, index) => (
        <p key={index} className="lead pre-line" lang="sv">
          {paragraph}
        </p>
      ))}

      {sections.map(({ key, heading, text }) => {
        const content = paragraphs(text);
        if (!content.length) return null;
        return (
          <section key={key} className="example__section" aria-labelledby={`example-${key}`}>
            <Sub id={`example-${key}`}>{heading}</Sub>
            {content.map((paragraph, index) => (
              <p key={index} className="pre-line" lang="sv">
                {paragraph}
              </p>
            ))}
          </section>
        );
      })}

      {conclusions.length ? (
        <section className="example__section" aria-labelledby="example-conclusions">
          <Sub id="example-conclusions">{t('examples.view.keyConclusions')}</Sub>
          <ul className="example__conclusions" lang="sv">
            {conclusions.map((conclusion, index) => (
              <li key={index}>{conclusion}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {reading.length ? (
        <section className="example__section" aria-labelledby="example-reading">
          <Sub id="example-reading">{t('examples.view.furtherReading')}</Sub>
          <ul className="link-list" lang="sv">
            {reading.map((link, index) => {
              const href = safeHttpUrl(link.url);
              return <li key={index}>{href ? <a href={href}>{link.title}</a> : link.title}</li>;
            })}
          </ul>
        </section>
      ) : null}

      {example.contacts.length ? (
        <section className="example__section" aria-labelledby="example-contacts">
          <Sub id="example-contacts">{t('examples.view.contacts', { count: example.contacts.length })}</Sub>
          <ul className="plain-list example__contacts">
            {example.contacts.map((contact, index) => (
              <li key={index} className="example__contact">
                <ContactCard contact={contact} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {editor ? (
        <section className="example__section" aria-labelledby="example-editor">
          <Sub id="example-editor">{t('examples.view.responsibleEditor')}</Sub>
          <p>{editor}</p>
        </section>
      ) : null}

      <section className="example__section example__about" aria-labelledby="example-about">
        <Sub id="example-about">{t('examples.view.about')}</Sub>
        <dl className="details">
          {example.subjects.length ? (
            <div>
              <dt>{t('examples.view.subjects')}</dt>
              <dd lang="sv">{example.subjects.join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('examples.view.origin')}</dt>
            <dd>{t(`examples.origin.${example.originKind}`)}</dd>
          </div>
          {period ? (
            <div>
              <dt>{t('examples.view.period')}</dt>
              <dd>
                <PeriodText period={period} />
              </dd>
            </div>
          ) : null}
          {example.activityAreas.length ? (
            <div>
              <dt>{t('examples.view.activityAreas')}</dt>
              <dd lang="sv">{example.activityAreas.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
        {sourceUrl ? (
          <p>
            {t('examples.view.source')} <a href={sourceUrl}>{siteOf(sourceUrl)}</a>
          </p>
        ) : null}
      </section>
    </article>
  );
}

function PeriodText({ period }: { period: Period }) {
  const { t } = useTranslation();
  switch (period.kind) {
    case 'single':
      return String(period.year);
    case 'range':
      return t('examples.view.periodRange', { start: period.start, end: period.end });
    case 'ongoing':
      return t('examples.view.periodOngoing', { start: period.start });
    case 'until':
      return t('examples.view.periodUntil', { end: period.end });
  }
}

function ContactCard({ contact }: { contact: ExampleViewData['contacts'][number] }) {
  const { t } = useTranslation();
  const email = contact.email?.trim();
  const phone = contact.phone?.trim();
  const tel = phone ? telHref(phone) : null;
  return (
    <>
      <p className="example__contact-name">{contact.name}</p>
      {contact.title ? <p lang="sv">{contact.title}</p> : null}
      {contact.organization ? <p>{contact.organization}</p> : null}
      {email ? (
        <p>
          {t('examples.view.email')}{' '}
          {isEmail(email) ? (
            <a className="break-anywhere" href={`mailto:${email}`}>
              {email}
            </a>
          ) : (
            email
          )}
        </p>
      ) : null}
      {phone ? (
        <p>
          {t('examples.view.phone')} {tel ? <a href={tel}>{phone}</a> : phone}
        </p>
      ) : null}
    </>
  );
}
