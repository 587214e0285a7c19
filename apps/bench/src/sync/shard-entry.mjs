// Worker-thread entry of a load-generator shard: loads the TypeScript through tsx, in any host
// (the tsx CLI, vitest), then serves the shard.
import { register } from 'tsx/esm/api';

register();
const { serveShard } = await import('./shard.ts');
serveShard();
