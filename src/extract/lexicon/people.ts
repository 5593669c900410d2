// How news marks a name as a person's: the role written beside it ("Chief executive Anna Kirwan", "Dr Tim
// Cooksley, president of …", "Maria Lopez, 52,"). Speakers (claimant.ts) and subjects (subject.ts) read it.

/** Roles in lower case: "the senator", "the company's chief executive", "party leader Ilse Marten". */
export const PERSON_ROLES: readonly string[] = [
  "senator",
  "minister",
  "president",
  "governor",
  "mayor",
  "chairman",
  "chairwoman",
  "chair",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "executive",
  "official",
  "economist",
  "analyst",
  "secretary",
  "congressman",
  "congresswoman",
  "candidate",
  "director",
  "judge",
  "leader",
  "founder",
  "owner",
  "lawmaker",
  "MP",
  "head",
  "manager",
  "officer",
  "professor",
  "lecturer",
  "researcher",
  "councillor",
  "campaigner",
  "lawyer",
  "constable",
  "commissioner",
  // "Brand chief Thomas Schaefer", "police chief Ana Ruiz", "the UN aid chief".
  "chief",
  // "said lead author Melody Ding", "said chief strategist Tom Lee", "said head coach Ange Postecoglou".
  "author",
  "co-author",
  "strategist",
  "scientist",
  "coach",
];

/**
 * A role in lower case before a speaker's name after the verb: "said chief executive Jane Doe", "said
 * director of football Jason Wilcox", "said study co-author Tom Lee". A capital must follow.
 */
export const ROLE_BEFORE_NAME = `(?:[a-z][\\w-]*\\s+){0,2}(?:${PERSON_ROLES.join("|")})(?:\\s+of\\s+[a-z]+)?\\s+(?=[A-Z])`;

/** Titles written before a name: "Dr Tim Cooksley", "Health Secretary Wes Streeting". */
export const PERSON_TITLES: readonly string[] = [
  "Dr",
  "Mr",
  "Mrs",
  "Ms",
  "Prof",
  "Professor",
  "Sir",
  "Dame",
  "Lord",
  "Lady",
  ...PERSON_ROLES.map((r) => r[0]!.toUpperCase() + r.slice(1)),
];

/** People named by what they are rather than by name, whose age news sets off by commas ("The victim, 16,
 *  was stabbed", "a pensioner, 81, said"). */
export const PERSON_NOUNS: readonly string[] = [
  "man",
  "woman",
  "boy",
  "girl",
  "teenager",
  "pensioner",
  "mother",
  "father",
  "son",
  "daughter",
  "wife",
  "husband",
  "brother",
  "sister",
  "partner",
  "student",
  "driver",
  "child",
  "grandmother",
  "grandfather",
  "victim",
  "suspect",
  "defendant",
  "resident",
  "worker",
  "nurse",
  "teacher",
  "passenger",
  "patient",
  "cyclist",
  "pedestrian",
  "motorist",
  "soldier",
  "player",
  "neighbour",
  "neighbor",
  ...PERSON_ROLES,
];
