// `npm run build:web`: type-checks and bundles the pages into dist/web when their inputs changed
// (api/cli/build-steps.mjs).
import { buildWebIfStale } from '../api/cli/build-steps.mjs';

buildWebIfStale();
