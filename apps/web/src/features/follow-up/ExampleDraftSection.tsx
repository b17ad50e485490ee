import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { CreateExampleDraftFromReportMutation } from './graphql/operations';

const NO_FIELDS: Record<string, string> = {};

export interface CreatedExample {
  slug: string;
  title: string;
}

/**
 * An approved report becomes a learning-example draft for its organisation (its members or a process
 * leader: mayDraftExampleFromReport). Asked again, the API answers the draft made before.
 */
export function ExampleDraftSection({ reportId, onCreated }: { reportId: string; onCreated: (example: CreatedExample) => void }) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CreateExampleDraftFromReportMutation);
  const { error, showError, clear } = useFormError(NO_FIELDS);

  async function run() {
    if (loading) return;
    clear();
    try {
      const { data } = await create({ variables: { reportId } });
      const example = data?.createExampleDraftFromReport;
      if (example) onCreated({ slug: example.slug, title: example.title });
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <section aria-labelledby="report-example-heading" className="section">
      <h2 id="report-example-heading">{t('followUp.example.heading')}</h2>
      <p>{t('followUp.example.intro')}</p>
      <ErrorSummary error={error} />
      <button type="button" className="button" aria-disabled={loading ? true : undefined} onClick={() => void run()}>
        {loading ? t('followUp.example.creating') : t('followUp.example.create')}
      </button>
    </section>
  );
}
