// Small helpers for route contracts.

/** A JSON body or response of the given schema, as OpenAPI content. */
export const json = <T>(schema: T) => ({ "application/json": { schema } });
