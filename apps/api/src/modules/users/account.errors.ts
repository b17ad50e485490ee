// Every Swedish message of the users module, once (docs/api-conventions.md, "Errors and visibility").

export const ACCOUNT_NOT_FOUND = 'Kontot hittades inte.';

/** Why `deactivateUser` leads nowhere (CONFLICT). */
export const DEACTIVATE_REFUSED = {
  self: 'Du kan inte inaktivera ditt eget konto.',
  alreadyInactive: 'Kontot är redan inaktiverat.',
} as const;
