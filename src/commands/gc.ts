import type { CleanupItem } from '../registry/store.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { booleanOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { openRegistryFor, registryOptions } from './registry-access.js';
import { refuseRegistryWrite } from './write-guard.js';

const WHAT: Record<CleanupItem['kind'], string> = {
  'temp-file': 'temporary file',
  'multipart-upload': 'unfinished multipart upload',
};

function describeItem(i: CleanupItem, dryRun: boolean): string {
  const verb = dryRun ? 'would remove' : i.removed ? 'removed' : 'already gone';
  const when = i.kind === 'temp-file' ? 'last written' : 'begun';
  return `  ${verb}: ${WHAT[i.kind]} ${i.uri} (${when} ${i.since.toISOString()})`;
}

/** `3 temporary files and 1 unfinished multipart upload`. */
function summary(items: readonly CleanupItem[]): string {
  const parts = (Object.keys(WHAT) as CleanupItem['kind'][]).flatMap((kind) => {
    const n = items.filter((i) => i.kind === kind).length;
    return n ? [`${n} ${WHAT[kind]}${n === 1 ? '' : 's'}`] : [];
  });
  return parts.join(' and ');
}

/**
 * `modelgate gc`: removes what killed writers left in the registry. Never touches a blob,
 * record or event: only temporary files and unfinished uploads, and only old ones.
 */
export function makeGcCommand(deps: { now?: () => Date } = {}): Command {
  return {
    name: 'gc',
    summary: 'Remove what killed writers left in the registry: temporary files, unfinished uploads',
    description:
      'A file registry: removes the temporary files (.tmp-PID-HEX) of writers that died, untouched for an hour; ' +
      'every write also removes those in its own folder. An S3 registry: aborts the multipart uploads under blobs/ ' +
      'begun more than a day ago, whose parts S3 bills until then (an S3 lifecycle rule ' +
      'AbortIncompleteMultipartUpload does the same without modelgate). Never touches a blob, a record or an ' +
      'event. --dry-run lists what would go.',
    options: [
      {
        name: 'dry-run',
        kind: 'boolean',
        cliOnly: true,
        description: 'List what would be removed; remove nothing.',
      },
      ...registryOptions,
      manifestOption,
      rootOption,
      jsonOption,
    ],
    examples: ['modelgate gc --dry-run', 'modelgate gc --registry s3://acme-models/registry'],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const dryRun = booleanOption(inv, 'dry-run');
      if (!dryRun) await refuseRegistryWrite(inv, ctx, 'gc');
      const registry = openRegistryFor(inv, ctx);
      const items = await registry.store.cleanup({ dryRun, now: deps.now?.() ?? new Date() });
      const head = items.length
        ? `${dryRun ? 'gc --dry-run: would remove' : 'gc: removed'} ${summary(items)} in ${registry.uri}`
        : `gc: nothing to remove in ${registry.uri}`;
      const lines = [head, ...items.map((i) => describeItem(i, dryRun))];
      return {
        exitCode: 0,
        json: {
          registry: registry.uri,
          dryRun,
          items: items.map((i) => ({ ...i, since: i.since.toISOString() })),
        },
        text: lines.join('\n'),
        markdown: `## modelgate gc\n\n${lines.map((l) => l.trim()).join('\n\n')}\n`,
        outputs: {},
        findings: [],
      };
    },
  };
}
