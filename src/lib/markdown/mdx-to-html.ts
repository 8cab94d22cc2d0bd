/**
 * MDX to HTML with Sätteri, in one parse: the function Sätteri has for
 * Markdown (`markdownToHtml`) but not for MDX, built from its public
 * step-by-step API (`createMdxMdastHandle`, the visitor functions,
 * `renderHandle`).
 *
 * Why not @astrojs/mdx: it compiles every body into a JavaScript module that
 * Vite bundles and the page then runs. Content is data, and a body that can
 * only hold Markdown and the elements of registry.ts needs no code: the
 * edition loader renders it to HTML once, while the content check reads it,
 * and stores that HTML (edition-loader.ts). At 1,000 pages that bundling was a
 * third of the build.
 */
import {
  applyCommandsToMdastHandle,
  convertMdastToHastHandle,
  createMdxMdastHandle,
  dropHandle,
  getHandleSource,
  normalizePlugins,
  renderHandle,
  resolveHastSubscriptions,
  resolveMdastSubscriptions,
  visitHastHandle,
  visitHastHook,
  visitMdastHandle,
  visitMdastHook,
  type Data,
  type Features,
  type HastPluginList,
  type MdastPluginList,
} from 'satteri';

export interface MdxCompileOptions {
  mdastPlugins: MdastPluginList;
  hastPlugins: HastPluginList;
  features: Features;
  fileURL: URL;
  data: Data;
  /** Serialise the final tree to HTML; without it the steps only run (the content check). */
  html: boolean;
}

interface MutationResult {
  hasMutations?: boolean;
  commandBuffer?: Uint8Array;
}

function synchronous<T>(value: T | Promise<T>, step: string): T {
  // Our steps are synchronous; an async one would need the whole build to wait per body.
  if (value instanceof Promise) throw new Error(`Markdown-stap ${step} is asynchroon; de content-pijplijn ondersteunt alleen synchrone stappen`);
  return value;
}

/**
 * Parses `source` as MDX, runs the mdast steps, converts to hast, runs the
 * hast steps and returns the HTML (or '' without `html`). Throws what the
 * parser or a step throws: invalid MDX as "line:column: reason".
 */
export function compileMdx(source: string, options: MdxCompileOptions): string {
  const { fileURL, data } = options;
  const mdastPlugins = normalizePlugins(options.mdastPlugins, 'mdastPlugins', source, fileURL, 'mdx', data);
  const hastPlugins = normalizePlugins(options.hastPlugins, 'hastPlugins', source, fileURL, 'mdx', data);
  const positions = [...mdastPlugins, ...hastPlugins].some((plugin) => plugin.options?.position);
  const mdast = createMdxMdastHandle(source, options.features, positions);
  let hast;
  try {
    const mdastSource = () => getHandleSource(mdast);
    const apply = (result: MutationResult) => {
      if (result.hasMutations && result.commandBuffer) applyCommandsToMdastHandle(mdast, result.commandBuffer);
    };
    for (const plugin of mdastPlugins) {
      const subscriptions = resolveMdastSubscriptions(plugin);
      const name = plugin.name ?? 'mdast';
      if (typeof plugin.before === 'function') apply(synchronous(visitMdastHook(mdast, plugin, plugin.before, mdastSource, fileURL, data, 'mdx'), name));
      if (subscriptions.length) apply(synchronous(visitMdastHandle(mdast, plugin, subscriptions, mdastSource, fileURL, data, 'mdx'), name));
      if (typeof plugin.after === 'function') apply(synchronous(visitMdastHook(mdast, plugin, plugin.after, mdastSource, fileURL, data, 'mdx'), name));
    }
    hast = convertMdastToHastHandle(mdast);
  } finally {
    dropHandle(mdast);
  }
  try {
    for (const plugin of hastPlugins) {
      const subscriptions = resolveHastSubscriptions(plugin);
      const name = plugin.name ?? 'hast';
      if (typeof plugin.before === 'function') synchronous(visitHastHook(hast, plugin, plugin.before, source, fileURL, data, 'mdx'), name);
      if (subscriptions.length) synchronous(visitHastHandle(hast, plugin, subscriptions, source, fileURL, data, 'mdx'), name);
      if (typeof plugin.after === 'function') synchronous(visitHastHook(hast, plugin, plugin.after, source, fileURL, data, 'mdx'), name);
    }
    return options.html ? renderHandle(hast) : '';
  } finally {
    dropHandle(hast);
  }
}
