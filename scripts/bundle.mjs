// Bundles the language server, the CLI and the extension client to CommonJS.
import { build } from 'esbuild';

const production = process.argv.includes('--production');
// Some dependencies ship ESM that reads import.meta.url; in a CommonJS bundle it is the bundle's own URL.
const importMetaUrl = { define: { 'import.meta.url': '__hvconf_import_meta_url' }, banner: { js: "const __hvconf_import_meta_url = require('url').pathToFileURL(__filename).href;" } };
const common = { ...importMetaUrl, bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: !production, minify: production, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl.banner.js}` } }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
]);
