import { SchemaValidator } from './schema-validator';

/** The provider schemas (schema/), loaded once per test file. */
export const schemaValidator = SchemaValidator.fromSchemaDir();
