export const EXAMPLE_FLASH_MESSAGES = ['exampleCreated', 'exampleSaved'] as const;
export type ExampleFlash = (typeof EXAMPLE_FLASH_MESSAGES)[number];

/**
 * The editor's message to the example page after a save (`{ flash: 'exampleSaved' }` in the
 * navigation state). Kept beside the editor rather than in pages/flash.ts: only those who may save
 * see it, in the workflow panel.
 */
export function readExampleFlash(state: unknown): ExampleFlash | null {
  if (typeof state !== 'object' || state === null) return null;
  const flash = (state as Record<string, unknown>)['flash'];
  return (EXAMPLE_FLASH_MESSAGES as readonly unknown[]).includes(flash) ? (flash as ExampleFlash) : null;
}
