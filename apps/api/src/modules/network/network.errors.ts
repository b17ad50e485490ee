// The network's Swedish error messages (docs/api-conventions.md, "Errors").
export const NetworkErrors = {
  unknownProgramme: 'Satsningen finns inte.',
  noMentees: 'Välj minst en ny kommun eller region för att få förslag på mentor.',
  tooManyMentees: (max: number) => `En omgång i den här satsningen har högst ${max} nya.`,
  mayNotSuggest: 'Bara processledare får förslag på mentorer.',
} as const;
