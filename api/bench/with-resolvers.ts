// PostGraphile v5 (grafast, grafserv) calls Promise.withResolvers, which Node only has from 22 on; the
// benchmark runs on Node 20. Imported before PostGraphile by the peer's server.
(Promise as unknown as { withResolvers: unknown }).withResolvers ??= <T>() => { let resolve!: (v: T) => void, reject!: (e: unknown) => void; const promise = new Promise<T>((y, n) => ((resolve = y), (reject = n))); return { promise, resolve, reject }; };
