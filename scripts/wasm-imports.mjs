// wasm-bindgen names each function the module imports after the JS it calls plus a 16-digit hash
// ("__wbg_createElement_de4a31ed2fb252be") and writes every name twice: in the wasm's import section and as a key
// of the glue's import object, where instantiation matches them. 285 names, 9.4 KB each time, the hashes beyond
// gzip's reach. `shortenImports` gives them short names ("$0", "$1", … "$7w") in both, as Emscripten's release
// builds do with wasm-opt's --minify-imports; scripts/harden-dist.mjs runs it on the shipped build.

const leb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
};
const encodeLeb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};
const name = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};

/** The import section's entries: module, field and the descriptor's bytes, as they stand. */
function readImports(bytes, start, end) {
  let [count, at] = leb(bytes, start);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const strings = [];
    for (let s = 0; s < 2; s++) {
      const [length, from] = leb(bytes, at);
      strings.push(bytes.subarray(from, from + length).toString('utf8'));
      at = from + length;
    }
    const descriptor = at;
    const kind = bytes[at++];
    const limits = () => {
      const flags = bytes[at++];
      [, at] = leb(bytes, at);
      if (flags & 1) [, at] = leb(bytes, at);
    };
    if (kind === 0) [, at] = leb(bytes, at); // a function: its type
    else if (kind === 1) (at += 1), limits(); // a table: its element type, limits
    else if (kind === 2) limits(); // a memory
    else if (kind === 3) at += 2; // a global: its type, mutability
    else if (kind === 4) (at += 1), ([, at] = leb(bytes, at)); // a tag
    else throw new Error(`an import of unknown kind ${kind}`);
    entries.push({ module: strings[0], field: strings[1], kind, descriptor: bytes.subarray(descriptor, at) });
  }
  if (at !== end) throw new Error('the import section is longer than its entries');
  return entries;
}

/** `wasm` (bytes) and `glue` (wasm-bindgen's JS, unminified) with every imported function's name made short; also
 * the new wasm compiled (`module`), which shows it is still valid. */
export function shortenImports(wasm, glue) {
  if (/\$[0-9a-z]/.test(glue)) throw new Error('the glue already uses names like the short ones');
  const parts = [wasm.subarray(0, 8)];
  const short = new Map();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = leb(wasm, at + 1);
    const end = body + size;
    if (id !== 2) {
      parts.push(wasm.subarray(at, end));
    } else {
      const entries = readImports(wasm, body, end);
      for (const entry of entries) {
        if (entry.kind === 0 && !short.has(entry.field)) short.set(entry.field, `$${short.size.toString(36)}`);
      }
      const content = Buffer.concat([
        encodeLeb(entries.length),
        ...entries.map((e) => Buffer.concat([name(e.module), name(short.get(e.field) ?? e.field), e.descriptor])),
      ]);
      parts.push(Buffer.from([2]), encodeLeb(content.length), content);
    }
    at = end;
  }
  const renamed = glue.replace(/\b__w[A-Za-z0-9_]+/g, (token) => short.get(token) ?? token);
  for (const [long, brief] of short) {
    if (renamed.includes(long)) throw new Error(`the glue still names ${long}`);
    if (!new RegExp(`[{,\\s]\\${brief}:`).test(renamed)) throw new Error(`the glue's imports lack ${long} (${brief})`);
  }
  const bytes = Buffer.concat(parts);
  const module = new WebAssembly.Module(bytes); // still a valid module
  return { wasm: bytes, module, glue: renamed, count: short.size };
}
