// Small pieces every page shows of a claim: its status, badges and period.
import type { Claim } from "../types.js";

export const label = (s: string) => s.replace(/_/g, " ");

export const Status = (props: { claim: Claim }) => (
  <span class={`badge status-${props.claim.status}`}>
    {label(props.claim.status)}
    {props.claim.verdict ? ` · verdict: ${label(props.claim.verdict)}` : ""}
  </span>
);

export const Badges = (props: { claim: Claim; conflicting: boolean }) => (
  <>
    {props.conflicting && <span class="badge conflict">conflicting figure</span>}
    {props.claim.previouslyChecked && (
      <span class="badge checked">
        previously checked
        {props.claim.previouslyChecked.rating.label
          ? `: ${props.claim.previouslyChecked.rating.label}`
          : ""}
      </span>
    )}
  </>
);

export const Period = (props: { claim: Claim }) => {
  const t = props.claim.time;
  if (!t) return <span class="muted">none</span>;
  return (
    <span class="nowrap">
      {t.start === t.end ? (
        t.start
      ) : (
        <>
          {t.start} –<br />
          {t.end}
        </>
      )}
    </span>
  );
};
