import type { RegistryEvent } from '../registry/model.js';
import { renderHistoryMarkdown, renderHistoryText } from '../report/registry.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { integerOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { openRegistryFor, registryOptions } from './registry-access.js';
import { modelNames, modelOption, warnUnknownModel } from './status.js';
import { UsageError } from '../errors.js';

export function makeHistoryCommand(): Command {
  return {
    name: 'history',
    summary: 'Show the audit log: every publish, promotion and rollback',
    description:
      "Prints the events of the registry's append-only log, oldest first: revision, time, actor, what changed, " +
      'the reason and the run that did it. --json gives every event with its gate results. Read-only.',
    options: [
      manifestOption,
      rootOption,
      modelOption,
      {
        name: 'limit',
        kind: 'integer',
        placeholder: 'N',
        default: 100,
        description: 'Show the newest N events (0: all).',
      },
      ...registryOptions,
      jsonOption,
    ],
    examples: ['modelgate history', 'modelgate history --model iris-classifier --limit 0 --json'],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const limit = integerOption(inv, 'limit') ?? 100;
      if (limit < 0) throw new UsageError(`--limit must be 0 or more; got ${limit}`);
      const registry = openRegistryFor(inv, ctx);
      const models: { model: string; events: RegistryEvent[] }[] = [];
      for (const model of await modelNames(inv, ctx)) {
        const events = await registry.events(model, limit || undefined);
        if (events.length === 0) warnUnknownModel(ctx, model, registry.uri);
        models.push({ model, events });
      }
      return {
        exitCode: 0,
        json: { models },
        text: models.map((m) => renderHistoryText(m.model, m.events)).join('\n'),
        markdown: models.map((m) => renderHistoryMarkdown(m.model, m.events)).join('\n'),
        outputs: { model: models.map((m) => m.model).join(',') },
        findings: [],
      };
    },
  };
}
