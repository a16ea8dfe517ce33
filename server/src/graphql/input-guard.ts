import {
  defaultFieldResolver,
  getNamedType,
  GraphQLSchema,
  GraphQLArgument,
  GraphQLInputField,
  GraphQLInputType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { badInput } from '../core/errors';
import { CONTROL_EXCEPT_LINES } from '../core/validate';

/** The longest ID any argument may carry (our ids are 36-character UUIDs). */
export const MAX_ID_LENGTH = 64;
/** The longest string an argument may carry unless its field declares `maxLength`. */
export const MAX_STRING_LENGTH = 10_000;

type Declared = GraphQLArgument | GraphQLInputField;

function check(value: unknown, type: GraphQLInputType, declared: Declared, path: string) {
  if (value === null || value === undefined) return;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    if (Array.isArray(value)) {
      value.forEach((item, i) => check(item, inner.ofType, declared, `${path}.${i}`));
    }
    return;
  }
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) check(v, field.type, field, `${path}.${name}`);
    }
    return;
  }
  if (typeof value !== 'string' || !isScalarType(getNamedType(inner))) return;
  const scalar = getNamedType(inner).name;
  const limit =
    scalar === 'ID'
      ? MAX_ID_LENGTH
      : ((declared.extensions as { maxLength?: number }).maxLength ?? MAX_STRING_LENGTH);
  if (value.length > limit) throw badInput(`${path} must be at most ${limit} characters`, path);
  // Line breaks and tabs are text; every other control character (NUL above all) is refused.
  if (CONTROL_EXCEPT_LINES.test(value))
    throw badInput(`${path} must not contain control characters`, path);
}

/**
 * A safety net under every service's own checks: before a Query or Mutation field runs, every
 * string it was given is bounded (IDs to 64 characters, other strings to 10,000 unless the
 * field declares a larger `maxLength` extension) and free of control characters. Bad input is
 * BAD_USER_INPUT, named by its path, before anything is read or written. Only root fields are
 * wrapped, so nested fields cost nothing.
 */
export function guardRootInputs(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        for (const arg of field.args) check(args[arg.name], arg.type, arg, arg.name);
        return resolve(source, args, context, info);
      };
    }
  }
}
