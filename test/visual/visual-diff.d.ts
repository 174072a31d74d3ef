// The package types its browser command in commands.d.ts beside a
// commands.mjs, which TypeScript does not pair up: declared here.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with the reference named `name`. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
