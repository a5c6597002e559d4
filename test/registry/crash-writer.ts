// Run as a process of its own by registry.test.ts: appends one publish event to the file
// registry at argv[2], then is killed (SIGKILL, no cleanup) before it refreshes the snapshot.
import { Registry } from '../../src/registry/registry.js';
import { FileStore } from '../../src/registry/stores/file.js';

const [root, model, version] = process.argv.slice(2) as [string, string, string];
const registry = new Registry(new FileStore(root), {
  afterEventCreated: () => process.kill(process.pid, 'SIGKILL'),
});
await registry.transition(model, { actor: 'crash-writer', at: new Date().toISOString() }, () => ({
  change: { type: 'publish', record: '0'.repeat(64), version },
  gates: [],
  forced: false,
}));
