import type { Handoff } from '../report/registry.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';
import { handOff, handoffOutputs } from './handoff.js';
import { loadManifests, openRegistryFor, registryOptions } from './registry-access.js';

/**
 * The hand-off of the registry's state as it is, without a transition: for a later step that
 * failed to apply the files (or a runner that never had them), where rerunning the transition
 * finds nothing to change and writes nothing. Writes only into deploy.out; applies SageMaker
 * when the manifest says so, as a transition would; runs no hook.
 */
export function makeHandoffCommand(): Command {
  return {
    name: 'handoff',
    summary: "Write the serving platforms' files (deploy:) for what the registry holds now",
    description:
      'Renders what each platform under deploy: (kserve, sagemaker, vertex, azure) needs to serve the ' +
      "registry's production and canary as they are, writes the files into deploy.out and sets the same " +
      'outputs a transition sets (deploy.sagemaker.apply: true applies it). Changes nothing in the registry and ' +
      'runs no hook: it is how a later step gets the files of a transition made earlier, or on another runner. ' +
      'Exits 1 when a platform cannot be handed the state.',
    options: [manifestOption, rootOption, ...registryOptions, jsonOption],
    examples: [
      'modelgate handoff',
      'modelgate handoff --manifest models/iris/modelgate.yaml --json',
    ],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const registry = openRegistryFor(inv, ctx);
      const models: { model: string; handoff: Handoff[] }[] = [];
      for (const loaded of await loadManifests(inv, ctx)) {
        const model = loaded.manifest.model.name;
        // Production is what this hands off as it stands: no transition, no rollback to mind.
        models.push({
          model,
          handoff: await handOff(loaded, registry, {
            model,
            stage: 'production',
            command: 'promote',
          }),
        });
      }
      const failed = models.some((m) => m.handoff.some((h) => h.error !== undefined));
      const lines = models.flatMap(({ model, handoff }) =>
        handoff.length === 0
          ? [`${model}: no platform under deploy: to hand off to`]
          : handoff.map(
              (h) =>
                `${h.error === undefined ? '✓' : '✗'} ${model} ${h.platform}: ${h.error ?? [h.files.join(', '), h.note].filter(Boolean).join('; ')}`,
            ),
      );
      const verdict = failed ? 'fail' : 'pass';
      return {
        exitCode: failed ? 1 : 0,
        verdict,
        json: { verdict, models },
        text: lines.join('\n'),
        markdown: ['## Hand-off', '', ...lines.map((l) => `- ${l}`), ''].join('\n'),
        outputs: {
          verdict,
          model: models.map((m) => m.model).join(','),
          ...handoffOutputs(models),
        },
        findings: [],
      };
    },
  };
}
