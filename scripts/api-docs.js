// Writes the generated parts of README.md (scripts/readme-docs.js): the
// elements' API from custom-elements.json, and the theme tokens. Run: npm run docs
import {readFileSync, writeFileSync} from 'node:fs';
import {readmeWithDocs} from './readme-docs.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const {text, elements, tokens} = await readmeWithDocs(readFileSync('README.md', 'utf8'), manifest);
writeFileSync('README.md', text);
console.log(`README.md: API of ${elements} elements, ${tokens} theme tokens`);
