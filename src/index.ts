// The action's entry point: the runner executes dist/index.js, which only calls run().
import { run } from './action.js';

await run();
