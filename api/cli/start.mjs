// `npm start`: builds what is stale (build-steps.mjs), then runs the server (dist/api/server/main.js), all in
// this one process: every Node process costs a start of its own, and npm a shell to chain them.
import module from 'node:module';
import { buildApiIfStale, buildWebIfStale } from './build-steps.mjs';

buildApiIfStale();
buildWebIfStale();

// V8 keeps the code it compiled for the server's modules on disk, so that the next start reads it instead of
// compiling again (validated against each module's source). Node 22.1 and later; Node 20 has no such cache.
/** @type {{ enableCompileCache?: () => unknown }} */ (module).enableCompileCache?.();

// A computed address: TypeScript would otherwise take the built file for one of its inputs.
await import(new URL('../../dist/api/server/main.js', import.meta.url).href);
