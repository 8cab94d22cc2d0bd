/**
 * `astro dev` only: a page whose content has an error answers with a Dutch
 * error page that names the file, the line, what was found and what to do,
 * instead of Astro's English overlay; every other page keeps working. The
 * errors come from the content loaders' latest check (dev-problems.ts).
 */
import type { Plugin } from 'vite';
import { useTranslations } from '../../i18n/index.ts';
import type { ContentProblem } from '../messages/index.ts';
import { latestDevCheck, problemsForPage } from './dev-problems.ts';
import { configProblems } from './dev-edition.ts';

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** The error page itself: plain HTML, readable without the site's CSS. */
export function renderDevErrorPage(problems: readonly ContentProblem[], global: boolean, base = '/'): string {
  const t = useTranslations('nl');
  const items = problems
    .map(
      (problem) => `<li>
  <p class="file"><code>${escape(problem.file)}</code>${problem.line ? ` — ${escape(t('devError.line', { line: problem.line }))}` : ''} — <strong>${escape(problem.field)}</strong></p>
  <dl>
    <dt>${t('devError.found')}</dt><dd>${escape(problem.found)}</dd>
    <dt>${t('devError.expected')}</dt><dd>${escape(problem.expected)}</dd>
    ${problem.fix ? `<dt>${t('devError.fix')}</dt><dd>${escape(problem.fix)}</dd>` : ''}
  </dl>
</li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(t('devError.title'))}</title>
<style>
body{font:1.125rem/1.5 system-ui,sans-serif;margin:0;padding:1.5rem;max-width:48rem;color:#1a1a1a;background:#fff}
h1{font-size:1.75rem;color:#a4000f;margin-top:0}
ul{padding:0;list-style:none}
li{border-left:.375rem solid #a4000f;background:#fdf2f2;padding:.75rem 1rem;margin:0 0 1rem}
.file{margin:0 0 .5rem;overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
dt{font-weight:700}
dd{margin:0;overflow-wrap:anywhere}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:.5rem}}
</style>
<script type="module" src="${base.replace(/\/?$/, '/')}@vite/client"></script>
</head>
<body>
<main>
<h1>${escape(t('devError.title'))}</h1>
<p>${escape(t('devError.intro'))}</p>
${global ? `<p>${escape(t('devError.global'))}</p>` : ''}
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
}

/** Vite plugin for `astro dev`: answers page requests of pages with a content error. */
export function devErrorPages(base = '/'): Plugin {
  const prefix = base.replace(/\/+$/, '');
  return {
    name: 'kennisbank-dev-error-pages',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const check = latestDevCheck();
        const settings = configProblems();
        const url = request.url ?? '/';
        if ((!check?.errors.length && !settings.length) || request.method !== 'GET' || !(request.headers.accept ?? '').includes('text/html')) return next();
        let path = decodeURIComponent(url.split(/[?#]/)[0] ?? '/');
        if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length) || '/';
        if (path.startsWith('/@') || path.startsWith('/_') || /\.[a-z0-9]+$/i.test(path)) return next();
        // A broken region.yaml concerns every page; else the page's own problems (dev-problems.ts).
        const { problems, global } = settings.length ? { problems: [...settings], global: true } : problemsForPage(check!, path.endsWith('/') ? path : `${path}/`);
        if (!problems.length) return next();
        response.statusCode = 500;
        response.setHeader('content-type', 'text/html; charset=utf-8');
        response.end(renderDevErrorPage(problems, global, base));
      });
    },
  };
}
