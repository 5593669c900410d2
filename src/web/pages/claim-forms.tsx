// The claim page's forms: the workflow change (carrying the version it was read at) and a new source.

import { STANCES } from "../../verify/stances.js";
import { allowedMoves } from "../../verify/status.js";
import { VERDICTS } from "../../verify/verdicts.js";
import { Csrf, type Viewer } from "../layout.js";
import type { Claim } from "../types.js";
import { label } from "./claim-bits.js";

/** The fields of the workflow form, as PATCH /v1/claims/{id} names them. */
export const WORKFLOW_FIELDS = [
  "status",
  "verdict",
  "assignee",
  "note",
  "reviewUrl",
  "summary",
  "claimant",
  "explanation",
] as const;
export type WorkflowForm = Partial<Record<(typeof WORKFLOW_FIELDS)[number], string>>;

const Text = (props: {
  name: string;
  text: string;
  value: string | null | undefined;
  type?: string;
}) => (
  <label>
    {props.text}
    <input type={props.type ?? "text"} name={props.name} value={props.value ?? ""} />
  </label>
);

export function WorkflowFields(props: {
  viewer: Viewer;
  claim: Claim;
  values?: WorkflowForm | undefined;
}) {
  const { claim } = props;
  const v: WorkflowForm = props.values ?? {};
  const pick = (k: keyof WorkflowForm, current: string | null) => v[k] ?? current ?? "";
  const statuses = [claim.status, ...allowedMoves(claim.status)];
  return (
    <form class="stack" method="post" action={`/app/claims/${claim.id}`}>
      <Csrf token={props.viewer.csrf} />
      <input type="hidden" name="version" value={String(claim.version)} />
      <label>
        Status
        <select name="status">
          {statuses.map((s) => (
            <option value={s} selected={pick("status", claim.status) === s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Verdict (when resolving)
        <select name="verdict">
          <option value="">none</option>
          {VERDICTS.map((s) => (
            <option value={s} selected={pick("verdict", claim.verdict) === s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      <Text name="assignee" text="Assignee" value={pick("assignee", claim.assignee)} />
      <label>
        Note
        <textarea name="note" rows={3}>
          {pick("note", claim.note)}
        </textarea>
      </label>
      <Text
        name="reviewUrl"
        text="Review URL (your published fact-check)"
        type="url"
        value={pick("reviewUrl", claim.reviewUrl)}
      />
      <Text name="summary" text="Summary (claimReviewed)" value={pick("summary", claim.summary)} />
      <Text name="claimant" text="Claimant" value={pick("claimant", claim.claimant)} />
      <label>
        Explanation (reviewBody)
        <textarea name="explanation" rows={3}>
          {pick("explanation", claim.explanation)}
        </textarea>
      </label>
      <button type="submit">Save</button>
    </form>
  );
}

export const SOURCE_FIELDS = [
  "url",
  "title",
  "publisher",
  "publishedAt",
  "excerpt",
  "stance",
] as const;
export type SourceForm = Partial<Record<(typeof SOURCE_FIELDS)[number], string>>;

export const SourceFields = (props: {
  viewer: Viewer;
  claimId: string;
  values?: SourceForm | undefined;
}) => {
  const v = props.values ?? {};
  return (
    <form class="stack" method="post" action={`/app/claims/${props.claimId}/sources`}>
      <Csrf token={props.viewer.csrf} />
      <Text name="url" text="URL" type="url" value={v.url} />
      <Text name="title" text="Title" value={v.title} />
      <Text name="publisher" text="Publisher" value={v.publisher} />
      <Text name="publishedAt" text="Published" type="date" value={v.publishedAt} />
      <label>
        Excerpt (its figures are checked against the claim's)
        <textarea name="excerpt" rows={3}>
          {v.excerpt ?? ""}
        </textarea>
      </label>
      <label>
        Stance
        <select name="stance">
          {STANCES.map((s) => (
            <option value={s} selected={v.stance === s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Add source</button>
    </form>
  );
};
