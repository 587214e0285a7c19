/**
 * rrule ships an ES module build that bundlers (Vite, esbuild) find through its `module` field,
 * but Node loads its CommonJS build, whose named exports Node cannot see: `import { RRule } from
 * 'rrule'` throws there ("does not provide an export named 'RRule'"), in the server and the CLI
 * alike. Reading it through the namespace works in both.
 */
import * as rrule from 'rrule';

type RRuleModule = typeof rrule;
const loaded = rrule as RRuleModule & { default?: RRuleModule };

export const RRule: RRuleModule['RRule'] = (loaded.default ?? loaded).RRule;
