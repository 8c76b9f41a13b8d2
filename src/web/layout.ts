import { html } from 'hono/html';
import { STANCE_LABEL, STANCES } from './labels.js';

/** A piece of HTML built with Hono's `html` template (strings inside are escaped). */
export type Html = ReturnType<typeof html>;

/** Options of a page. */
export interface PageOptions {
  title: string;
  /** The navigation item to mark as current. */
  current?: 'board' | 'search' | 'analyse' | 'entities';
  /** Prefills the search box of the header. */
  query?: string;
}

/**
 * The page shell: right-to-left Arabic, the bundled Naskh font, one stylesheet and one script file (the
 * Content-Security-Policy forbids inline script, so nothing here is inline).
 */
export function page(options: PageOptions, body: Html): Html {
  const nav = (key: PageOptions['current'], href: string, label: string) =>
    html`<a href="${href}"${options.current === key ? html` aria-current="page"` : ''}>${label}</a>`;
  return html`<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · إسناد</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/fonts/naskh.css">
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="top">
  <a class="brand" href="/">إسناد</a>
  <nav>${nav('board', '/', 'الادعاءات')}${nav('search', '/search', 'البحث')}${nav('entities', '/entities', 'الجهات')}${nav('analyse', '/analyse', 'تحليل مقال')}<a href="/openapi.json" class="api" dir="ltr">API</a></nav>
  <form class="quick" action="/search" method="get" role="search"><input type="search" name="q" placeholder="ابحث في المقالات" value="${options.query ?? ''}" aria-label="بحث"></form>
</header>
<main class="page">
${body}
</main>
</body>
</html>`;
}

/** The stance colours as a legend. */
export function stanceLegend(): Html {
  return html`<ul class="legend" aria-label="دلالة الألوان">${STANCES.map((s) => html`<li><span class="chip stance-${s}">${STANCE_LABEL[s]}</span></li>`)}</ul>`;
}

/** A date as shown (the stored YYYY-MM-DD, left to right so that it reads the usual way in RTL). */
export function showDate(date: string | null): Html {
  return date ? html`<time dir="ltr" datetime="${date.slice(0, 10)}">${date.slice(0, 10)}</time>` : html`<span class="muted">بلا تاريخ</span>`;
}

/** Builds a query string from the set values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
