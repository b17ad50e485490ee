import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Reloads the cohort after a CONFLICT (someone else changed it since this page read it). */
export function ReloadButton({ reload, onReloaded }: { reload: () => Promise<unknown>; onReloaded?: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <p>
      <button
        type="button"
        className="button button--secondary button--small"
        aria-disabled={busy ? true : undefined}
        onClick={() => {
          if (busy) return;
          setBusy(true);
          void reload()
            .then(() => onReloaded?.())
            .catch(() => undefined)
            .finally(() => setBusy(false));
        }}
      >
        {busy ? t('cohort.reloading') : t('cohort.reload')}
      </button>
    </p>
  );
}
