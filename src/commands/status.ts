import { checkModelName, type ModelStatus } from '../registry/model.js';
import { renderStatusMarkdown, renderStatusText } from '../report/registry.js';
import type { Command, CommandContext, CommandOutcome, Invocation, OptionSpec } from './command.js';
import { stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { loadManifests, openRegistryFor, registryOptions } from './registry-access.js';

export const modelOption: OptionSpec = {
  name: 'model',
  kind: 'string',
  placeholder: 'NAME',
  description: 'Model to show, instead of the one(s) the manifest names.',
};

/** `--model`, or the models the manifest(s) name. */
export async function modelNames(inv: Invocation, ctx: CommandContext): Promise<string[]> {
  const model = stringOption(inv, 'model');
  if (model !== undefined) return [checkModelName(model)];
  return (await loadManifests(inv, ctx)).map((l) => l.manifest.model.name);
}

/** An empty log is most often a mistyped --registry or model name: say so rather than show nothing. */
export function warnUnknownModel(ctx: CommandContext, model: string, where: string): void {
  ctx.log.warn(
    `${model} has no events in ${where}: nothing is published yet, or --registry or the model name is not the one you meant`,
  );
}

export function makeStatusCommand(): Command {
  return {
    name: 'status',
    summary: 'Show which version each stage holds',
    description:
      'Reads the stages snapshot and catches up from the event log (only the events newer than the snapshot are ' +
      'read), then prints the version in staging, canary (with its weight) and production, and whether the deploy ' +
      "hook of each stage's latest change is still pending or failed (rerun the command that made it to resume). " +
      'Read-only.',
    options: [manifestOption, rootOption, modelOption, ...registryOptions, jsonOption],
    examples: ['modelgate status', 'modelgate status --model iris-classifier --json'],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const registry = openRegistryFor(inv, ctx);
      const states: ModelStatus[] = [];
      for (const name of await modelNames(inv, ctx)) {
        const state = await registry.state(name);
        if (state.revision === 0) warnUnknownModel(ctx, name, registry.uri);
        states.push(await registry.deployStatus(state));
      }
      const join = (f: (s: ModelStatus) => string | number | undefined) =>
        states.map((s) => String(f(s) ?? '')).join(',');
      // The furthest stage that holds a version, and that version: the two outputs go together.
      const furthest = (s: ModelStatus) =>
        (['production', 'canary', 'staging'] as const).find((stage) => s.stages[stage]);
      return {
        exitCode: 0,
        json: { models: states },
        text: renderStatusText(states),
        markdown: renderStatusMarkdown(states),
        outputs: {
          model: join((s) => s.model),
          version: join((s) => {
            const stage = furthest(s);
            return stage && s.stages[stage]?.version;
          }),
          stage: join(furthest),
          'canary-weight': join((s) => s.stages.canary?.weight ?? 0),
        },
        findings: [],
      };
    },
  };
}
