/**
 * What other features (and the routes) use of the example editor: its pages, and the library's
 * example page with the editorial workflow panel filled in.
 */
export { EditorialPage } from './EditorialPage';
export { ExampleEditorPage } from './ExampleEditorPage';
export { ExamplePageWithWorkflow } from './ExamplePageWithWorkflow';
export { ImportExamplesPage } from './ImportExamplesPage';
export { VocabulariesPage } from './VocabulariesPage';
