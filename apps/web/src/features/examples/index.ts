/**
 * What other features use of the library of learning examples: its pages (for the routes), the
 * public view of an example (the editor previews with it) and the view's data and enums.
 */
export { ExamplePage, type ExamplePageProps, type LibraryExample } from './ExamplePage';
export { ExamplesSearchPage } from './ExamplesSearchPage';
export { ExampleView } from './ExampleView';
export type { ExampleOrigin, ExampleStatus, ExampleViewData } from './example-view-data';
