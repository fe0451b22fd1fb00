/**
 * Counts React commits in a production build, where `<Profiler onRender>` is compiled out:
 * React reports every commit of every root to the DevTools hook, so the page installs a
 * minimal one before `react-dom` loads (import this module first).
 */
let count = 0

interface DevToolsHook {
  readonly supportsFiber: true
  inject(internals: unknown): number
  onCommitFiberRoot(): void
}

const hook: DevToolsHook = {
  supportsFiber: true,
  inject: () => 1,
  onCommitFiberRoot: () => void count++,
}
Object.assign(globalThis, { __REACT_DEVTOOLS_GLOBAL_HOOK__: hook })

/** React commits on this page so far. */
export function commitCount(): number {
  return count
}
