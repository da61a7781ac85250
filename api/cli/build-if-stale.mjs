// Run before every command that needs the compiled code in dist/ (`npm run extract`, `npm run ingest`...):
// compiles the TypeScript when its inputs changed (build-steps.mjs), silently otherwise.
import { buildApiIfStale } from './build-steps.mjs';

buildApiIfStale();
