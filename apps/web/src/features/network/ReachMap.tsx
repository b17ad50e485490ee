import { useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReachStatus } from '../../gql/graphql';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { SelectField } from '../../shared/ui/SelectField';
import { COUNTIES, countyName } from '../organizations';
import { useOutlines, type Outlines, type Shape } from './outlines';
import {
  countByStatus,
  MAP_KINDS,
  shapeLabel,
  statusExplained,
  statusLabel,
  STATUSES,
  type MapKind,
  type OrganizationReach,
} from './reach';

// The map of kommuner or regioner coloured by status (docs/web-patterns.md, "The network page"). Colour
// is never alone: each status has its own pattern (plain, stripes, dots, grid), shown in the legend
// with its name, what it means and the count. One tab stop into the map; the arrow keys move between the
// shapes in name order within the län shown, Home and End to the first and the last.

/** Each status's fill and the pattern's marks; the marks differ in kind, not only in colour. */
export const STATUS_STYLE: Record<ReachStatus, { fill: string; mark: string; pattern: 'plain' | 'stripes' | 'dots' | 'grid' }> = {
  NOT_REACHED: { fill: '#f1f3f5', mark: '#f1f3f5', pattern: 'plain' },
  IN_COHORT: { fill: '#c4dcee', mark: '#00456e', pattern: 'stripes' },
  COMPLETED: { fill: '#4f8fbf', mark: '#ffffff', pattern: 'dots' },
  MENTOR: { fill: '#00456e', mark: '#ffffff', pattern: 'grid' },
};

/** The pattern of a status, `size` the tile's side in the SVG's units. */
function StatusPattern({ id, status, size }: { id: string; status: ReachStatus; size: number }) {
  const { fill, mark, pattern } = STATUS_STYLE[status];
  const line = size * 0.14;
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={size} height={size}>
      <rect width={size} height={size} fill={fill} />
      {pattern === 'stripes' ? (
        <path
          d={`M0 ${size}L${size} 0M${-size / 2} ${size / 2}L${size / 2} ${-size / 2}M${size / 2} ${size * 1.5}L${size * 1.5} ${size / 2}`}
          stroke={mark}
          strokeWidth={line}
        />
      ) : null}
      {pattern === 'dots' ? <circle cx={size / 2} cy={size / 2} r={size * 0.2} fill={mark} /> : null}
      {pattern === 'grid' ? <path d={`M${size / 2} 0V${size}M0 ${size / 2}H${size}`} stroke={mark} strokeWidth={line} /> : null}
    </pattern>
  );
}

interface ReachMapProps {
  organizations: readonly OrganizationReach[];
  /** Moves focus to the table (the skip link). */
  onSkipToTable: () => void;
  tableHeadingId: string;
}

export function ReachMap({ organizations, onSkipToTable, tableHeadingId }: ReachMapProps) {
  const { t } = useTranslation();
  const ids = useId();
  const [kind, setKind] = useState<MapKind>('MUNICIPALITY');
  const [county, setCounty] = useState('');
  const outlines = useOutlines();

  const reachOf = useMemo(() => {
    const map = new Map<string, OrganizationReach>();
    for (const row of organizations) map.set(`${row.organization.kind}:${row.organization.code}`, row);
    return map;
  }, [organizations]);
  // What the map shows: the kind chosen, in the län chosen (a region is its län).
  const inView = useMemo(
    () => organizations.filter((row) => row.organization.kind === kind && (!county || row.organization.countyCode === county)),
    [organizations, kind, county],
  );
  const counts = countByStatus(inView);
  const area = county ? countyName(county) : undefined;

  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    onSkipToTable();
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="section reach-map">
      <h2 id={`${ids}-heading`}>{t('network.map.heading')}</h2>
      <a href={`#${tableHeadingId}`} className="reach-map__skip" onClick={skip}>
        {t('network.map.skipToTable')}
      </a>
      <div className="reach-map__layout">
        <div className="reach-map__side">
          <div className="reach-map__controls">
            <ChoiceFieldset id={`${ids}-kind`} legend={t('network.map.kind')}>
              {MAP_KINDS.map((value) => (
                <Choice
                  key={value}
                  id={`${ids}-kind-${value}`}
                  type="radio"
                  name={`${ids}-kind`}
                  checked={kind === value}
                  onChange={() => setKind(value)}
                  label={value === 'MUNICIPALITY' ? t('network.map.kindMunicipalities') : t('network.map.kindRegions')}
                />
              ))}
            </ChoiceFieldset>
            <SelectField id={`${ids}-county`} name="zoom" label={t('network.map.zoom')} value={county} onChange={setCounty}>
              <option value="">{t('network.map.wholeSweden')}</option>
              {COUNTIES.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </SelectField>
          </div>
          <Legend counts={counts} kind={kind} area={area} patternPrefix={`${ids}-legend`} />
        </div>
        <div className="reach-map__figure">
          {outlines.status === 'ready' ? (
            <MapDrawing outlines={outlines.outlines} kind={kind} county={county} reachOf={reachOf} />
          ) : (
            <div className="reach-map__box reach-map__box--waiting">
              <p role="status" className="reach-map__placeholder">
                {outlines.status === 'loading' ? t('network.map.loading') : t('network.map.failed')}
              </p>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

function Legend({
  counts,
  kind,
  area,
  patternPrefix,
}: {
  counts: Record<ReachStatus, number>;
  kind: MapKind;
  area: string | undefined;
  patternPrefix: string;
}) {
  const { t } = useTranslation();
  const headingId = `${patternPrefix}-heading`;
  return (
    <div className="reach-legend">
      <h3 id={headingId} className="reach-legend__heading">
        {area ? t('network.map.legendIn', { area }) : t('network.map.legend')}
      </h3>
      <ul className="reach-legend__list" aria-labelledby={headingId}>
        {STATUSES.map((status) => (
          <li key={status} className="reach-legend__item" data-status={status}>
            <svg className="reach-legend__swatch" aria-hidden="true" focusable="false" width="36" height="24" viewBox="0 0 36 24">
              <defs>
                <StatusPattern id={`${patternPrefix}-${status}`} status={status} size={8} />
              </defs>
              <rect x="0.5" y="0.5" width="35" height="23" fill={`url(#${patternPrefix}-${status})`} stroke="#44546a" />
            </svg>
            <span>
              <strong>{statusLabel(status, t)}</strong>:{' '}
              <span className="reach-legend__count">
                {kind === 'MUNICIPALITY'
                  ? t('network.map.municipalities', { count: counts[status] })
                  : t('network.map.regions', { count: counts[status] })}
              </span>
              <span className="reach-legend__explained">{statusExplained(status, t)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface MapDrawingProps {
  outlines: Outlines;
  kind: MapKind;
  county: string;
  reachOf: ReadonlyMap<string, OrganizationReach>;
}

interface DrawnShape extends Shape {
  reach: OrganizationReach | undefined;
  label: string;
  inView: boolean;
}

/** Room around the shapes, a share of the larger side. */
const PAD = 0.04;

function MapDrawing({ outlines, kind, county, reachOf }: MapDrawingProps) {
  const { t } = useTranslation();
  const ids = useId();
  const refs = useRef(new Map<string, SVGPathElement>());
  const [active, setActive] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);

  const shapes: DrawnShape[] = useMemo(() => {
    const source = kind === 'MUNICIPALITY' ? outlines.municipalities : outlines.regions;
    return source.map((shape) => {
      const reach = reachOf.get(`${kind}:${shape.code}`);
      const shapeCounty = kind === 'MUNICIPALITY' ? reach?.organization.countyCode : shape.code;
      return { ...shape, reach, label: reach ? shapeLabel(reach, t) : shape.code, inView: !county || shapeCounty === county };
    });
  }, [outlines, kind, county, reachOf, t]);
  // The order of the arrow keys: by name, within the län shown.
  const order = useMemo(
    () =>
      shapes
        .filter((s) => s.inView && s.reach)
        .sort((a, b) => (a.reach?.organization.name ?? '').localeCompare(b.reach?.organization.name ?? '', 'sv')),
    [shapes],
  );
  const tabStop = order.some((s) => s.code === active) ? active : (order[0]?.code ?? null);

  const viewBox = useMemo(() => {
    const box = county ? outlines.counties.find((c) => c.code === county)?.bbox : undefined;
    const [x0, y0, x1, y1] = box ?? [
      outlines.viewBox[0],
      outlines.viewBox[1],
      outlines.viewBox[0] + outlines.viewBox[2],
      outlines.viewBox[1] + outlines.viewBox[3],
    ];
    const pad = Math.max(x1 - x0, y1 - y0) * PAD;
    return [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad].map((n) => Math.round(n));
  }, [outlines, county]);
  // The patterns' tiles keep about the same size on the screen whatever the zoom.
  const tile = Math.max(viewBox[2], viewBox[3] * 0.6) / 70;

  const shown = pointed ?? focused;
  const shownShape = shapes.find((s) => s.code === shown);
  const highlighted = shownShape?.inView ? shownShape : undefined;

  function moveTo(code: string | undefined) {
    if (!code) return;
    setActive(code);
    refs.current.get(code)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const code = (event.target as Element).getAttribute('data-code');
    const index = order.findIndex((s) => s.code === code);
    if (index < 0) return;
    const next: Record<string, number | undefined> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (!(event.key in next)) return;
    event.preventDefault();
    const target = next[event.key] ?? index;
    moveTo(order[Math.min(order.length - 1, Math.max(0, target))]?.code);
  }

  const codeOf = (event: PointerEvent<SVGSVGElement> | MouseEvent<SVGSVGElement>) => (event.target as Element).getAttribute('data-code');

  return (
    <div className="reach-map__drawing">
      <p id={`${ids}-instructions`} className="field__hint">
        {t('network.map.instructions', {
          what: kind === 'MUNICIPALITY' ? t('network.map.instructionsMunicipalities') : t('network.map.instructionsRegions'),
        })}
      </p>
      <div className="reach-map__box">
        <svg
          className={kind === 'MUNICIPALITY' ? 'reach-map__svg' : 'reach-map__svg reach-map__svg--regions'}
          viewBox={viewBox.join(' ')}
          preserveAspectRatio="xMidYMid meet"
          role="group"
          aria-label={kind === 'MUNICIPALITY' ? t('network.map.labelMunicipalities') : t('network.map.labelRegions')}
          aria-describedby={`${ids}-instructions`}
          data-kind={kind}
          onKeyDown={onKeyDown}
          onPointerOver={(event) => setPointed(codeOf(event))}
          onPointerLeave={() => setPointed(null)}
          onClick={(event) => setPointed(codeOf(event))}
        >
          <defs>
            {STATUSES.map((status) => (
              <StatusPattern key={status} id={`${ids}-${status}`} status={status} size={tile} />
            ))}
          </defs>
          <g className="reach-map__shapes">
            {shapes.map((shape) => {
              const status = shape.reach?.status ?? 'NOT_REACHED';
              const navigable = shape.inView && shape.reach !== undefined;
              return (
                <path
                  key={shape.code}
                  ref={(element) => {
                    if (element) refs.current.set(shape.code, element);
                    else refs.current.delete(shape.code);
                  }}
                  d={shape.d}
                  fill={`url(#${ids}-${status})`}
                  className={shape.inView ? 'reach-map__shape' : 'reach-map__shape reach-map__shape--context'}
                  data-code={shape.code}
                  data-status={status}
                  role={navigable ? 'img' : undefined}
                  aria-label={navigable ? shape.label : undefined}
                  aria-hidden={navigable ? undefined : true}
                  tabIndex={navigable ? (shape.code === tabStop ? 0 : -1) : undefined}
                  onFocus={() => {
                    setActive(shape.code);
                    setFocused(shape.code);
                  }}
                  onBlur={() => setFocused((current) => (current === shape.code ? null : current))}
                />
              );
            })}
          </g>
          {highlighted ? (
            <g className="reach-map__highlight" aria-hidden="true">
              <path d={highlighted.d} className="reach-map__highlight-under" />
              <path d={highlighted.d} className="reach-map__highlight-over" />
            </g>
          ) : null}
        </svg>
      </div>
      <p className="reach-map__current" data-testid="reach-map-current">
        {shownShape ? shownShape.label : t('network.map.hint')}
      </p>
    </div>
  );
}
