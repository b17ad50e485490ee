import { useTranslation } from 'react-i18next';
import { TextField } from '../../shared/ui/TextField';
import { EDITOR_FIELD_IDS, linkId } from './editor-fields';
import { emptyLink, linkField, type LinkRow } from './example-form';
import { RepeatableRows, type RowEditorProps } from './RepeatableRows';

/** "Läs mer": links, each a text and a full web address. */
export function LinkRows({ rows, onChange, fieldErrors }: RowEditorProps<LinkRow>) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      id={EDITOR_FIELD_IDS.furtherReading}
      legend={t('exampleEditor.sections.furtherReading')}
      hint={t('exampleEditor.sectionHints.furtherReading')}
      error={fieldErrors['furtherReading']}
      rows={rows}
      onChange={onChange}
      addId="editor-link-add"
      focusId={(row) => linkId(row.key, 'title')}
      empty={emptyLink}
      addLabel={t('exampleEditor.addLink')}
      removeLabel={(number) => t('exampleEditor.removeLink', { number })}
      rowLegend={(number) => t('exampleEditor.link', { number })}
      renderFields={(row, number, change) => (
        <>
          <TextField
            id={linkId(row.key, 'title')}
            name={`link-title-${number}`}
            label={t('exampleEditor.linkTitle')}
            required
            autoComplete="off"
            maxLength={300}
            value={row.title}
            onChange={(title) => change({ title })}
            error={fieldErrors[linkField(row, 'title')]}
          />
          <TextField
            id={linkId(row.key, 'url')}
            name={`link-url-${number}`}
            type="url"
            label={t('exampleEditor.linkUrl')}
            hint={t('exampleEditor.linkUrlHint')}
            required
            autoComplete="off"
            maxLength={2000}
            className="input--wide"
            value={row.url}
            onChange={(url) => change({ url })}
            error={fieldErrors[linkField(row, 'url')]}
          />
        </>
      )}
    />
  );
}
