// Read by `cem analyze` (scripts/build.js): adds the theme tokens, declared
// once in src/components/theme/tokens.ts (described in token-docs.ts) and read by every element, to each
// element's `cssProperties`, so no element keeps a list of them by hand.
import {loadThemeTokens, publicValue} from './scripts/theme-tokens.js';

const {themeTokens, tokenDefault} = await loadThemeTokens();

const cssProperties = themeTokens.map((token) => {
  const value = tokenDefault(token);
  return {
    name: `--chat-blocks-${token.name}`,
    description: token.description,
    ...(value === null ? {} : {default: publicValue(value)}),
  };
});

export default {
  plugins: [
    {
      name: 'chat-blocks-theme-tokens',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.tagName) declaration.cssProperties = cssProperties;
          }
        }
      },
    },
  ],
};
