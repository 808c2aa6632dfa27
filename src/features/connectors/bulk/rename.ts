import type { Connector } from '../model/connector';

export type RenameRule =
  | { kind: 'none' }
  | { kind: 'prefix'; text: string }
  | { kind: 'suffix'; text: string }
  | { kind: 'replace'; find: string; replaceWith: string }
  | { kind: 'template'; template: string };

export type RenameKind = RenameRule['kind'];

/**
 * The template's placeholders, by name: what an admin types between braces. `{machine}` is the full
 * machine name, `{host}` its first label, `{name}` the current display name. A Map, so that only these
 * names resolve: an object's `in` would also find `{__proto__}`, `{constructor}` and `{toString}`.
 */
const TEMPLATE_PLACEHOLDERS = new Map<string, (connector: Connector) => string>([
  ['machine', (connector) => connector.machineName?.trim() ?? ''],
  ['host', (connector) => connector.machineName?.trim().split('.')[0] ?? ''],
  ['name', (connector) => connector.displayName ?? ''],
]);

const PLACEHOLDER = /\{(\w+)\}/g;

const placeholderNames = (template: string) =>
  [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');

/** Placeholders a template names that do not exist, so that the editor can say so before review. */
export function unknownPlaceholders(template: string): string[] {
  return placeholderNames(template).filter((name) => !TEMPLATE_PLACEHOLDERS.has(name));
}

/** The new display name, or a reason it cannot be built for this connector. */
export function renamed(
  connector: Connector,
  rule: RenameRule,
): { name: string } | { problem: string } | null {
  const current = connector.displayName ?? '';
  switch (rule.kind) {
    case 'none':
      return null;
    case 'prefix':
      return { name: `${rule.text}${current}` };
    case 'suffix':
      return { name: `${current}${rule.text}` };
    case 'replace':
      return rule.find ? { name: current.split(rule.find).join(rule.replaceWith) } : null;
    case 'template': {
      const unknown = unknownPlaceholders(rule.template);
      if (unknown.length > 0) return { problem: `Unknown placeholder {${unknown[0]}}.` };
      const missing = placeholderNames(rule.template).filter(
        (name) => !TEMPLATE_PLACEHOLDERS.get(name)?.(connector),
      );
      if (missing.length > 0) return { problem: `It has no ${missing[0]} name for the template.` };
      return {
        name: rule.template.replace(
          PLACEHOLDER,
          (whole, name: string) => TEMPLATE_PLACEHOLDERS.get(name)?.(connector) ?? whole,
        ),
      };
    }
  }
}
