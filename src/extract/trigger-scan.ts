// One cheap scan of a sentence names the rule families that can match it, so each family's own regex
// runs only where its trigger is. Shared by the time rules and the rank/ratio readers.

/**
 * A scanner for `triggers` (family → regex source without capturing groups), joined as one
 * alternation after `prefix`. Groups are numbered rather than named: a named group builds a `groups`
 * object on every match, which cost more than the scan itself.
 */
export function triggerScanner<K extends string>(
  // Partial: a caller may split one family's trigger over two scanners.
  triggers: Partial<Record<K, string>>,
  prefix = "",
): (s: string) => Set<K> {
  const families = Object.keys(triggers) as K[];
  // Case-sensitive on purpose: it lets the engine reject most positions on their first character.
  const re = new RegExp(`${prefix}(?:${families.map((f) => `(${triggers[f]!})`).join("|")})`, "g");
  // A capturing group inside a trigger would shift every family after it.
  if (new RegExp(`${re.source}|`).exec("")!.length !== families.length + 1)
    throw new Error("a trigger holds a capturing group");
  return (s) => {
    const found = new Set<K>();
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      for (let g = 1; g <= families.length; g++) {
        if (m[g] !== undefined) {
          found.add(families[g - 1]!);
          break;
        }
      }
    }
    return found;
  };
}
