import * as z from '@/config/zod';

// Built from graph-contract/roleScopeTag.openapi.yaml (microsoft.graph.roleScopeTag).
const nullableText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? null),
);

export const scopeTagSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  displayName: nullableText,
  description: nullableText,
  isBuiltIn: z.boolean(),
});
export type ScopeTag = z.infer<typeof scopeTagSchema>;
