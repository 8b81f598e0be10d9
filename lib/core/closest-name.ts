/** Levenshtein distance (small strings: names and keys). */
function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return dp[a.length][b.length];
}

/** The closest of `valid`, for "did you mean": the same letters ignoring case, or at most two edits apart. */
export function closestName(name: string, valid: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const exact = valid.find((v) => v.toLowerCase() === lower);
  if (exact) return exact;
  return valid.map((v) => [v, editDistance(lower, v.toLowerCase())] as const).filter(([, d]) => d <= 2).sort((x, y) => x[1] - y[1])[0]?.[0];
}
