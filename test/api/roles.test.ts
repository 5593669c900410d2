import { beforeAll, describe, expect, it } from "vitest";
import { ingest, OPERATOR_KEY, organization, type Service, service } from "../helpers/service.js";

type Role = "operator" | "admin" | "editor" | "viewer";
let s: Service;
let keys: Record<Role, string>;
beforeAll(async () => {
  s = await service();
  const org = await organization(s);
  keys = { operator: OPERATOR_KEY, admin: org.admin, editor: org.editor, viewer: org.viewer };
});

// Each endpoint: how to call it (fresh resources where the call consumes them), its success status,
// and the roles it admits. Every other role gets 403.
const endpoints: [
  string,
  () => Promise<[string, string, unknown?, Record<string, string>?]>,
  number,
  Role[],
][] = [
  [
    "create organisation",
    async () => ["POST", "/v1/organizations", { name: "X" }],
    201,
    ["operator"],
  ],
  ["list organisations", async () => ["GET", "/v1/organizations"], 200, ["operator"]],
  ["create key", async () => ["POST", "/v1/keys", { name: "k", role: "viewer" }], 201, ["admin"]],
  ["list keys", async () => ["GET", "/v1/keys"], 200, ["admin"]],
  [
    "revoke key",
    async () => {
      const k = (await (
        await s.call("POST", "/v1/keys", { key: keys.admin, body: { name: "t", role: "viewer" } })
      ).json()) as any;
      return ["DELETE", `/v1/keys/${k.id}`];
    },
    204,
    ["admin"],
  ],
  [
    "extract",
    async () => ["POST", "/v1/extract", { text: "Prices rose 3% in 2023." }],
    200,
    ["operator", "admin", "editor", "viewer"],
  ],
  [
    "ingest",
    async () => [
      "POST",
      "/v1/articles",
      { text: "Prices rose 3% in 2023.", publishedAt: "2024-01-01" },
    ],
    201,
    ["admin", "editor"],
  ],
  ["list articles", async () => ["GET", "/v1/articles"], 200, ["admin", "editor", "viewer"]],
  [
    "get article",
    async () => ["GET", `/v1/articles/${(await ingest(s, keys.editor)).body.id}`],
    200,
    ["admin", "editor", "viewer"],
  ],
  [
    "delete article",
    async () => ["DELETE", `/v1/articles/${(await ingest(s, keys.editor)).body.id}`],
    204,
    ["admin"],
  ],
  ["list claims", async () => ["GET", "/v1/claims"], 200, ["admin", "editor", "viewer"]],
  [
    "get claim",
    async () => ["GET", `/v1/claims/${(await ingest(s, keys.editor)).body.claims[0].id}`],
    200,
    ["admin", "editor", "viewer"],
  ],
  [
    "change claim",
    async () => [
      "PATCH",
      `/v1/claims/${await claim()}`,
      { note: "checked" },
      { "if-match": '"1"' },
    ],
    200,
    ["admin", "editor"],
  ],
  [
    "add source",
    async () => [
      "POST",
      `/v1/claims/${await claim()}/sources`,
      { url: "https://x.example", stance: "context" },
    ],
    201,
    ["admin", "editor"],
  ],
  [
    "list sources",
    async () => ["GET", `/v1/claims/${await claim()}/sources`],
    200,
    ["admin", "editor", "viewer"],
  ],
  [
    "remove source",
    async () => {
      const id = await claim();
      const src = (await (
        await s.call("POST", `/v1/claims/${id}/sources`, {
          key: keys.editor,
          body: { url: "https://x.example", stance: "context" },
        })
      ).json()) as any;
      return ["DELETE", `/v1/claims/${id}/sources/${src.id}`];
    },
    204,
    ["admin", "editor"],
  ],
  [
    "claim history",
    async () => ["GET", `/v1/claims/${await claim()}/history`],
    200,
    ["admin", "editor", "viewer"],
  ],
  [
    "claim review",
    async () => ["GET", `/v1/claims/${await claim()}/claimreview`],
    409,
    ["admin", "editor", "viewer"],
  ],
  [
    "article reviews",
    async () => ["GET", `/v1/articles/${(await ingest(s, keys.editor)).body.id}/claimreview`],
    200,
    ["admin", "editor", "viewer"],
  ],
];

async function claim(): Promise<string> {
  return (await ingest(s, keys.editor)).body.claims[0].id;
}

describe("roles × endpoints", () => {
  for (const [name, make, ok, allowed] of endpoints) {
    for (const role of ["operator", "admin", "editor", "viewer"] as Role[]) {
      const expected = allowed.includes(role) ? ok : 403;
      it(`${name} as ${role} → ${expected}`, async () => {
        const [method, path, body, headers] = await make();
        const res = await s.call(method, path, { key: keys[role], body, headers });
        expect(res.status).toBe(expected);
        if (expected === 403)
          expect(res.headers.get("content-type")).toBe("application/problem+json");
      });
    }
  }
});
