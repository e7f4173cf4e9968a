// An object loaded on the first call of any of its methods, which all return
// promises: its code (and what it imports) stays out of the start-up scripts,
// and callers need not know it was not there yet.
type Async<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

export function deferred<T extends Async<T>>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  const get = () => (loaded ??= load().catch((e: unknown) => {
    // Not kept: a load that failed (offline before the file was cached) is tried again at the next call.
    loaded = undefined;
    throw e;
  }));
  return new Proxy({} as T, {
    // Not a promise itself ('then'), nor anything but methods by name.
    get: (_, name) => (name === 'then' || typeof name === 'symbol' ? undefined
      : (...args: unknown[]) => get().then((it) => (it[name as keyof T] as (...a: unknown[]) => Promise<unknown>).apply(it, args))),
  });
}
