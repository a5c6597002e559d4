// The CLI entry point: everything lives in terminal.ts so that it can be tested.
import module from 'node:module';
import { main } from './terminal.js';

// V8's compiled code of the bundles is kept between runs (in os.tmpdir(), keyed by the source),
// so that a start does not compile again what the last one compiled: ~30 ms of validate's start
// (npm run bench startup). It covers what loads after this line, the command's own modules.
// Node 22.1+; an older Node compiles each time.
module.enableCompileCache?.();

process.exit(await main(process.argv.slice(2)));
