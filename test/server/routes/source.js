// The widget's own source files, for tests that check a rule over all of
// them (e.g. that theme defaults live in one module).
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {join, relative} from 'node:path';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

export const routes = {
  '/api/source/files': async (ctx) => {
    ctx.body = Object.fromEntries(sourceFiles(join(root, 'src')).map((file) => [relative(root, file), readFileSync(file, 'utf8')]));
  },
};
