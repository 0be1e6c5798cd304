import { createHash } from 'node:crypto';

/**
 * The public questionnaire page's only stylesheet, served as a file so that the page needs no inline style or
 * script under the app's Content-Security-Policy. Light and dark follow the phone's setting; forced colours
 * (Windows high contrast) keep the system's own. Targets are at least 44 px tall, focus is a thick outline, and
 * nothing is wider than the screen down to 320 px.
 */
export const PAGE_STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#474747;--accent:#0b57a4;--on-accent:#fff;--error:#a4231c;--line:#6b6b6b}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#f2f2f2;--muted:#cfcfcf;--accent:#9ccaff;--on-accent:#0b1a2a;--error:#ffb4ab;--line:#a8a8a8}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1.125rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 1rem}
h2{font-size:1.25rem;margin:0 0 .5rem}
p,legend,label,li{overflow-wrap:anywhere}
a{color:var(--accent)}
fieldset{border:0;margin:0 0 1.75rem;padding:0;min-width:0}
legend,.question{display:block;font-weight:600;margin:0 0 .5rem;padding:0}
.question-block{margin:0 0 1.75rem}
.optional{font-weight:400}
.option{display:flex;align-items:center;gap:.75rem;min-height:44px;margin:.25rem 0;padding:.25rem 0;cursor:pointer}
.option input{flex:none;width:1.75rem;height:1.75rem;margin:0;accent-color:var(--accent)}
.hint{color:var(--muted);margin:0 0 .5rem}
textarea{display:block;width:100%;min-height:9rem;font:inherit;color:var(--fg);background:var(--bg);border:2px solid var(--line);border-radius:4px;padding:.5rem}
button{font:inherit;font-weight:600;min-height:48px;min-width:44px;padding:.625rem 1.5rem;border:2px solid var(--accent);border-radius:4px;background:var(--accent);color:var(--on-accent);cursor:pointer}
a:focus-visible,input:focus-visible,textarea:focus-visible,button:focus-visible,.error-summary:focus{outline:3px solid var(--fg);outline-offset:3px}
.error-message{display:block;color:var(--error);font-weight:600;margin:0 0 .5rem}
.error-summary{border:4px solid var(--error);border-radius:4px;padding:1rem;margin:0 0 1.5rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:var(--fg);font-weight:600}
.has-error{border-left:4px solid var(--error);padding-left:.75rem}
.hp{display:none}
@media (forced-colors:active){button{border-color:ButtonText}.has-error,.error-summary{border-color:CanvasText}}
`.trim();

/** The stylesheet's address carries a digest of its content, so browsers may keep it for good and never serve an old one. */
export const PAGE_STYLE_ROUTE = '/q/page.css';
export const PAGE_STYLE_HREF = `${PAGE_STYLE_ROUTE}?v=${createHash('sha256').update(PAGE_STYLE).digest('hex').slice(0, 12)}`;
