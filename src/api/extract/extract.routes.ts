import { createRoute } from "@hono/zod-openapi";
import { Extraction, ExtractRequest } from "../../contracts/extract.js";
import { problems } from "../errors/index.js";

export const extractRoute = createRoute({
  method: "post",
  path: "/v1/extract",
  tags: ["Extraction"],
  summary: "Break a text into dated, checkable claims (nothing is stored)",
  security: [{ bearer: [] }],
  request: {
    body: { required: true, content: { "application/json": { schema: ExtractRequest } } },
  },
  responses: {
    200: {
      description: "Claims and ignored spans",
      content: { "application/json": { schema: Extraction } },
    },
    ...problems(400, 401, 413, 415, 422),
  },
});
