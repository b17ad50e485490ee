/** class-transformer helpers for `@Transform` on GraphQL inputs: applied before class-validator runs. */
type TransformArgs = { value: unknown };

/** Surrounding blanks are never meaningful in names, titles or codes. */
export const trim = ({ value }: TransformArgs): unknown => (typeof value === 'string' ? value.trim() : value);

/** For optional text: blank means "not given". */
export const trimOrNull = ({ value }: TransformArgs): unknown => (typeof value === 'string' ? value.trim() || null : value);
