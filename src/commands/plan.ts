import { ConfigError } from '../errors.js';
import { formatFinding, hasErrors } from '../findings.js';
import type { Matrix } from '../compat/plan.js';
import { loadManifest } from '../manifest/load.js';
import { selectManifests } from '../manifest/select.js';
import { renderPlanMarkdown, renderPlanText } from '../report/compat.js';
import type { Command, CommandContext, CommandOutcome, Invocation } from './command.js';
import { requireString, stringOption } from './command.js';
import { jsonOption, manifestOption, rootOption } from './common.js';

/**
 * The compatibility targets of every selected manifest as a GitHub Actions matrix. Only the
 * manifests are read: planning needs neither the artifacts nor a container engine.
 */
export async function planMatrix(
  pattern: string,
  root: string | undefined,
  ctx: CommandContext,
): Promise<Matrix> {
  const include: Matrix['include'] = [];
  for (const file of await selectManifests(pattern, ctx.cwd)) {
    const r = await loadManifest(file, { cwd: ctx.cwd, root });
    if (!r.loaded || hasErrors(r.findings)) {
      const first = r.findings.find((f) => f.severity === 'error');
      throw new ConfigError(
        `cannot plan ${r.shown}: the manifest has errors${first ? `, e.g. ${formatFinding(first)}` : ''}`,
        r.shown,
        `run modelgate validate --manifest ${r.shown} for the full list`,
      );
    }
    const m = r.loaded.manifest;
    for (const t of m.compatibility.targets) {
      include.push({
        model: m.model.name,
        manifest: r.shown,
        target: t.name,
        image: t.image,
        required: t.required,
      });
    }
  }
  return { include };
}

export function makePlanCommand(): Command {
  return {
    name: 'plan',
    summary: 'Print the compatibility targets as a GitHub Actions matrix',
    description:
      'Reads the manifest(s) and prints their compatibility targets as a matrix ' +
      '({"include": [{"model", "manifest", "target", "image", "required"}]}), the action output `matrix`. ' +
      'A workflow fans the targets out across runners with `strategy.matrix: ${{ fromJSON(…) }}` and runs ' +
      '`modelgate test --manifest ${{ matrix.manifest }} --target ${{ matrix.target }}` in each job. ' +
      'GitHub refuses an empty matrix: guard the job with `if: needs.<plan>.outputs.matrix != \'{"include":[]}\'`.',
    options: [manifestOption, rootOption, jsonOption],
    examples: ['modelgate plan', 'modelgate plan --json | jq -c .matrix'],
    async run(inv: Invocation, ctx: CommandContext): Promise<CommandOutcome> {
      const matrix = await planMatrix(
        requireString(inv, 'manifest'),
        stringOption(inv, 'root'),
        ctx,
      );
      const models = [...new Set(matrix.include.map((e) => e.model))];
      return {
        exitCode: 0,
        json: { matrix },
        text: renderPlanText(matrix),
        markdown: renderPlanMarkdown(matrix),
        outputs: { matrix: JSON.stringify(matrix), model: models.join(',') },
        findings: [],
      };
    },
  };
}
