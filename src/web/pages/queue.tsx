// The queue: claims most check-worthy first, filtered the way a desk divides its work.
import { CLAIM_KINDS } from "../../extract/index.js";
import { STATUSES } from "../../verify/status.js";
import type { ProblemBody } from "../api.js";
import { Page, ProblemNotice, type Viewer } from "../layout.js";
import type { Claim } from "../types.js";
import { Badges, label, Period, Status } from "./claim-bits.js";
import { Check, Choice, Field, Head } from "./fields.js";

/** The queue's filters, named as the API's query parameters so a form submits them unchanged. */
export const QUEUE_FILTERS = [
  "q",
  "status",
  "assignee",
  "kind",
  "conflicting",
  "previouslyChecked",
  "periodFrom",
  "periodTo",
] as const;
export type QueueFilters = Partial<Record<(typeof QUEUE_FILTERS)[number], string>>;

export function QueuePage(props: {
  viewer: Viewer;
  filters: QueueFilters;
  claims: Claim[];
  conflicting: Set<string>;
  next: string | null;
  problem?: ProblemBody | null;
}) {
  const f = props.filters;
  return (
    <Page title="Queue" viewer={props.viewer}>
      <search>
        <form class="filters" method="get" action="/app">
          <Field name="q" text="Text" type="search" value={f.q} />
          <Choice name="status" text="Status" options={STATUSES} value={f.status} any="any" />
          <Field name="assignee" text="Assignee" value={f.assignee} size={12} />
          <Choice name="kind" text="Kind" options={CLAIM_KINDS} value={f.kind} any="any" />
          <Field name="periodFrom" text="Period from" type="date" value={f.periodFrom} />
          <Field name="periodTo" text="Period to" type="date" value={f.periodTo} />
          <Check name="conflicting" text="Conflicting" value={f.conflicting} />
          <Check name="previouslyChecked" text="Previously checked" value={f.previouslyChecked} />
          <button type="submit">Filter</button>
        </form>
      </search>
      <ProblemNotice problem={props.problem} />
      {props.claims.length === 0 ? (
        <p>No claims match. Ingest an article from the Articles page.</p>
      ) : (
        <table>
          <Head columns={["Worth checking", "Claim", "Kind", "Period", "Status", "Assignee"]} />
          <tbody>
            {props.claims.map((c) => (
              <tr>
                <td>{c.checkworthiness.toFixed(2)}</td>
                <td>
                  <a href={`/app/claims/${c.id}`}>{c.text}</a>{" "}
                  <Badges claim={c} conflicting={props.conflicting.has(c.id)} />
                </td>
                <td>{label(c.kind)}</td>
                <td class="nowrap">
                  <Period claim={c} />
                </td>
                <td>
                  <Status claim={c} />
                </td>
                <td>{c.assignee ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.next && (
        <p class="pager">
          <a href={`/app?${new URLSearchParams({ ...clean(f), cursor: props.next })}`}>Next page</a>
        </p>
      )}
    </Page>
  );
}

const clean = (f: QueueFilters) =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined && v !== "")) as Record<
    string,
    string
  >;
