import { flashFrom } from '../pages';

export const EXAMPLE_FLASH_MESSAGES = ['exampleCreated', 'exampleSaved'] as const;
export type ExampleFlash = (typeof EXAMPLE_FLASH_MESSAGES)[number];

/**
 * The editor's message to the example page after a save (`{ flash: 'exampleSaved' }` in the
 * navigation state), shown in the workflow panel: only those who may save see it.
 */
export function readExampleFlash(state: unknown): ExampleFlash | null {
  return flashFrom(state, EXAMPLE_FLASH_MESSAGES);
}
