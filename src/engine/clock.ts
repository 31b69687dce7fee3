// Milliseconds from a monotonic clock. Not `performance.now()`: the first use of that global loads
// Node's perf_hooks and worker modules, about 1–3 ms of a pre-commit hook's run.
export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
