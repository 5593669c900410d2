// The UK House of Commons' parliaments, from first sitting to dissolution (end null: sitting now), for
// "the previous parliament" and "this parliament" in British news. Dates as the Commons records them.
export const UK_PARLIAMENTS: readonly { start: string; end: string | null }[] = [
  { start: "1997-05-07", end: "2001-05-14" },
  { start: "2001-06-13", end: "2005-04-11" },
  { start: "2005-05-11", end: "2010-04-12" },
  { start: "2010-05-18", end: "2015-03-30" },
  { start: "2015-05-18", end: "2017-05-03" },
  { start: "2017-06-13", end: "2019-11-06" },
  { start: "2019-12-17", end: "2024-05-30" },
  { start: "2024-07-09", end: null },
];
