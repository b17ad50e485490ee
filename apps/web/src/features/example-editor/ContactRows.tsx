import { useTranslation } from 'react-i18next';
import { TextField } from '../../shared/ui/TextField';
import { contactId, EDITOR_FIELD_IDS } from './editor-fields';
import { CONTACT_CONTROLS, contactField, emptyContact, type ContactControl, type ContactRow } from './example-form';
import { RepeatableRows, type RowEditorProps } from './RepeatableRows';

const CONTACT_INPUT: Record<ContactControl, { type: string; autoComplete: string; maxLength: number }> = {
  name: { type: 'text', autoComplete: 'off', maxLength: 200 },
  title: { type: 'text', autoComplete: 'off', maxLength: 200 },
  organization: { type: 'text', autoComplete: 'off', maxLength: 200 },
  email: { type: 'email', autoComplete: 'off', maxLength: 254 },
  phone: { type: 'tel', autoComplete: 'off', maxLength: 40 },
};

/** "Kontaktpersoner": each a name (required), title, organisation, e-mail and phone. */
export function ContactRows({ rows, onChange, fieldErrors }: RowEditorProps<ContactRow>) {
  const { t } = useTranslation();
  return (
    <RepeatableRows
      id={EDITOR_FIELD_IDS.contacts}
      legend={t('exampleEditor.sections.contacts')}
      hint={t('exampleEditor.sectionHints.contacts')}
      error={fieldErrors['contacts']}
      rows={rows}
      onChange={onChange}
      addId="editor-contact-add"
      focusId={(row) => contactId(row.key, 'name')}
      empty={emptyContact}
      addLabel={t('exampleEditor.addContact')}
      removeLabel={(number) => t('exampleEditor.removeContact', { number })}
      rowLegend={(number) => t('exampleEditor.contact', { number })}
      renderFields={(row, number, change) =>
        CONTACT_CONTROLS.map((control) => (
          <TextField
            key={control}
            id={contactId(row.key, control)}
            name={`contact-${control}-${number}`}
            label={t(`exampleEditor.contactFields.${control}`)}
            required={control === 'name'}
            {...CONTACT_INPUT[control]}
            value={row[control]}
            onChange={(text) => change({ [control]: text })}
            error={fieldErrors[contactField(row, control)]}
          />
        ))
      }
    />
  );
}
