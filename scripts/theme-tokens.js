// Loads the theme tokens from their TypeScript source (one dependency-free
// module), so the manifest and the README are generated from the list the
// elements use.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const source = fileURLToPath(new URL('../src/components/theme/token-docs.ts', import.meta.url));

/** `{themeTokens, tokenDefault}` as `src/components/theme/token-docs.ts` exports them: the tokens with their descriptions. */
export async function loadThemeTokens() {
  const {outputFiles} = await build({entryPoints: [source], bundle: true, format: 'esm', write: false, logLevel: 'silent'});
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

/** A token's default as a page author reads it: aliases named by their public token. */
export const publicValue = (value) => value.replace(/var\(--_([a-z-]+)\)/g, 'var(--chat-blocks-$1)');
