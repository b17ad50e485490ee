import { useState } from 'react';

interface ReloadButtonProps {
  /** Fetches the record again from the server. */
  reload: () => Promise<unknown>;
  onReloaded?: () => void;
  /** "Ladda om omgången", "Hämta den senaste versionen". */
  label: string;
  /** Shown while it loads: "Laddar om …". */
  busyLabel: string;
}

/** Fetches a record again after a CONFLICT (someone else changed it since this page read it). */
export function ReloadButton({ reload, onReloaded, label, busyLabel }: ReloadButtonProps) {
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
        {busy ? busyLabel : label}
      </button>
    </p>
  );
}
