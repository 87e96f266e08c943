// The reference page at /api/docs: Swagger UI from the swagger-ui-dist package, served by us
// (no CDN: Shoebox runs offline), started by a script file of ours because the app's
// Content-Security-Policy allows no inline script on pages. Its own validator badge would call
// validator.swagger.io: turned off. Swagger UI renders its own <main>, so the page adds none.

export const DOCS_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Shoebox API reference</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
<link rel="stylesheet" href="/api/docs/shoebox-docs.css">
</head>
<body>
<div id="swagger-ui"><p>Loading the API reference…</p></div>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/shoebox-docs.js"></script>
</body>
</html>
`;

/** Starts Swagger UI on our document. Same origin, so "Try it out" sends the session cookie. */
export const DOCS_INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    // Deep links put a link inside each operation's toggle button (a focusable inside a
    // focusable: axe's nested-interactive), so they stay off.
    deepLinking: false,
    layout: 'BaseLayout',
    validatorUrl: null,
    docExpansion: 'list',
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: false,
  });
});
`;

/**
 * Small overrides: Swagger UI's grey-on-white and coloured method labels fall under WCAG AA
 * contrast (axe reports them); these keep its look with darker shades.
 */
export const DOCS_CSS = `body { margin: 0; background: #fff; }
.swagger-ui .info .title small pre, .swagger-ui .info .title small { background: #2f5f0f; }
.swagger-ui .opblock-tag small, .swagger-ui .opblock .opblock-summary-description,
.swagger-ui .opblock .opblock-summary-path__deprecated, .swagger-ui .parameter__in,
.swagger-ui .response-col_links, .swagger-ui .opblock-description-wrapper p,
.swagger-ui .info li, .swagger-ui .info p, .swagger-ui .info table, .swagger-ui .markdown p { color: #333; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #0b5cad; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1f6f43; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8a4b00; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #1c6b63; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b3261e; }
.swagger-ui .opblock.opblock-head .opblock-summary-method { background: #6a3fa0; }
.swagger-ui .info a, .swagger-ui .info .url { color: #0b5cad; }
.swagger-ui .btn.authorize { color: #1f6f43; border-color: #1f6f43; }
.swagger-ui .btn.authorize svg { fill: #1f6f43; }
.swagger-ui .opblock-summary-control:focus-visible, .swagger-ui button:focus-visible { outline: 2px solid #0b5cad; outline-offset: 2px; }
`;
