import editorEn from '../features/example-editor/i18n/en.json';
import editorSv from '../features/example-editor/i18n/sv.json';
import examplesEn from '../features/examples/i18n/en.json';
import examplesSv from '../features/examples/i18n/sv.json';
import impactEn from '../features/impact/i18n/en.json';
import impactSv from '../features/impact/i18n/sv.json';
import networkEn from '../features/network/i18n/en.json';
import networkSv from '../features/network/i18n/sv.json';
import remindersEn from '../features/reminders/i18n/en.json';
import remindersSv from '../features/reminders/i18n/sv.json';
import enBase from './en.json';
import svBase from './sv.json';

/**
 * Every text of the app: the shared files here plus the larger features' own files, each under its
 * feature's key (`examples.…`, `exampleEditor.…`, `reminders.…`, `network.…`, `impact.…`), so a feature's texts live beside its code.
 */
export const sv = { ...svBase, examples: examplesSv, exampleEditor: editorSv, reminders: remindersSv, network: networkSv, impact: impactSv };
export type Translation = typeof sv;
// Typed as the Swedish texts: a key missing from the English ones fails the type check.
export const en: Translation = { ...enBase, examples: examplesEn, exampleEditor: editorEn, reminders: remindersEn, network: networkEn, impact: impactEn };
