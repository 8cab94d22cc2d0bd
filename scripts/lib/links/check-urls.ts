/**
 * Checks a list of external URLs with linkinator: one generated page links to
 * every URL once, linkinator fetches each (HEAD, then GET where needed, with
 * retries on 429 and network errors) and we turn its answers into verdicts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from 'linkinator';
import { linkListHtml, verdictOf, type CheckedUrl } from './link-rot.ts';

export interface CheckOptions {
  /** Port for linkinator's temporary server of the generated page (default: any free port). */
  port?: number | undefined;
  /** Milliseconds per request. */
  timeout?: number;
  concurrency?: number;
}

function reasonOf(details: unknown): string | undefined {
  for (const detail of Array.isArray(details) ? details : []) {
    const error = detail as { code?: unknown; cause?: { code?: unknown }; message?: unknown };
    const code = error?.cause?.code ?? error?.code;
    if (typeof code === 'string') return code;
    if (typeof error?.message === 'string') return error.message.slice(0, 80);
  }
  return undefined;
}

export async function checkUrls(urls: readonly string[], options: CheckOptions = {}): Promise<CheckedUrl[]> {
  const unique = [...new Set(urls)];
  if (unique.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'kvo-links-'));
  try {
    writeFileSync(join(dir, 'index.html'), linkListHtml(unique));
    const result = await check({
      path: join(dir, 'index.html'),
      recurse: false,
      timeout: options.timeout ?? 20_000,
      concurrency: options.concurrency ?? 8,
      retry: true,
      retryErrors: true,
      retryErrorsCount: 2,
      retryErrorsJitter: 2_000,
      ...(options.port ? { port: options.port } : {}),
    });
    const wanted = new Set(unique);
    const byUrl = new Map<string, CheckedUrl>();
    for (const link of result.links) {
      if (!wanted.has(link.url)) continue;
      const status = link.status ?? 0;
      const reason = reasonOf(link.failureDetails);
      byUrl.set(link.url, { url: link.url, status, verdict: verdictOf(status, link.state, reason), reason });
    }
    // A URL linkinator did not report (normalised differently, skipped) is listed as not checked, never as fine.
    return unique.map((url) => byUrl.get(url) ?? { url, status: 0, verdict: 'unchecked', reason: 'niet gecontroleerd' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
