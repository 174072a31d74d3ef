// Texts that crashed or froze the markdown and math renderers (issues 10 and
// 17), with nearby variants. Each ends with a sentinel word the tests wait
// for: the case counts as rendered when that word is on screen.

export const sentinel = 'SENTINEL-END';

const lines = (count: number, line: (index: number) => string) => Array.from({length: count}, (_, i) => line(i)).join('\n');

export interface HostileCase {
  name: string;
  text: string;
  /** Needs `inline-math` ($…$ read as math). */
  inlineMath?: boolean;
}

/** Crashes: unbounded recursion in marked or KaTeX. */
export const crashCases: HostileCase[] = [
  {name: '2,000 nested blockquotes', text: `${'>'.repeat(2000)} ${sentinel}`},
  {name: '2,000 nested blockquotes with spaces', text: `${'> '.repeat(2000)}${sentinel}`},
  {name: 'a 2,000-long chain of "- " list markers', text: `${'- '.repeat(2000)}${sentinel}`},
  {name: 'a 2,000-long chain of "1. " list markers', text: `${'1. '.repeat(2000)}${sentinel}`},
  {name: 'a 2,000-long chain of "* > " markers', text: `${'* > '.repeat(2000)}${sentinel}`},
  {name: '\\frac nested 1,000 deep', text: `$$${'\\frac{1}{'.repeat(1000)}x${'}'.repeat(1000)}$$\n\n${sentinel}`},
  {name: '\\sqrt nested 2,000 deep', text: `$$${'\\sqrt{'.repeat(2000)}x${'}'.repeat(2000)}$$\n\n${sentinel}`},
  {name: 'braces nested 5,000 deep', text: `$$${'{'.repeat(5000)}x${'}'.repeat(5000)}$$\n\n${sentinel}`},
  {name: 'braces nested 5,000 deep, inline \\(…\\)', text: `a \\(${'{'.repeat(5000)}x${'}'.repeat(5000)}\\) ${sentinel}`},
  {name: 'braces nested 5,000 deep, inline $…$', text: `a $${'{'.repeat(5000)}x${'}'.repeat(5000)}$ ${sentinel}`, inlineMath: true},
  {name: '\\left( nested 3,000 deep', text: `$$${'\\left('.repeat(3000)}x${'\\right)'.repeat(3000)}$$\n\n${sentinel}`},
  {name: 'unclosed braces 5,000 deep', text: `$$${'{'.repeat(5000)}x$$\n\n${sentinel}`},
];

/** Freezes: work that grows faster than the text, or one huge task. */
export const freezeCases: HostileCase[] = [
  {name: 'a 5,000-deep nested list', text: `${lines(5000, (i) => `${'  '.repeat(i)}- item ${i}`)}\n\n${sentinel}`},
  {name: 'a 3,000-deep nested ordered list', text: `${lines(3000, (i) => `${'   '.repeat(i)}1. item`)}\n\n${sentinel}`},
  {name: '100 KB of short paragraphs', text: `${'p\n\n'.repeat(34_000)}${sentinel}`},
  {name: '300 KB of short paragraphs', text: `${'p\n\n'.repeat(100_000)}${sentinel}`},
  {name: '100 KB of one line per item', text: `${lines(20_000, (i) => `item ${i}`)}\n${sentinel}`},
  {name: '500 KB of short lines', text: `${lines(100_000, () => 'a line')}\n${sentinel}`},
  {name: '[ × 100k', text: `${'['.repeat(100_000)} ${sentinel}`},
  {name: '_ × 100k', text: `${'_'.repeat(100_000)}\n\n${sentinel}`},
  {name: '_a × 50k', text: `${'_a'.repeat(50_000)} ${sentinel}`},
  {name: '* × 100k in a paragraph', text: `x ${'*'.repeat(100_000)} ${sentinel}`},
  {name: '` × 100k in a paragraph', text: `x ${'`'.repeat(100_000)} ${sentinel}`},
  {name: '[a]( × 30k', text: `${'[a]('.repeat(30_000)} ${sentinel}`},
  {name: '50 KB of entities', text: `${'&amp;'.repeat(10_000)} ${sentinel}`},
  {name: '< × 100k in a paragraph', text: `x ${'<a'.repeat(50_000)} ${sentinel}`},
  {name: 'a 200 KB XML code block', text: `\`\`\`xml\n${lines(8000, (i) => `<item id="${i}">value</item>`)}\n\`\`\`\n\n${sentinel}`},
  {
    name: 'a 200 KB code block without a language',
    text: `\`\`\`\n${lines(8000, (i) => `<item id="${i}">value</item>`)}\n\`\`\`\n\n${sentinel}`,
  },
  {name: 'a table of 10,000 rows', text: `| a | b |\n|---|---|\n${lines(10_000, (i) => `| ${i} | cell |`)}\n\n${sentinel}`},
  {name: 'a large formula', text: `$$${lines(400, (i) => `x_{${i}}^{2} + \\frac{a_{${i}}}{b} +`)} 1$$\n\n${sentinel}`},
  {name: '2,000 lines of display math', text: `${lines(2000, (i) => `$$x_${i}$$`)}\n\n${sentinel}`},
  {name: '100 KB of $ and \\( openers', text: `${lines(20_000, () => 'a $$ b \\(')}\n${sentinel}`},
  {name: '5,000 link reference definitions', text: `${lines(5000, (i) => `[r${i}]: https://example.com/${i}`)}\n\n[r1] ${sentinel}`},
  {name: '100 KB of one unbroken word', text: `${'w'.repeat(100_000)} ${sentinel}`},
];

/**
 * One block as long as a text may be and still render as markdown (just
 * under the default `max-markdown-length`, 100,000 characters): each shape
 * of block that can be that long, rendered from a finished text where
 * nothing after it splits it into other blocks.
 */
export const bigBlockCases: HostileCase[] = [
  {name: 'a 95 KB table', text: `| n | a | b |\n|---|---|---|\n${lines(3350, (i) => `| ${i} | cell *${i}* | \`x\` |`)}\n\n${sentinel}`},
  {name: 'a 95 KB paragraph of short lines', text: `${lines(5300, (i) => `a short line ${i}`)}\n${sentinel}`},
  {name: 'a 95 KB list', text: `${lines(8000, (i) => `- item ${i}`)}\n\n${sentinel}`},
  {
    name: 'a 95 KB list of items with inline markup',
    text: `${lines(1400, (i) => `- item **${i}** with [a link](https://example.com/${i}) and \`code\``)}\n\n${sentinel}`,
  },
  {name: 'a 95 KB blockquote', text: `${lines(4500, (i) => `> a quoted line ${i}`)}\n\n${sentinel}`},
  {name: 'a 95 KB code block', text: `\`\`\`\n${lines(4400, (i) => `let value${i} = ${i};`)}\n\`\`\`\n\n${sentinel}`},
  {name: 'a 95 KB html block', text: `<div>\n${lines(2900, (i) => `<span class="x">cell ${i}</span>`)}\n</div>\n\n${sentinel}`},
  {
    name: 'a 95 KB paragraph of inline markup',
    text: `${Array.from({length: 2400}, (_, i) => `[link ${i}](https://e.com/${i}) *em* \`c\``).join(' ')} ${sentinel}`,
  },
  {name: 'a 95 KB display formula', text: `$$\n${lines(8700, (i) => `x_{${i}} +`)}\n1\n$$\n\n${sentinel}`},
];
