/**
 * `npm start`: builds the widget and the extensions, serves the demo page on
 * localhost and says where the unpacked extension is.
 */
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { serve } from './serve.ts';

execSync('npm run build', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 5173);
const server = await serve('dist/widget', { port });
console.log(`
Demo page with the widget:   ${server.url}
Unpacked Chrome extension:   ${resolve('dist/extension')}  (chrome://extensions > Developer mode > Load unpacked)
Firefox build:               ${resolve('dist/firefox')}  (about:debugging > Load Temporary Add-on > manifest.json)
Press Ctrl+C to stop.`);
