import { OpenAPIHono } from "@hono/zod-openapi";
import { page } from "../../store/cursor.js";
import * as store from "../../store/organizations.js";
import type { AppEnv } from "../env.js";
import { notFound } from "../errors/index.js";
import { cursorOf } from "../pagination.js";
import { validationHook } from "../validation.js";
import { createOrganization, getOrganization, listOrganizations } from "./organizations.routes.js";

export const organizationRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(createOrganization, async (c) => {
    const org = await store.createOrganization(c.var.db, c.req.valid("json").name);
    return c.json(org, 201, { location: `/v1/organizations/${org.id}` });
  })
  .openapi(listOrganizations, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    return c.json(
      page(await store.listOrganizations(c.var.db, cursorOf(cursor), limit), limit),
      200,
    );
  })
  .openapi(getOrganization, async (c) => {
    const { id } = c.req.valid("param");
    const org = await store.getOrganization(c.var.db, id);
    if (!org) throw notFound("organisation", id);
    return c.json(org, 200);
  });
