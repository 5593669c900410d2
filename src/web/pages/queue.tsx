// The queue: claims most check-worthy first, filtered the way a desk divides its work.
import { CLAIM_KINDS } from "../../extract/index.js";
import { STATUSES } from "../../verify/status.js";
import type { ProblemBody } from "../api.js";
import { Page, ProblemNotice, type Viewer } from "../layout.js";
import type { Claim } from "../types.js";
import { Badges, label, Period, Status } from "./claim-bits.js";

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

const Choice = (props: {
  name: string;
  text: string;
  options: readonly string[];
  value?: string | undefined;
}) => (
  <label>
    {props.text}
    <select name={props.name}>
      <option value="">any</option>
      {props.options.map((o) => (
        <option value={o} selected={props.value === o}>
          {label(o)}
        </option>
      ))}
    </select>
  </label>
);

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
          <label>
            Text
            <input type="search" name="q" value={f.q ?? ""} />
          </label>
          <Choice name="status" text="Status" options={STATUSES} value={f.status} />
          <label>
            Assignee
            <input type="text" name="assignee" value={f.assignee ?? ""} size={12} />
          </label>
          <Choice name="kind" text="Kind" options={CLAIM_KINDS} value={f.kind} />
          <label>
            Period from
            <input type="date" name="periodFrom" value={f.periodFrom ?? ""} />
          </label>
          <label>
            Period to
            <input type="date" name="periodTo" value={f.periodTo ?? ""} />
          </label>
          <label class="check">
            <input
              type="checkbox"
              name="conflicting"
              value="true"
              checked={f.conflicting === "true"}
            />
            Conflicting
          </label>
          <label class="check">
            <input
              type="checkbox"
              name="previouslyChecked"
              value="true"
              checked={f.previouslyChecked === "true"}
            />
            Previously checked
          </label>
          <button type="submit">Filter</button>
        </form>
      </search>
      <ProblemNotice problem={props.problem} />
      {props.claims.length === 0 ? (
        <p>No claims match. Ingest an article from the Articles page.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Worth checking</th>
              <th scope="col">Claim</th>
              <th scope="col">Kind</th>
              <th scope="col">Period</th>
              <th scope="col">Status</th>
              <th scope="col">Assignee</th>
            </tr>
          </thead>
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
