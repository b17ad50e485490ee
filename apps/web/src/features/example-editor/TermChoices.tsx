import { useTranslation } from 'react-i18next';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';

interface TermChoicesProps {
  /** The group's id (the error summary links here); each checkbox is `<id>-<index>`. */
  id: string;
  name: string;
  legend: string;
  hint: string;
  /** The vocabulary, in its own order. */
  terms: readonly string[];
  chosen: readonly string[];
  onChange: (terms: string[]) => void;
  error: string | undefined;
}

/** The vocabulary as checkboxes; a chosen term no longer in it stays visible, so it can be unticked. */
export function TermChoices({ id, name, legend, hint, terms, chosen, onChange, error }: TermChoicesProps) {
  const { t } = useTranslation();
  const retired = chosen.filter((term) => !terms.includes(term));
  const toggle = (term: string, checked: boolean) => {
    // In the vocabulary's order, which is also the public page's.
    const next = checked ? [...chosen, term] : chosen.filter((c) => c !== term);
    const order = [...terms, ...retired];
    onChange(order.filter((candidate) => next.includes(candidate)));
  };
  return (
    <ChoiceFieldset id={id} legend={legend} hint={hint} error={error}>
      <div className="example-editor__terms">
        {[...terms, ...retired].map((term, index) => (
          <Choice
            key={term}
            id={`${id}-${index}`}
            type="checkbox"
            name={name}
            checked={chosen.includes(term)}
            onChange={(checked) => toggle(term, checked)}
            label={term}
            detail={retired.includes(term) ? t('exampleEditor.fields.retiredTerm') : undefined}
          />
        ))}
      </div>
    </ChoiceFieldset>
  );
}
