type Json = Record<string, unknown>;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * A self-contained HTML page describing the API, rendered on the server from the OpenAPI
 * document: no scripts, no fonts, no CDN, so it works offline and under a strict CSP.
 */
export function renderDocsPage(document: Json): string {
  const info = (document.info ?? {}) as Json;
  const paths = (document.paths ?? {}) as Record<string, Json>;
  const schemas = (((document.components ?? {}) as Json).schemas ?? {}) as Record<string, Json>;
  const operations = Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as Json })),
  );
  const tags = [...new Set(operations.map(({ operation }) => String((operation.tags as string[] | undefined)?.[0] ?? 'Other')))];

  const sections = tags.map((tag) => {
    const items = operations.filter(({ operation }) => ((operation.tags as string[] | undefined)?.[0] ?? 'Other') === tag);
    return `<section><h2 id="${anchor(tag)}">${escape(tag)}</h2>${items.map(renderOperation).join('\n')}</section>`;
  });
  const schemaBlocks = Object.entries(schemas).map(
    ([name, schema]) => `<details id="schema-${anchor(name)}"><summary><code>${escape(name)}</code></summary><pre>${escape(JSON.stringify(schema, null, 2))}</pre></details>`,
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(String(info.title ?? 'API'))}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escape(String(info.title ?? 'API'))} <small>${escape(String(info.version ?? ''))}</small></h1>
<p>${escape(String(info.description ?? ''))}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escape(String(document.openapi ?? ''))}).
Authenticate with <code>Authorization: Bearer &lt;caller token&gt;</code> where marked 🔒.</p>
<nav>${tags.map((tag) => `<a href="#${anchor(tag)}">${escape(tag)}</a>`).join(' · ')} · <a href="#schemas">Schemas</a></nav>
</header>
<main>
${sections.join('\n')}
<section><h2 id="schemas">Schemas</h2>${schemaBlocks.join('\n')}</section>
</main>
</body>
</html>
`;
}

function renderOperation({ path, method, operation }: { path: string; method: string; operation: Json }): string {
  const secured = Array.isArray(operation.security) && operation.security.length > 0;
  const supported = operation['x-psagate-supported'];
  const parameters = (operation.parameters ?? []) as Json[];
  const responses = Object.entries((operation.responses ?? {}) as Record<string, Json>);
  const body = (((operation.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema as Json | undefined;
  return `<article id="${anchor(String(operation.operationId ?? path))}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code> ${secured ? '🔒' : ''}${supported === false ? ' <span class="unsupported">not supported by this provider (501)</span>' : ''}</h3>
<p><strong>${escape(String(operation.summary ?? ''))}</strong>${operation.description ? ` — ${escape(String(operation.description))}` : ''}</p>
${
  parameters.length > 0
    ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Schema</th><th>Notes</th></tr></thead><tbody>${parameters
        .map(
          (parameter) =>
            `<tr><td><code>${escape(String(parameter.name))}</code>${parameter.required ? ' *' : ''}</td><td>${escape(String(parameter.in))}</td><td><code>${escape(
              describeSchema(parameter.schema as Json | undefined),
            )}</code></td><td>${escape(String(parameter.description ?? ''))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
}
${body ? `<p>Body: <code>application/json</code> ${schemaLink(body)}</p>` : ''}
<ul class="responses">${responses.map(([status, response]) => `<li><code>${escape(status)}</code> ${escape(String(response.description ?? ''))} ${responseSchemaLink(response)}</li>`).join('')}</ul>
</article>`;
}

function responseSchemaLink(response: Json): string {
  const content = (response.content ?? {}) as Record<string, Json>;
  const [type, media] = Object.entries(content)[0] ?? [];
  if (!type || !media) return '';
  return `<small>${escape(type)}</small> ${schemaLink(media.schema as Json | undefined)}`;
}

function schemaLink(schema: Json | undefined): string {
  if (!schema) return '';
  const ref = refName(schema) ?? refName(((schema.properties as Json | undefined)?.data as Json | undefined)?.items as Json | undefined);
  if (!ref) return '';
  const list = schema.properties ? 'page of ' : '';
  return `→ ${list}<a href="#schema-${anchor(ref)}">${escape(ref)}</a>`;
}

function refName(schema: Json | undefined): string | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? ref.split('/').pop() : undefined;
}

function describeSchema(schema: Json | undefined): string {
  if (!schema) return '';
  if (schema.type === 'array') return `${describeSchema(schema.items as Json | undefined)}[]`;
  if (Array.isArray(schema.enum)) return schema.enum.map(String).join(' | ');
  return [schema.type, schema.format].filter(Boolean).join(':');
}

function anchor(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 2rem;color:#1d2430}
h1 small{font-weight:normal;color:#667}h2{border-bottom:1px solid #dde;padding-bottom:.2rem;margin-top:2rem}
article{border:1px solid #e3e6ee;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}
h3{font-size:1rem;margin:.3rem 0}code{font:13px ui-monospace,Menlo,Consolas,monospace}
.method{display:inline-block;min-width:4rem;text-align:center;border-radius:4px;color:#fff;font-size:.8rem;padding:.1rem .3rem}
.get{background:#2f6fdb}.post{background:#1f9d55}.patch{background:#c77c02}.put{background:#8a4fd1}.delete{background:#c0392b}
.unsupported{color:#c0392b;font-size:.8rem;font-weight:normal}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-bottom:1px solid #eef;padding:.2rem .4rem;text-align:left;vertical-align:top}
pre{background:#f6f8fa;padding:.6rem;overflow:auto;font-size:12px}.responses{margin:.3rem 0;padding-left:1.2rem}
`;
