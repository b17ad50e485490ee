// Every Swedish message of the organisations module, once (docs/api-conventions.md, "Errors and visibility").

export const OrganizationErrors = {
  unknownCode: (code: string) => `Det finns ingen organisation med koden "${code}".`,
  mentorReasonMissing: 'Ange varför organisationen kan vara mentor.',
  skrCannotMentor: 'SKR kan inte vara mentor i en omgång.',
  alreadyMentorEligible: (shortName: string) => `${shortName} kan redan vara mentor.`,
} as const;
