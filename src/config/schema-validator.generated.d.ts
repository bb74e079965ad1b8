// Types for the generated standalone validator (scripts/build-validator.mjs).
export interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}
export interface Validator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}
export declare const validate: Validator;
export default validate;
