// The API reference at /docs: the OpenAPI document rendered on the server as one plain page, with no
// script and nothing fetched from elsewhere, so it opens offline and behind strict firewalls.
interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
}
interface Document {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const METHODS = ["get", "post", "put", "patch", "delete"];
const refName = (ref?: string) => ref?.split("/").pop() ?? null;

function operationHtml(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? []).map(
    (p) =>
      `<li><code>${escapeHtml(p.name)}</code> <small>${escapeHtml(p.in)}${p.required ? ", required" : ""}</small>${p.description ? ` — ${escapeHtml(p.description)}` : ""}</li>`,
  );
  const body = Object.entries(op.requestBody?.content ?? {}).map(
    ([type, c]) =>
      `<li><code>${escapeHtml(type)}</code>${refName(c.schema?.$ref) ? ` <small>${escapeHtml(refName(c.schema?.$ref)!)}</small>` : ""}</li>`,
  );
  const responses = Object.entries(op.responses ?? {}).map(
    ([status, r]) =>
      `<li><code>${escapeHtml(status)}</code> ${escapeHtml(r.description ?? "")}</li>`,
  );
  return (
    `<section><h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>` +
    `<p>${escapeHtml(op.summary ?? "")}</p>` +
    (params.length ? `<h4>Parameters</h4><ul>${params.join("")}</ul>` : "") +
    (body.length ? `<h4>Body</h4><ul>${body.join("")}</ul>` : "") +
    `<h4>Responses</h4><ul>${responses.join("")}</ul></section>`
  );
}

export function referencePage(doc: Document): string {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, op)]);
    }
  }
  const sections = [...byTag]
    .map(([tag, ops]) => `<h2 id="${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join("")}`)
    .join("");
  const toc = [...byTag.keys()]
    .map((t) => `<a href="#${escapeHtml(t)}">${escapeHtml(t)}</a>`)
    .join(" · ");
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(doc.info.title)}</title><style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}` +
    `code{background:#f3f3f3;padding:0 .25em;border-radius:3px}section{border-top:1px solid #ddd;padding:.5rem 0}h4{margin:.5rem 0 0}` +
    `.m{font:bold 12px monospace;padding:2px 6px;border-radius:3px;color:#fff;background:#555}.get{background:#2b7}.post{background:#27b}` +
    `.patch{background:#b82}.delete{background:#b33}</style></head><body><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>` +
    `<p>${escapeHtml(doc.info.description ?? "")}</p><p>The machine-readable document: <a href="/openapi.json">/openapi.json</a>. ${toc}</p>${sections}</body></html>`
  );
}
