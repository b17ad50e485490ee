// The impact view's Swedish error messages (docs/api-conventions.md, "Errors").
export const ImpactErrors = {
  unknownProgramme: 'Satsningen finns inte.',
  unknownFocusArea: 'Fokusområdet finns inte.',
  badGeneration: 'Generationen ska vara ett heltal från 1 och uppåt.',
  unknownDataset: 'Datamängden finns inte.',
} as const;
