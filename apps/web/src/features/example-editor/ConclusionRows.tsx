import { useTranslation } from 'react-i18next';
import { TextField } from '../../shared/ui/TextField';
import { conclusionId, EDITOR_FIELD_IDS } from './editor-fields';
import { CONCLUSIONS_MAX, conclusionField, emptyConclusion, type ConclusionRow } from './example-form';
import { RepeatableRows, type RowEditorProps } from './RepeatableRows';

/** "Viktiga slutsatser": a numbered list of one-line conclusions, at most CONCLUSIONS_MAX. */
export function ConclusionRows({ rows, onChange, fieldErrors }: RowEditorProps<ConclusionRow>) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      id={EDITOR_FIELD_IDS.keyConclusions}
      legend={t('exampleEditor.sections.keyConclusions')}
      hint={t('exampleEditor.sectionHints.keyConclusions')}
      error={fieldErrors['keyConclusions']}
      rows={rows}
      onChange={onChange}
      addId="editor-conclusion-add"
      focusId={(row) => conclusionId(row.key)}
      empty={emptyConclusion}
      max={CONCLUSIONS_MAX}
      addLabel={t('exampleEditor.addConclusion')}
      removeLabel={(number) => t('exampleEditor.removeConclusion', { number })}
      renderFields={(row, number, change) => (
        <TextField
          id={conclusionId(row.key)}
          name={`conclusion-${number}`}
          label={t('exampleEditor.conclusion', { number })}
          autoComplete="off"
          maxLength={2000}
          className="input--wide"
          value={row.text}
          onChange={(text) => change({ text })}
          error={fieldErrors[conclusionField(row)]}
        />
      )}
    />
  );
}
