// Every Swedish message of the programmes module, once (docs/api-conventions.md, "Errors and visibility").

export const ProgrammeErrors = {
  notForSkr: 'Ett program är för kommuner eller för regioner.',
  maxBelowMin: (max: number, min: number) => `Högsta antal nya (${max}) kan inte vara mindre än minsta (${min}).`,
  nameTaken: (name: string) => `Det finns redan ett program som heter "${name}".`,
} as const;
