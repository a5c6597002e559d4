// The CLI entry point: everything lives in terminal.ts so that it can be tested.
import { main } from './terminal.js';

process.exit(await main(process.argv.slice(2)));
