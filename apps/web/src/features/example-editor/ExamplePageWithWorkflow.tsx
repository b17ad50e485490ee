import { ExamplePage } from '../examples';
import { ExampleWorkflowPanel } from './ExampleWorkflowPanel';

/**
 * `/examples/:slug`: the library's example page with the editorial workflow panel under the title
 * (edit, submit, publish, return, archive: shown only to those who may). The editor depends on the
 * library, not the other way round: the page takes the panel through its `renderActions` slot.
 */
export function ExamplePageWithWorkflow() {
  return <ExamplePage renderActions={(example, reload) => <ExampleWorkflowPanel example={example} onChanged={reload} />} />;
}
