/**
 * Everything the fuzz tier knows about the API comes from schema.gql: the operations, every argument
 * position (arguments, input fields at any depth, list items, and arguments of fields below the root),
 * and how to write a request for one of them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isRequiredInputField,
  isUnionType,
} from 'graphql';
import { MISSING, RawLiteral } from './hostile-values';

export const SCHEMA_PATH = join(__dirname, '..', 'schema.gql');

export function loadSchema(path = SCHEMA_PATH): GraphQLSchema {
  return buildSchema(readFileSync(path, 'utf8'));
}

export interface Operation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  /** "Query.cohort", "Mutation.createCohort" */
  label: string;
}

export type Step = { field: string } | { item: true };

/** A field below the root that takes arguments, and the selection path that reaches it. */
export interface Nested {
  path: string[];
  field: GraphQLField<unknown, unknown>;
}

/** One position a hostile value can be put in. */
export interface Position {
  op: Operation;
  nested?: Nested;
  arg: GraphQLArgument;
  steps: Step[];
  type: GraphQLInputType;
  /** The argument or input field name (the list's for an item). */
  name: string;
  /** "input.startupMeeting.kind", "filter.subjects[]", "related.first" */
  label: string;
  /** Non-null without a default: the request is invalid without it. */
  required: boolean;
  isListItem: boolean;
}

export function operations(schema: GraphQLSchema): Operation[] {
  const out: Operation[] = [];
  for (const [kind, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) out.push({ kind, name: field.name, field, label: `${type.name}.${field.name}` });
  }
  return out;
}

const unwrap = (type: GraphQLInputType): GraphQLInputType => (isNonNullType(type) ? type.ofType : type);

/** Fields with arguments below an operation's root field, breadth first, each (type, field) once, to `maxDepth`. */
export function nestedFieldsWithArgs(op: Operation, maxDepth = 3): Nested[] {
  const found: Nested[] = [];
  const seen = new Set<string>();
  let frontier: { type: GraphQLNamedType; path: string[] }[] = [{ type: getNamedType(op.field.type), path: [] }];
  for (let depth = 0; depth < maxDepth && frontier.length; depth += 1) {
    const next: typeof frontier = [];
    for (const { type, path } of frontier) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const key = `${type.name}.${field.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (field.args.length) found.push({ path: [...path, field.name], field });
        else if (!isLeafType(getNamedType(field.type))) next.push({ type: getNamedType(field.type), path: [...path, field.name] });
      }
    }
    frontier = next;
  }
  return found;
}

/** Every position of every argument of the operation (and of its nested fields), recursing into inputs and lists. */
export function positions(op: Operation): Position[] {
  const out: Position[] = [];
  const walk = (
    base: Omit<Position, 'steps' | 'type' | 'name' | 'label' | 'required' | 'isListItem'>,
    type: GraphQLInputType,
    steps: Step[],
    name: string,
    label: string,
    required: boolean,
    isListItem: boolean,
    seen: Set<string>,
  ) => {
    out.push({ ...base, steps, type, name, label, required, isListItem });
    const inner = unwrap(type);
    if (isListType(inner)) {
      walk(base, inner.ofType, [...steps, { item: true }], name, `${label}[]`, false, true, seen);
    } else if (isInputObjectType(inner) && !seen.has(inner.name)) {
      const below = new Set(seen).add(inner.name);
      for (const field of Object.values(inner.getFields())) {
        walk(
          base,
          field.type,
          [...steps, { field: field.name }],
          field.name,
          `${label}.${field.name}`,
          isRequiredInputField(field),
          false,
          below,
        );
      }
    }
  };
  for (const arg of op.field.args) walk({ op, arg }, arg.type, [], arg.name, arg.name, isRequiredArgument(arg), false, new Set());
  for (const nested of nestedFieldsWithArgs(op)) {
    for (const arg of nested.field.args)
      walk({ op, arg, nested }, arg.type, [], arg.name, `${nested.path.join('.')}(${arg.name})`, isRequiredArgument(arg), false, new Set());
  }
  return out;
}

/** Plausible valid values for positions, from the caller's fixtures (see fixtures.ts). */
export interface Filler {
  leaf(ctx: FillContext): unknown;
  /** A whole list when the item-by-item default would not do (e.g. two distinct mentee codes). */
  list?(ctx: FillContext): unknown[] | undefined;
}

export interface FillContext {
  op: Operation;
  /** Argument or input field name. */
  name: string;
  /** "input.startupMeeting.kind" */
  path: string;
  type: GraphQLInputType;
  /** Fill optional arguments and fields too. */
  full: boolean;
}

export function fill(filler: Filler, ctx: FillContext): unknown {
  const type = unwrap(ctx.type);
  if (isListType(type)) {
    const whole = filler.list?.(ctx);
    if (whole) return whole;
    return [fill(filler, { ...ctx, type: type.ofType, path: `${ctx.path}[]` })];
  }
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isRequiredInputField(field) && !ctx.full) continue;
      if (!isRequiredInputField(field) && field.defaultValue !== undefined) continue;
      value[field.name] = fill(filler, { ...ctx, name: field.name, type: field.type, path: `${ctx.path}.${field.name}` });
    }
    return value;
  }
  return filler.leaf({ ...ctx, type });
}

/** The value of an argument with `hostile` put at `steps`, everything around it valid. */
export function withHostile(filler: Filler, ctx: FillContext, steps: Step[], hostile: unknown): unknown {
  if (steps.length === 0) return hostile;
  const type = unwrap(ctx.type);
  const [step, ...rest] = steps;
  if ('item' in step) {
    if (!isListType(type)) throw new Error(`not a list at ${ctx.path}`);
    const item = withHostile(filler, { ...ctx, type: type.ofType, path: `${ctx.path}[]` }, rest, hostile);
    return item === MISSING ? [] : [item];
  }
  if (!isInputObjectType(type)) throw new Error(`not an input object at ${ctx.path}`);
  const base = fill(filler, ctx) as Record<string, unknown>;
  const field = type.getFields()[step.field];
  const value = withHostile(filler, { ...ctx, name: field.name, type: field.type, path: `${ctx.path}.${field.name}` }, rest, hostile);
  if (value === MISSING) delete base[field.name];
  else base[field.name] = value;
  return base;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A JavaScript value written as a GraphQL literal for a position of `type`. */
export function toLiteral(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type && unwrap(type);
  if (value instanceof RawLiteral) return value.text;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const itemType = inner && isListType(inner) ? inner.ofType : inner;
    return `[${value.map((item) => toLiteral(item, itemType)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    return `{${Object.keys(value)
      .map((key) => `${key}: ${toLiteral((value as Record<string, unknown>)[key], fields[key]?.type)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string') {
    if (inner && isEnumType(inner) && NAME.test(value) && !['true', 'false', 'null'].includes(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return typeof value === 'boolean' ? String(value) : 'null';
}

/**
 * `__typename` and the leaf fields without required arguments: small answers that still run the
 * resolvers. Single String fields are left out: they would echo the caller's own (megabyte) values back
 * and make the size check about the request; lists of strings stay (e.g. import problem lines).
 */
export function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isInterfaceType(named) || isUnionType(named) || !isObjectType(named)) return '{ __typename }';
  const scalars = Object.values(named.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
    .filter((field) => getNamedType(field.type).name !== 'String' || isListType(isNonNullType(field.type) ? field.type.ofType : field.type))
    .map((field) => field.name);
  return `{ __typename ${scalars.join(' ')} }`;
}

export interface RequestBody {
  query: string;
  variables: Record<string, unknown>;
}

export interface BuildOptions {
  /** The position and value under test; none for a valid request. */
  position?: Position;
  value?: unknown;
  /** Write the value under test into the document instead of a variable. */
  inline?: boolean;
  /** Fill optional arguments and fields as well. */
  full?: boolean;
  /** Override the values of root arguments (e.g. `first: 1`). */
  rootOverrides?: Record<string, unknown>;
  /** Replace the selection of the root field. */
  selection?: string;
}

/** One request for an operation: every required argument valid, the value under test where it belongs. */
export function buildRequest(op: Operation, filler: Filler, options: BuildOptions = {}): RequestBody {
  const { position, full = false } = options;
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const argText = (
    args: readonly GraphQLArgument[],
    prefix: string,
    isTarget: (arg: GraphQLArgument) => boolean,
    overrides: Record<string, unknown> = {},
  ): string => {
    const parts: string[] = [];
    for (const arg of args) {
      const ctx: FillContext = { op, name: arg.name, path: arg.name, type: arg.type, full };
      let value: unknown;
      if (position && isTarget(arg)) {
        const hostile = options.value instanceof RawLiteral && !options.inline ? options.value.json : options.value;
        value = withHostile(filler, ctx, position.steps, hostile);
      } else if (arg.name in overrides) value = overrides[arg.name];
      else if (isRequiredArgument(arg) || (full && arg.defaultValue === undefined)) value = fill(filler, ctx);
      else continue;
      if (value === MISSING) continue;
      if (position && isTarget(arg) && options.inline) {
        parts.push(`${arg.name}: ${toLiteral(value, arg.type)}`);
        continue;
      }
      const variable = `${prefix}${arg.name}`;
      definitions.push(`$${variable}: ${String(arg.type)}`);
      variables[variable] = value;
      parts.push(`${arg.name}: $${variable}`);
    }
    return parts.length ? `(${parts.join(', ')})` : '';
  };
  const rootArgs = argText(op.field.args, '', (arg) => !position?.nested && arg === position?.arg, options.rootOverrides);
  let selection = options.selection ?? selectionFor(op.field.type);
  if (position?.nested) {
    const { path, field } = position.nested;
    const nestedArgs = argText(field.args, 'nested_', (arg) => arg === position.arg);
    let inner = `${field.name}${nestedArgs} ${selectionFor(field.type)}`;
    for (let i = path.length - 2; i >= 0; i -= 1) inner = `${path[i]} { ${inner} }`;
    selection = `{ __typename ${inner} }`;
  }
  const defs = definitions.length ? `(${definitions.join(', ')})` : '';
  return { query: `${op.kind} Fuzz${defs} { ${op.name}${rootArgs} ${selection} }`, variables };
}
