import { registerHooks } from 'node:module';

/**
 * @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, as a
 * bundler allows and Node does not. Vitest leaves node_modules to Node's own loader, so tell
 * it that these files are JSON before the parser is first imported.
 */
registerHooks({
  load(url, context, nextLoad) {
    if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json'))
      return nextLoad(url, {
        ...context,
        importAttributes: { ...context.importAttributes, type: 'json' },
      });
    return nextLoad(url, context);
  },
});

const parser = await import('@actions/workflow-parser');

export const {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} = parser;
