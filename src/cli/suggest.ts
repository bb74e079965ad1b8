/**
 * Did-you-mean for commands, flags and config keys: the candidate nearest in optimal string
 * alignment distance (Levenshtein plus swapping two neighbours, so `chekc` is one edit from
 * `check`), when it is at most 2 edits away, as git's and npm's suggestions are.
 */
export function closest(input: string, candidates: readonly string[], maxDistance = 2): string | undefined {
  // A flag cut short (`--form`, `--det`) means the one it starts, before any nearer typo.
  const stem = input.toLowerCase();
  const extending = candidates.filter((c) => c.toLowerCase().startsWith(stem));
  if (stem.replace(/^-+/, '').length >= 3 && extending.length === 1) return extending[0];
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const a = input.toLowerCase();
  for (const candidate of candidates) {
    const d = editDistance(a, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A one-letter input is two edits from every two-letter word; that is noise, not a suggestion.
  return best !== undefined && bestDistance < Math.max(input.length, 2) ? best : undefined;
}

export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
