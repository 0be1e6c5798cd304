import { markup, type Html } from '../html';
import { PAGE_STYLE_HREF } from './page-style';

/**
 * The frame of every public questionnaire page: the language of its words, a title, the stylesheet, and no script.
 * Search engines are asked not to list it (it is reached through a link the service hands out), and the address,
 * which carries the token, is not sent on to any site the page links to.
 */
export function pageFrame(options: { readonly lang: string; readonly title: string; readonly body: Html }): string {
  return markup`<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${options.title}</title>
<link rel="stylesheet" href="${PAGE_STYLE_HREF}">
</head>
<body>
<main>
${options.body}
</main>
</body>
</html>
`.text;
}
