import {build} from 'vite';
import {gzipSync} from 'node:zlib';
const out = await build({mode: 'bundle', logLevel: 'silent', build: {write: false}});
const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
for (const chunk of outputs) {
  if (chunk.type !== 'chunk') continue;
  console.log(chunk.fileName.padEnd(50), String(chunk.code.length).padStart(7), String(gzipSync(chunk.code, {level: 9}).length).padStart(6), 'imports:', chunk.imports.join(' '), '| mods:', Object.keys(chunk.modules).map(m=>m.replace(/.*\/(src|node_modules)\//,'')).filter(m=>!/first-reply/.test(chunk.fileName)).slice(0,30).join(' '));
}
