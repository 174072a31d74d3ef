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

/**
 * Defaults written as a JSDoc `@default` on a field, by class and field name: the analyzer
 * reports the initializer's text, which for a named constant (`defaultMaxMarkdownLength`)
 * tells a reader nothing.
 */
const documentedDefaults = new Map();

export default {
  plugins: [
    {
      name: 'chat-blocks-documented-defaults',
      analyzePhase({ts, node}) {
        if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
        const tag = ts.getJSDocTags(node).find((candidate) => candidate.tagName.text === 'default');
        const value = typeof tag?.comment === 'string' ? tag.comment.trim() : undefined;
        if (value) documentedDefaults.set(`${node.parent.name.text}.${node.name.getText()}`, value);
      },
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const member of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
              const value = documentedDefaults.get(`${declaration.name}.${member.fieldName ?? member.name}`);
              if (value !== undefined) member.default = value;
            }
          }
        }
      },
    },
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
