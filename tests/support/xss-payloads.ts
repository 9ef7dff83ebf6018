/**
 * Cross-site scripting payloads that *run* when a page lets them through: each calls the function the
 * browser suite exposes to the page (`__xss(n)`, where n says which payload in which field ran), so a
 * payload that executes is caught by name instead of by an alert nobody sees. Drawn from the OWASP
 * filter evasion cheat sheet, PortSwigger's XSS cheat sheet and published mutation-XSS reports, and
 * written so that each one, put where it aims (`context`), really does run in Chromium — the suite's
 * control test proves that for every payload it can, so a sanitiser that passes is not passing dead
 * payloads. tests/fixtures/xss-payloads.ts is the older alert(1) list the API-level tests read.
 */

/**
 * Where a payload runs when a page puts it there unescaped:
 * - `html`: in the body of an HTML document, with nothing to click;
 * - `attr-dq` / `attr-sq` / `attr-unquoted`: inside a double-quoted / single-quoted / unquoted attribute value;
 * - `url`: as the address of a link, once it is clicked (what a javascript: address needs);
 * - `none`: it aims at something this product does not have (a template engine, IE's CSS expressions,
 *   a sanitiser that rewrites markup), so it can only show it was kept inert; `why` says what.
 */
export type PayloadContext = 'html' | 'attr-dq' | 'attr-sq' | 'attr-unquoted' | 'url' | 'none';

export type XssPayload = {
  name: string;
  context: PayloadContext;
  /** The payload, calling `call` (a JavaScript expression such as `__xss(1234)`) when it runs. */
  make: (call: string) => string;
  /** For `none`: what the payload aims at, and why it cannot run here. */
  why?: string;
};

/** The function every payload calls; `_x` is the same function for fields too short for the long name. */
export const XSS_FUNCTION = '__xss';
export const XSS_SHORT_FUNCTION = '_x';

const decimalEntities = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
const hexEntities = (s: string) => [...s].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join('');
const paddedEntities = (s: string) => [...s].map((c) => `&#${String(c.codePointAt(0)).padStart(7, '0')}`).join('');
const charCodes = (s: string) => [...s].map((c) => c.charCodeAt(0)).join(',');
const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const percent = (s: string) => [...s].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`).join('');

export const XSS_PAYLOADS: readonly XssPayload[] = [
  // Script elements
  { name: 'script', context: 'html', make: (c) => `<script>${c}</script>` },
  { name: 'script mixed case', context: 'html', make: (c) => `<ScRiPt>${c}</sCrIpT>` },
  { name: 'script src data:', context: 'html', make: (c) => `<script src="data:text/javascript,${c}"></script>` },
  { name: 'script split by a comment', context: 'none', why: 'runs only where a filter removes the inner </script><script>', make: (c) => `<script>/*</script><script>*/${c}</script>` },
  { name: 'script nested in itself', context: 'none', why: 'runs only once a naive filter strips the inner <script>', make: (c) => `<scr<script>ipt>${c}</scr</script>ipt>` },
  { name: 'svg script', context: 'html', make: (c) => `<svg><script>${c}</script></svg>` },
  // Event handlers that fire with nothing clicked
  { name: 'img onerror', context: 'html', make: (c) => `<img src=x onerror=${c}>` },
  { name: 'IMG ONERROR upper case, quoted', context: 'html', make: (c) => `<IMG SRC=/ ONERROR="${c}">` },
  { name: 'img slash before the handler', context: 'html', make: (c) => `<img src="x"/onerror=${c}>` },
  { name: 'img handler after a newline', context: 'html', make: (c) => `<img src=x\nonerror=${c}>` },
  { name: 'img handler in decimal entities', context: 'html', make: (c) => `<img src=x onerror="${paddedEntities(c)}">` },
  { name: 'img handler via String.fromCharCode', context: 'html', make: (c) => `<img src=x onerror=eval(String.fromCharCode(${charCodes(c)}))>` },
  { name: 'img handler with a \\u escape in the name', context: 'html', make: (c) => `<img src=x onerror="\\u005f${c.slice(1)}">` },
  { name: 'img src=x:… onerror=eval(src)', context: 'html', make: (c) => `<img src="x:${c}" onerror=eval(src.slice(2))>` },
  { name: 'svg onload', context: 'html', make: (c) => `<svg onload=${c}></svg>` },
  { name: 'svg/onload', context: 'html', make: (c) => `<svg/onload=${c}></svg>` },
  { name: 'svg animate onbegin', context: 'html', make: (c) => `<svg><animate onbegin=${c} attributeName=x dur=1s></animate></svg>` },
  { name: 'body onload', context: 'html', make: (c) => `<body onload=${c}>` },
  { name: 'details ontoggle', context: 'html', make: (c) => `<details open ontoggle=${c}></details>` },
  { name: 'input autofocus onfocus', context: 'html', make: (c) => `<input autofocus onfocus=${c}>` },
  { name: 'video source onerror', context: 'html', make: (c) => `<video><source onerror=${c}></video>` },
  { name: 'audio onerror', context: 'html', make: (c) => `<audio src=x onerror=${c}></audio>` },
  { name: 'style onload', context: 'html', make: (c) => `<style onload=${c}>*{}</style>` },
  { name: 'double angle brackets', context: 'html', make: (c) => `<<img src=x onerror=${c}>>` },
  { name: 'handlers needing a pointer', context: 'html', make: (c) => `<p onmouseover=${c} onclick=${c}>di chuột vào đây</p><img src=x onerror=${c}>` },
  // Frames and objects
  { name: 'iframe javascript:', context: 'html', make: (c) => `<iframe src="javascript:top.${c}"></iframe>` },
  { name: 'iframe srcdoc', context: 'html', make: (c) => `<iframe srcdoc="&lt;script&gt;top.${c}&lt;/script&gt;"></iframe>` },
  { name: 'iframe srcdoc with an img', context: 'html', make: (c) => `<iframe srcdoc='<img src=x onerror=top.${c}>'></iframe>` },
  { name: 'object data:text/html', context: 'none', why: 'a data: document is an opaque origin that cannot reach the page; the element itself is what must not survive', make: (c) => `<object data="data:text/html;base64,${base64(`<script>${c}</script>`)}"></object>` },
  { name: 'embed javascript:', context: 'none', why: 'Chromium no longer runs javascript: in <embed>; the element must not survive', make: (c) => `<embed src="javascript:${c}">` },
  // javascript: addresses (run on a click)
  { name: 'a href javascript:', context: 'html', make: (c) => `<a href="javascript:${c}">bấm</a>` },
  { name: 'a href JaVaScRiPt:', context: 'html', make: (c) => `<a href="JaVaScRiPt:${c}">bấm</a>` },
  { name: 'a href jav&#x09;ascript:', context: 'html', make: (c) => `<a href="jav&#x09;ascript:${c}">bấm</a>` },
  { name: 'a href with a raw tab', context: 'html', make: (c) => `<a href="jav\tascript:${c}">bấm</a>` },
  { name: 'a href javascript: in decimal entities', context: 'html', make: (c) => `<a href="${decimalEntities('javascript:')}${c}">bấm</a>` },
  { name: 'a href javascript: in hex entities', context: 'html', make: (c) => `<a href="${hexEntities('javascript:')}${c}">bấm</a>` },
  { name: 'a href javascript&colon;', context: 'html', make: (c) => `<a href="javascript&colon;${c}">bấm</a>` },
  { name: 'a href after control characters', context: 'html', make: (c) => `<a href=" &#14;  javascript:${c}">bấm</a>` },
  { name: 'a href data:text/html', context: 'none', why: 'Chromium refuses to open a data: page from a link; the address must not survive', make: (c) => `<a href="data:text/html;base64,${base64(`<script>${c}</script>`)}">bấm</a>` },
  { name: 'form action javascript:', context: 'html', make: (c) => `<form action="javascript:${c}"><input type=submit value="gửi"></form>` },
  { name: 'button formaction javascript:', context: 'html', make: (c) => `<form><button formaction="javascript:${c}">gửi</button></form>` },
  { name: 'svg a xlink:href', context: 'html', make: (c) => `<svg width=60 height=30><a xlink:href="javascript:${c}"><text x=5 y=20>bấm</text></a></svg>` },
  { name: 'svg set href', context: 'html', make: (c) => `<svg width=60 height=30><a><set attributeName=href to="javascript:${c}"></set><text x=5 y=20>bấm</text></a></svg>` },
  { name: 'math href', context: 'none', why: 'Chromium does not follow MathML href; the attribute must not survive', make: (c) => `<math href="javascript:${c}">bấm</math>` },
  // Styles
  { name: 'style background url(javascript:)', context: 'none', why: 'no current browser runs javascript: in CSS; the declaration must not survive', make: (c) => `<div style="background-image:url(javascript:${c})">nền</div>` },
  { name: 'style expression()', context: 'none', why: 'CSS expressions ran only in old Internet Explorer', make: (c) => `<p style="width:expression(${c})">kiểu cũ của IE</p>` },
  { name: 'style @import', context: 'none', why: 'runs only where a stylesheet can run script (old browsers); the element must not survive', make: (c) => `<style>@import "javascript:${c}";</style>` },
  { name: 'link stylesheet onerror', context: 'html', make: (c) => `<link rel=stylesheet href="data:," onload=${c} onerror=${c}>` },
  // Document-level elements
  { name: 'meta refresh javascript:', context: 'none', why: 'Chromium refuses javascript: in a refresh; the element must not survive', make: (c) => `<meta http-equiv="refresh" content="0;url=javascript:${c}">` },
  { name: 'base href javascript:', context: 'none', why: 'aims at relative links and scripts of the page, which the element must not reach', make: (c) => `<base href="javascript:${c}//">` },
  // Mutation XSS: elements whose content is not markup, comments, namespaces
  { name: 'noscript title breakout', context: 'html', make: (c) => `<noscript><p title="</noscript><img src=x onerror=${c}>"></noscript>` },
  { name: 'xmp title breakout', context: 'html', make: (c) => `<xmp><p title="</xmp><img src=x onerror=${c}>">` },
  { name: 'noembed title breakout', context: 'html', make: (c) => `<noembed><img title="</noembed><img src=x onerror=${c}>"></noembed>` },
  { name: 'comment breakout', context: 'html', make: (c) => `<!--<img src="--><img src=x onerror=${c}//">` },
  { name: 'CDATA breakout', context: 'html', make: (c) => `<![CDATA[><img src=x onerror=${c}>]]>` },
  { name: 'math mglyph style (DOMPurify mXSS)', context: 'none', why: 'turns into a running <img> only through a sanitiser that serialises and parses again (the DOMPurify 2.0.0 bypass)', make: (c) => `<math><mtext><table><mglyph><style><img src=x onerror=${c}></style></mglyph></table></mtext></math>` },
  { name: 'svg p style (namespace confusion)', context: 'html', make: (c) => `<svg></p><style><a id="</style><img src=1 onerror=${c}>"></a></style></svg>` },
  { name: 'template script', context: 'none', why: 'a template runs nothing until script clones it; the element must not survive', make: (c) => `<template><script>${c}</script></template>` },
  { name: 'select template style', context: 'none', why: 'mutates only through a sanitiser that re-serialises the tree', make: (c) => `<select><template><style><img src=x onerror=${c}></style></template></select>` },
  // Breaking out of where the text is put
  { name: 'closes a textarea', context: 'html', make: (c) => `</textarea><img src=x onerror=${c}>` },
  { name: 'closes a title', context: 'html', make: (c) => `</title><img src=x onerror=${c}>` },
  { name: 'closes a style', context: 'html', make: (c) => `</style><img src=x onerror=${c}>` },
  { name: 'closes a script, with U+2028/U+2029 for JSON in script', context: 'html', make: (c) => `\u2028\u2029</script><script>${c}</script>` },
  { name: 'double-quoted attribute breakout', context: 'attr-dq', make: (c) => `"><img src=x onerror=${c}>` },
  { name: 'single-quoted attribute breakout', context: 'attr-sq', make: (c) => `'><img src=x onerror=${c}>` },
  { name: 'double-quoted attribute handler', context: 'attr-dq', make: (c) => `" style="content-visibility:auto" oncontentvisibilityautostatechange="${c}" x="` },
  { name: "single-quoted attribute handler", context: 'attr-sq', make: (c) => `' autofocus onfocus='${c}' x='` },
  { name: 'unquoted attribute handler', context: 'attr-unquoted', make: (c) => `x onerror=${c}` },
  // Addresses typed where an address belongs
  { name: 'javascript: address', context: 'url', make: (c) => `javascript:${c}` },
  { name: 'javascript:// address with a host (passes a URL parser)', context: 'url', make: (c) => `javascript://ok.example/%0a${c}` },
  { name: 'JaVaScRiPt: address after a tab', context: 'url', make: (c) => `\tJaVaScRiPt:${c}` },
  { name: 'data:text/html address', context: 'none', why: 'Chromium refuses to open a data: page from a link; the address must not be kept', make: (c) => `data:text/html,<script>${c}</script>` },
  { name: 'vbscript: address', context: 'none', why: 'VBScript ran only in old Internet Explorer', make: (c) => `vbscript:${c}` },
  { name: 'https address breaking out of its attribute', context: 'attr-dq', make: (c) => `https://ok.example/"><img src=x onerror=${c}>` },
  // Other syntaxes people paste
  { name: 'template injection {{constructor.constructor}}', context: 'none', why: 'aims at client-side template engines (AngularJS, Vue); the text must stay text', make: (c) => `{{constructor.constructor('${c}')()}}` },
  { name: 'template literal ${…}', context: 'none', why: 'aims at text pasted into a JavaScript template literal', make: (c) => `\${${c}}` },
  { name: 'markdown link', context: 'none', why: 'aims at a markdown renderer (the product has none); the text must stay text', make: (c) => `[bấm vào đây](javascript:${c})` },
  { name: 'markdown image', context: 'none', why: 'aims at a markdown renderer (the product has none)', make: (c) => `![ảnh](x"onerror="${c})` },
  { name: 'escaped markup (double decoding)', context: 'none', why: 'runs only where text is unescaped twice', make: (c) => `&lt;img src=x onerror=${c}&gt;` },
  { name: 'percent-encoded markup (URL decoding)', context: 'none', why: 'runs only where text is URL-decoded into markup', make: (c) => percent(`<img src=x onerror=${c}>`) },
];

/** Short payloads for fields of at most 20 characters (numbering, units): `n` below 100 keeps them short. */
export const SHORT_XSS_PAYLOADS: readonly XssPayload[] = [
  { name: 'short svg onload', context: 'html', make: (c) => `<svg onload=${c}>` },
  { name: 'short javascript: address', context: 'url', make: (c) => `javascript:${c}` },
  { name: 'short template injection', context: 'none', why: 'aims at client-side template engines', make: (c) => `{{${c}}}` },
];
