// An article's text cut into runs for the page: plain text, each claim's span, and page furniture.
// Claims win over furniture; a span that overlaps one already placed is left unmarked (listed below the
// text instead), so every mark holds exactly its claim's text.

export type Run =
  | { kind: "text"; text: string }
  | { kind: "claim"; text: string; id: string }
  | { kind: "furniture"; text: string };

interface Span {
  start: number;
  end: number;
}

export function runsOf(
  text: string,
  claims: readonly { id: string; span: Span }[],
  furniture: readonly Span[],
): Run[] {
  const inText = (s: Span) => s.start < s.end && s.end <= text.length;
  // Both lists are walked in order once: cost stays linear in the article's claims and furniture.
  const marked: (Span & { id: string })[] = [];
  for (const c of [...claims].sort((a, b) => a.span.start - b.span.start)) {
    const last = marked[marked.length - 1];
    if (inText(c.span) && (!last || c.span.start >= last.end)) marked.push({ ...c.span, id: c.id });
  }
  const greyed: Span[] = [];
  let j = 0;
  for (const f of [...furniture].sort((a, b) => a.start - b.start)) {
    while (j < marked.length && marked[j]!.end <= f.start) j++;
    const last = greyed[greyed.length - 1];
    const clear =
      (j >= marked.length || marked[j]!.start >= f.end) && (!last || f.start >= last.end);
    if (inText(f) && clear) greyed.push(f);
  }
  const placed: (Span & { id?: string })[] = [...marked, ...greyed].sort(
    (a, b) => a.start - b.start,
  );

  const runs: Run[] = [];
  let at = 0;
  for (const p of placed) {
    if (p.start > at) runs.push({ kind: "text", text: text.slice(at, p.start) });
    const part = text.slice(p.start, p.end);
    runs.push(p.id ? { kind: "claim", text: part, id: p.id } : { kind: "furniture", text: part });
    at = p.end;
  }
  if (at < text.length) runs.push({ kind: "text", text: text.slice(at) });
  return runs;
}
