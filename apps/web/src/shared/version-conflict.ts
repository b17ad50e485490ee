import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useTranslation } from 'react-i18next';
import { toUiError, type UiError } from './errors/error-message';

/**
 * A save refused as CONFLICT (docs/api-conventions.md, "Versions"): someone saved the record after
 * this form read it. The API says which version it has now in `extensions.currentVersion`.
 */
export interface StaleVersion {
  /** The version the server has now, when the answer says (`extensions.currentVersion`). */
  currentVersion: number | null;
}

/** The CONFLICT in an Apollo error, or null when the error is something else. */
export function readConflict(cause: unknown): StaleVersion | null {
  if (!CombinedGraphQLErrors.is(cause)) return null;
  const conflict = cause.errors.find((error) => error.extensions?.['code'] === 'CONFLICT');
  if (!conflict) return null;
  const current = conflict.extensions?.['currentVersion'];
  return { currentVersion: typeof current === 'number' && Number.isInteger(current) ? current : null };
}

export interface VersionConflictOptions<T> {
  /**
   * The version the form was opened with, sent with the first save. Read once: a later refetch of the
   * record must not quietly move the user's unsaved text onto a version they have not seen.
   */
  version: number;
  /** Fetches the record as the server has it now (from the network, not the cache); null when it is gone. */
  loadCurrent: () => Promise<T | null | undefined>;
  versionOf: (record: T) => number;
  /** When the record was last saved (ISO), for "version 5, saved …"; leave out if the record does not say. */
  savedAtOf?: (record: T) => string | null | undefined;
  /** The newer version has been fetched: the form's own CONFLICT message can go (e.g. `useFormError`'s `clear`). */
  onLoaded?: (latest: T) => void;
  /** The user keeps their text; the next save goes on top of `latest`'s version. */
  onKeepMine?: (latest: T) => void;
  /** The user takes the newer version: put `latest` into the form (their unsaved text is replaced). */
  onTakeLatest: (latest: T) => void;
}

export type ConflictOutcome = 'keptMine' | 'usedLatest';

/** What `useVersionConflict` returns: the state `<VersionConflict>` shows, and the steps it offers. */
export interface VersionConflictState<T> {
  /** The version to send with the next save. */
  version: number;
  /** Set by a save answered CONFLICT, until the user has chosen what to keep (or saves again). */
  stale: StaleVersion | null;
  /** The newer version, once fetched, until the user has chosen. */
  latest: T | null;
  latestVersion: number | null;
  latestSavedAt: string | null;
  loading: boolean;
  /** Fetching the newer version failed: 'gone' when there is nothing to fetch any more. */
  loadError: UiError | 'gone' | null;
  /** What the user chose last, said in a status message until the next save. */
  outcome: ConflictOutcome | null;
  /**
   * Runs the save with the version to send. A CONFLICT answer is remembered (so the notice offers the
   * newer version) and re-thrown, so that the form shows it as it shows any other error.
   */
  save: <R>(run: (version: number) => Promise<R>) => Promise<R>;
  /** After a save that leaves the form open: the version the server answered with. */
  saved: (version: number) => void;
  loadLatest: () => Promise<void>;
  keepMine: () => void;
  takeLatest: () => void;
}

/**
 * The one way a versioned form handles a stale save: tell the user, keep their text, let them fetch
 * the newer version and either keep their text (saving on top of the newer version) or take the
 * newer version. `<VersionConflict conflict={…}>` (shared/ui/VersionConflict.tsx) shows it.
 *
 * Adopting it in a form (a cohort's edit form, a meeting form):
 *
 *   const client = useApolloClient();
 *   const { error, fieldErrors, send, clear } = useFormError(FIELD_IDS);
 *   const conflict = useVersionConflict({
 *     version: cohort.version,
 *     loadCurrent: async () => (await client.query({ query: CohortQuery, variables: { id }, fetchPolicy: 'network-only' })).data?.cohort,
 *     versionOf: (current) => current.version,
 *     savedAtOf: (current) => current.updatedAt,
 *     onLoaded: clear,
 *     onTakeLatest: (current) => setValues(formFromCohort(current)),
 *   });
 *   const submit = () => send(problems, () => conflict.save((version) => updateCohort({ variables: { id, version, input } })));
 *   …
 *   <SubmitForm error={error} … lead={<VersionConflict conflict={conflict} firstFieldId={FIELD_IDS.name} />}>
 *
 * (A form that stays open after saving calls `conflict.saved(answer.version)`. A short record can be shown
 * in the notice with `renderLatest={(current) => …}`, so that the user sees what they choose between; and
 * the form must not be keyed by the version, or fetching the newer one resets what was typed:
 * docs/web-patterns.md, "Conflicts".)
 */
export function useVersionConflict<T>(options: VersionConflictOptions<T>): VersionConflictState<T> {
  const { t } = useTranslation();
  const [version, setVersion] = useState(options.version);
  const [stale, setStale] = useState<StaleVersion | null>(null);
  const [latest, setLatest] = useState<T | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<UiError | 'gone' | null>(null);
  const [outcome, setOutcome] = useState<ConflictOutcome | null>(null);

  async function save<R>(run: (version: number) => Promise<R>): Promise<R> {
    setStale(null);
    setLatest(null);
    setLoadError(null);
    setOutcome(null);
    try {
      return await run(version);
    } catch (cause) {
      setStale(readConflict(cause));
      throw cause;
    }
  }

  async function loadLatest() {
    if (loading) return;
    setLoading(true);
    setLoadError(null);
    try {
      const current = await options.loadCurrent();
      if (!current) {
        setLoadError('gone');
        return;
      }
      setLatest(current);
      options.onLoaded?.(current);
    } catch (cause) {
      setLoadError(toUiError(cause, t));
    } finally {
      setLoading(false);
    }
  }

  function choose(outcomeChosen: ConflictOutcome, apply: ((current: T) => void) | undefined) {
    if (!latest) return;
    setVersion(options.versionOf(latest));
    setStale(null);
    setLatest(null);
    setOutcome(outcomeChosen);
    apply?.(latest);
  }

  return {
    version,
    stale,
    latest,
    latestVersion: latest ? options.versionOf(latest) : null,
    latestSavedAt: latest ? (options.savedAtOf?.(latest) ?? null) : null,
    loading,
    loadError,
    outcome,
    save,
    saved: setVersion,
    loadLatest,
    keepMine: () => choose('keptMine', options.onKeepMine),
    takeLatest: () => choose('usedLatest', options.onTakeLatest),
  };
}
