import { defineConfig } from 'tsup';

// The server ships as one bundle: our workspace packages are inlined (they export TypeScript
// source), registry packages stay external and load from node_modules.
export default defineConfig({
  entry: { main: 'src/main.ts', cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: true,
  noExternal: [/^@opale\//],
});
