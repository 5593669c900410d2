// Every problem the API answers with, once: its stable code, HTTP status, title and `type` URI. A title
// can be reworded without changing the public `type`; a new kind of error is a new row here.
export const PROBLEM_CODES = {
  malformed_request: { status: 400, title: "Malformed request" },
  invalid_cursor: { status: 400, title: "Invalid cursor" },
  invalid_idempotency_key: { status: 400, title: "Invalid Idempotency-Key" },
  unauthorized: { status: 401, title: "Unauthorized" },
  forbidden: { status: 403, title: "Forbidden" },
  not_found: { status: 404, title: "Not found" },
  move_not_allowed: { status: 409, title: "Move not allowed" },
  not_resolved: { status: 409, title: "Not resolved" },
  review_url_required: { status: 409, title: "Review URL required" },
  request_in_progress: { status: 409, title: "Request in progress" },
  precondition_failed: { status: 412, title: "Precondition failed" },
  payload_too_large: { status: 413, title: "Payload too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  validation_failed: { status: 422, title: "Invalid request" },
  invalid_change: { status: 422, title: "Invalid change" },
  invalid_webhook_url: { status: 422, title: "Invalid webhook URL" },
  idempotency_key_reused: { status: 422, title: "Idempotency-Key reused" },
  precondition_required: { status: 428, title: "Precondition required" },
  rate_limited: { status: 429, title: "Too many requests" },
  header_too_large: { status: 431, title: "Request header fields too large" },
  internal_error: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;
export const PROBLEM_CODE_LIST = Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]];

const TYPE_BASE = "https://factdesk.dev/problems/";
/** The problem's `type`: derived from its code, which never changes once published. */
export const problemType = (code: ProblemCode) => `${TYPE_BASE}${code.replace(/_/g, "-")}`;
