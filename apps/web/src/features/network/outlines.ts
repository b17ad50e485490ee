import { useEffect, useState } from 'react';
// Not bundled: Vite emits the file as a content-hashed asset (/assets/outlines.generated-<hash>.json),
// which the web server lets browsers cache for a year, and gives its URL here. The page's figures and
// table do not wait for it. Made by libs/reference-data/scripts/outlines.mjs (docs/web-patterns.md,
// "The network page").
import outlinesUrl from './outlines.generated.json?url';

export interface Shape {
  /** The kommun's SCB code ("0114"), or the region's county code ("01"). */
  code: string;
  /** An SVG path in viewBox units. */
  d: string;
}

export interface Outlines {
  /** [x, y, width, height] of the whole of Sweden. */
  viewBox: [number, number, number, number];
  municipalities: Shape[];
  regions: Shape[];
  /** Each län's box, [x0, y0, x1, y1], for zooming. */
  counties: { code: string; bbox: [number, number, number, number] }[];
}

let request: Promise<Outlines> | null = null;

/** The outlines, fetched once per page load (and again after a failure). */
export function loadOutlines(): Promise<Outlines> {
  request ??= fetch(outlinesUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`outlines: HTTP ${response.status}`);
      return response.json() as Promise<Outlines>;
    })
    .catch((error: unknown) => {
      request = null;
      throw error;
    });
  return request;
}

/** For tests: forget what was fetched. */
export function forgetOutlines(): void {
  request = null;
}

export type OutlinesState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; outlines: Outlines };

/** Starts fetching the outlines when the component mounts; the map draws when they arrive. */
export function useOutlines(): OutlinesState {
  const [state, setState] = useState<OutlinesState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    loadOutlines().then(
      (outlines) => current && setState({ status: 'ready', outlines }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
