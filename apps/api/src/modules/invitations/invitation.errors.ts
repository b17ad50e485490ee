// Every Swedish message of the invitations module, once (docs/api-conventions.md, "Errors and visibility").

export const INVITATION_NOT_FOUND = 'Inbjudan hittades inte.';

/** A link that names no invitation (NOT_FOUND), for its recipient. */
export const LINK_NOT_FOUND = 'Inbjudan hittades inte. Kontrollera länken, eller be om en ny inbjudan.';

/** `inviteUser`: what is wrong with the input (BAD_USER_INPUT), what is not the viewer's to do (FORBIDDEN), what is already there (CONFLICT). */
export const INVITE_REFUSED = {
  unknownOrganization: (code: string) => `Det finns ingen organisation med koden "${code}".`,
  role: 'Bara processledare kan bjuda in processledare.',
  organization: 'Du kan bara bjuda in kollegor till din egen organisation.',
  processLeaderOutsideSkr: 'Processledare bjuds in till SKR, inte till en kommun eller region.',
  accountExists: (email: string) => `Det finns redan ett konto för ${email}.`,
  alreadyInvited: (email: string, organizationName: string) => `${email} är redan inbjuden till ${organizationName}. Skicka inbjudan igen i stället.`,
} as const;

/** `InviteUserInput`'s own checks (class-validator, before the service runs). */
export const INVITE_INPUT_INVALID = {
  emailTooLong: 'E-postadressen är för lång.',
  emailInvalid: 'Ange en giltig e-postadress.',
  organizationRequired: 'Välj en organisation.',
  organizationCodeUnknown: 'Okänd organisationskod.',
  roleInvalid: 'Välj en giltig roll.',
} as const;

export const RESEND_REFUSED = {
  accepted: 'Inbjudan har redan använts.',
  revoked: 'Inbjudan är återkallad. Skapa en ny inbjudan i stället.',
} as const;

export const REVOKE_REFUSED = {
  accepted: 'Inbjudan har redan använts och kan inte återkallas.',
  revoked: 'Inbjudan är redan återkallad.',
} as const;

/** Accepting: the form (BAD_USER_INPUT) and the link (CONFLICT). */
export const ACCEPT_REFUSED = {
  nameRequired: 'Ange ditt namn.',
  nameTooLong: 'Namnet får ha högst 200 tecken.',
  used: 'Inbjudan har redan använts. Logga in med ditt konto.',
  revoked: 'Inbjudan har återkallats.',
  expired: 'Inbjudan har gått ut. Be om en ny inbjudan.',
  accountExists: (email: string) => `Det finns redan ett konto för ${email}.`,
} as const;
