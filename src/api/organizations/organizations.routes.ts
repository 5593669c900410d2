import { createRoute, z } from "@hono/zod-openapi";
import { CreatedOrganization, Organization } from "../../contracts/resources.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { idempotency } from "../middleware/idempotency.js";
import { json } from "../openapi.js";
import { PageQuery, pageOf } from "../pagination.js";

export const createOrganization = createRoute({
  method: "post",
  path: "/v1/organizations",
  tags: ["Organizations"],
  summary: "Create an organisation (operator)",
  middleware: [requireRole("operator"), idempotency()],
  security: [{ bearer: [] }],
  request: {
    body: { required: true, content: json(z.object({ name: z.string().trim().min(1).max(200) })) },
  },
  responses: {
    201: {
      description: "Created, with its first admin key (shown once)",
      content: json(CreatedOrganization),
    },
    ...problems(400, 401, 403, 422),
  },
});

export const listOrganizations = createRoute({
  method: "get",
  path: "/v1/organizations",
  tags: ["Organizations"],
  summary: "List organisations (operator)",
  middleware: [requireRole("operator")],
  security: [{ bearer: [] }],
  request: { query: z.object(PageQuery) },
  responses: {
    200: { description: "A page of organisations", content: json(pageOf(Organization)) },
    ...problems(400, 401, 403, 422),
  },
});

export const getOrganization = createRoute({
  method: "get",
  path: "/v1/organizations/{id}",
  tags: ["Organizations"],
  summary: "An organisation (operator)",
  middleware: [requireRole("operator")],
  security: [{ bearer: [] }],
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: { description: "The organisation", content: json(Organization) },
    ...problems(401, 403, 404),
  },
});
