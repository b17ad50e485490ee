import { Fragment, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { localeOf } from '../../i18n/i18n';
import { layoutLineage, type LineageLayout, type LineageNode, type LineageReach } from './lineage-layout';
import { generationLabel, listOf, type LineageEdge } from './reach';

// The mentor lineage twice (docs/web-patterns.md, "The network page"): a layered graph — a column per
// generation, lines from mentor to mentee — that the keyboard can read node by node, and the same as
// text, generation by generation.

/** The graph's measures, in CSS pixels (the SVG is drawn 1:1 and scrolls inside its box). */
const NODE_WIDTH = 196;
const NODE_HEIGHT = 30;
const COLUMN_GAP = 56;
const ROW_GAP = 10;
const TOP = 34;
const MAX_CHARS = 24;

const xOf = (node: Pick<LineageNode, 'column'>) => node.column * (NODE_WIDTH + COLUMN_GAP);
const yOf = (node: Pick<LineageNode, 'row'>) => TOP + node.row * (NODE_HEIGHT + ROW_GAP);
const keyOf = (node: LineageNode) => node.organization.id;

/** What a node says: "Huddinge kommun, generation 1, mentor: Botkyrka kommun (Omgång X)". */
export function nodeLabel(node: LineageNode, t: TFunction, language: string): string {
  if (node.mentors.length === 0) return t('network.lineage.nodeFounding', { name: node.organization.name });
  const mentors = listOf(
    node.mentors.map((m) => t('network.lineage.mentorIn', { mentor: m.organization.name, cohort: m.cohort.name })),
    language,
  );
  return t('network.lineage.node', { name: node.organization.name, generation: node.generation, mentors });
}

interface LineageSectionProps {
  /** The edges, their mentor and mentee by id. */
  lineage: readonly LineageEdge[];
  /** The overview's organisations (every kommun and region) with their generations: the edges' ids are looked up here. */
  organizations: readonly LineageReach[];
}

export function LineageSection({ lineage, organizations }: LineageSectionProps) {
  const { t } = useTranslation();
  const id = useId();
  const layout = useMemo(() => layoutLineage(lineage, organizations), [lineage, organizations]);
  return (
    <section aria-labelledby={`${id}-heading`} className="section lineage">
      <h2 id={`${id}-heading`}>{t('network.lineage.heading')}</h2>
      <p>{t('network.lineage.intro')}</p>
      {layout.columns.length === 0 ? (
        <p>{t('network.lineage.empty')}</p>
      ) : (
        <>
          <h3>{t('network.lineage.graphHeading')}</h3>
          <LineageGraph layout={layout} />
          <h3>{t('network.lineage.listHeading')}</h3>
          <LineageList layout={layout} />
        </>
      )}
    </section>
  );
}

function LineageGraph({ layout }: { layout: LineageLayout }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const refs = useRef(new Map<string, SVGGElement>());
  const [active, setActive] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const nodes = useMemo(() => new Map(layout.columns.flat().map((node) => [keyOf(node), node])), [layout]);
  const tabStop = active && nodes.has(active) ? active : layout.columns[0]?.[0] ? keyOf(layout.columns[0][0]) : null;
  const width = layout.columns.length * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP + 2;
  const height = TOP + layout.rows * (NODE_HEIGHT + ROW_GAP) + 2;

  function moveTo(node: LineageNode | undefined) {
    if (!node) return;
    setActive(keyOf(node));
    refs.current.get(keyOf(node))?.focus();
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const node = nodes.get((event.target as Element).getAttribute('data-id') ?? '');
    if (!node) return;
    const column = layout.columns[node.column];
    const nodeOf = (organizationId: string | undefined) => (organizationId ? nodes.get(organizationId) : undefined);
    const earlierMentor = node.mentors.map((m) => nodes.get(m.organization.id)).find((m) => m && m.generation === node.generation - 1);
    const targets: Record<string, () => LineageNode | undefined> = {
      ArrowUp: () => column[node.row - 1],
      ArrowDown: () => column[node.row + 1],
      ArrowLeft: () => earlierMentor ?? nodeOf(node.mentors[0]?.organization.id),
      // The mentee standing highest in the next column (mentees of earlier generations come after).
      ArrowRight: () =>
        node.mentees
          .map((m) => nodes.get(m.organization.id))
          .filter((m): m is LineageNode => m !== undefined)
          .sort(
            (a, b) => (a.generation === node.generation + 1 ? 0 : 1) - (b.generation === node.generation + 1 ? 0 : 1) || a.row - b.row,
          )[0],
      Home: () => column[0],
      End: () => column[column.length - 1],
    };
    const target = targets[event.key];
    if (!target) return;
    event.preventDefault();
    moveTo(target());
  }

  const shown = focused ? nodes.get(focused) : undefined;
  return (
    <>
      <p id={`${id}-instructions`} className="field__hint">
        {t('network.lineage.graphInstructions')}
      </p>
      <div className="lineage-graph">
        <svg
          width={width}
          height={height}
          viewBox={`-1 0 ${width} ${height}`}
          role="group"
          aria-label={t('network.lineage.graphLabel')}
          aria-describedby={`${id}-instructions`}
          className="lineage-graph__svg"
          onKeyDown={onKeyDown}
        >
          <g aria-hidden="true" className="lineage-graph__headings">
            {layout.columns.map((_column, generation) => (
              <text key={generation} x={generation * (NODE_WIDTH + COLUMN_GAP)} y={18} className="lineage-graph__heading">
                {t('network.generationLabel', { generation })}
              </text>
            ))}
          </g>
          <g aria-hidden="true" className="lineage-graph__links">
            {layout.links.map((link) => {
              const x1 = xOf(link.from) + NODE_WIDTH;
              const y1 = yOf(link.from) + NODE_HEIGHT / 2;
              const x2 = xOf(link.to);
              const y2 = yOf(link.to) + NODE_HEIGHT / 2;
              const bend = Math.max(COLUMN_GAP / 2, Math.abs(x2 - x1) / 2);
              const touches = shown && (link.from === shown || link.to === shown);
              return (
                <path
                  key={`${keyOf(link.from)}>${keyOf(link.to)}:${link.cohort.id}`}
                  d={`M${x1} ${y1}C${x1 + bend} ${y1} ${x2 - bend} ${y2} ${x2} ${y2}`}
                  className={touches ? 'lineage-graph__link lineage-graph__link--shown' : 'lineage-graph__link'}
                />
              );
            })}
          </g>
          {layout.columns.flat().map((node) => {
            const key = keyOf(node);
            const name = node.organization.name;
            return (
              <g
                key={key}
                ref={(element) => {
                  if (element) refs.current.set(key, element);
                  else refs.current.delete(key);
                }}
                transform={`translate(${xOf(node)} ${yOf(node)})`}
                role="img"
                aria-label={nodeLabel(node, t, i18n.language)}
                tabIndex={key === tabStop ? 0 : -1}
                data-id={key}
                className="lineage-graph__node"
                onFocus={() => {
                  setActive(key);
                  setFocused(key);
                }}
                onBlur={() => setFocused((current) => (current === key ? null : current))}
              >
                <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={4} className="lineage-graph__box" />
                <text x={8} y={NODE_HEIGHT / 2 + 5} className="lineage-graph__name">
                  {name.length > MAX_CHARS ? `${name.slice(0, MAX_CHARS - 1)}…` : name}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
    </>
  );
}

function LineageList({ layout }: { layout: LineageLayout }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="lineage-list">
      {layout.columns.map((column, generation) => (
        <div key={generation}>
          <h4>
            {generationLabel(generation, t)}{' '}
            <span className="lineage-list__count">({t('network.lineage.organizations', { count: column.length })})</span>
          </h4>
          <ul>
            {[...column]
              .sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'sv'))
              .map((node) => (
                <li key={keyOf(node)}>
                  <strong>{node.organization.name}</strong> —{' '}
                  {node.mentors.length === 0 ? (
                    t('network.lineage.founding')
                  ) : (
                    <>
                      {t('network.lineage.mentoredBy')}{' '}
                      {listNodes(
                        node.mentors.map((m) => (
                          <Fragment key={`${m.organization.id}:${m.cohort.id}`}>
                            {m.organization.name} {t('network.lineage.inCohort')} <span lang="sv">{m.cohort.name}</span>
                          </Fragment>
                        )),
                        i18n.language,
                      )}
                    </>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Elements as a list in words ("a, b och c"), the words from the interface's language. */
function listNodes(items: ReactNode[], language: string): ReactNode[] {
  // The list's elements come back as they went in: their indexes.
  return new Intl.ListFormat(localeOf(language), { style: 'long', type: 'conjunction' })
    .formatToParts(items.map((_, i) => String(i)))
    .map((part, i) => (part.type === 'element' ? items[Number(part.value)] : <Fragment key={`literal-${i}`}>{part.value}</Fragment>));
}
