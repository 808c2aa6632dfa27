import * as z from '@/config/zod';
import { scopeTagLabel } from '@/features/scope-tags/api/scope-tag-queries';

import { sameSet, trimmedText } from './field-parts';
import { defineField } from './field-types';
import { scopeTagIdsSchema } from './graph-values';

export const SCOPE_TAG_ID_MAX = 64;

export const roleScopeTagIds = defineField({
  key: 'roleScopeTagIds',
  label: 'Scope tags',
  access: 'editable',
  graph: scopeTagIdsSchema,
  kind: 'scope-tags',
  input: {
    kind: 'scope-tags',
    schema: z
      .array(
        trimmedText(SCOPE_TAG_ID_MAX, {
          blank: 'A scope tag id cannot be blank',
          tooLong: `A scope tag id has at most ${SCOPE_TAG_ID_MAX} characters`,
        }),
      )
      .check(
        z.minLength(
          1,
          'Pick at least one scope tag (Intune uses "Default" when nothing else applies)',
        ),
        z.refine((ids) => new Set(ids).size === ids.length, 'Each scope tag can be picked once'),
      ),
    toInput: (value) => [...value],
    fromInput: (value) => value,
  },
  equals: sameSet,
  format: (value, { tags }) =>
    value.length > 0
      ? value
          .map((id) =>
            scopeTagLabel(
              tags?.find((tag) => tag.id === id),
              id,
            ),
          )
          .join(', ')
      : '(none)',
  column: { header: 'Scope tags', card: 'footer' },
});
