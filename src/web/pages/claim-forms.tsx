// The claim page's forms: the workflow change (carrying the version it was read at) and a new source.

import { NewSource } from "../../api/sources/sources.routes.js";
import { EDITABLE, type EditableField } from "../../verify/change.js";
import { STANCES } from "../../verify/stances.js";
import { allowedMoves } from "../../verify/status.js";
import { VERDICTS } from "../../verify/verdicts.js";
import { Csrf, type Viewer } from "../layout.js";
import type { Claim } from "../types.js";
import { Area, Choice, Field } from "./fields.js";

/** The fields of the workflow form: what PATCH /v1/claims/{id} may change, named as it names them. */
export const WORKFLOW_FIELDS = EDITABLE;
export type WorkflowForm = Partial<Record<EditableField, string>>;

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
      <Choice name="status" text="Status" options={statuses} value={pick("status", claim.status)} />
      <Choice
        name="verdict"
        text="Verdict (when resolving)"
        options={VERDICTS}
        value={pick("verdict", claim.verdict)}
        any="none"
      />
      <Field name="assignee" text="Assignee" value={pick("assignee", claim.assignee)} />
      <Area name="note" text="Note" value={pick("note", claim.note)} />
      <Field
        name="reviewUrl"
        text="Review URL (your published fact-check)"
        type="url"
        value={pick("reviewUrl", claim.reviewUrl)}
      />
      <Field name="summary" text="Summary (claimReviewed)" value={pick("summary", claim.summary)} />
      <Field name="claimant" text="Claimant" value={pick("claimant", claim.claimant)} />
      <Area
        name="explanation"
        text="Explanation (reviewBody)"
        value={pick("explanation", claim.explanation)}
      />
      <button type="submit">Save</button>
    </form>
  );
}

/** The new-source form's fields, as POST /v1/claims/{id}/sources names them. */
export const SOURCE_FIELDS = NewSource.keyof().options;
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
      <Field name="url" text="URL" type="url" value={v.url} />
      <Field name="title" text="Title" value={v.title} />
      <Field name="publisher" text="Publisher" value={v.publisher} />
      <Field name="publishedAt" text="Published" type="date" value={v.publishedAt} />
      <Area
        name="excerpt"
        text="Excerpt (its figures are checked against the claim's)"
        value={v.excerpt}
      />
      <Choice name="stance" text="Stance" options={STANCES} value={v.stance} />
      <button type="submit">Add source</button>
    </form>
  );
};
