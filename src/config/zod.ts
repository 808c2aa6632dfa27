import { config, locales } from 'zod/mini';

// zod/mini, not classic zod: classic's schemas carry methods such as toJSONSchema that no bundler can
// drop, about 15 KB gzipped on the first page. Mini loads no messages of its own ("Invalid input" for
// every issue), so the English ones are set here.
// The shipped policy requires Trusted Types for scripts, so zod's `new Function` fast path (and even its
// probe for it, taken when a schema is created) would be a violation; the plain path is quick enough for
// config and Graph bodies. Every schema is built through this module, so both settings come first.
config({ ...locales.en(), jitless: true });

export * from 'zod/mini';
