// A graphql-codegen plugin: the schema's unions and interfaces with their member types, as the
// `possibleTypes` Apollo's cache needs to match inline fragments on union and interface results.
const { isAbstractType } = require('graphql');

module.exports = {
  plugin(schema) {
    const possibleTypes = {};
    for (const type of Object.values(schema.getTypeMap()).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (type.name.startsWith('__') || !isAbstractType(type)) continue;
      possibleTypes[type.name] = schema
        .getPossibleTypes(type)
        .map((member) => member.name)
        .sort();
    }
    return [
      '/** Every union and interface of the schema with its member types, for the Apollo cache. */',
      `export const possibleTypes: Record<string, string[]> = ${JSON.stringify(possibleTypes, null, 2)};`,
      '',
    ].join('\n');
  },
};
