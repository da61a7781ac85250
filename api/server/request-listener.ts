import type { ApolloServerPlugin, BaseContext, GraphQLRequestExecutionListener, GraphQLRequestListener } from '@apollo/server';

// Apollo Server asks every plugin for a listener when a request starts, then calls every listener at every stage:
// a Promise.all per stage, and an async call per listener where it asks for an answer (responseForOperation), even
// for listeners with nothing to do there. Most of ours act at one stage or two. Given as one plugin, they cost one
// listener: each stage calls theirs as Apollo would have (all started in their order and awaited together; the first
// non-null answer; did-end callbacks in reverse order), and only at the stages where one of them acts.

type Listener<C extends BaseContext> = GraphQLRequestListener<C>;
type Args = unknown[];
type Hook = (...args: Args) => unknown;

/** Hooks whose results Apollo ignores: all started, then awaited together. */
const TOGETHER = ['didResolveSource', 'didResolveOperation', 'didEncounterErrors', 'willSendResponse', 'didEncounterSubsequentErrors', 'willSendSubsequentPayload'] as const;
/** Hooks that may give back a callback for the stage's end. */
const WITH_END = ['parsingDidStart', 'validationDidStart'] as const;
const KNOWN = new Set<string>([...TOGETHER, ...WITH_END, 'responseForOperation', 'executionDidStart']);

const isDefined = <T>(value: T | null | undefined | void): value is T => value !== undefined && value !== null;

/** Calls `ends` (did-end callbacks) in reverse order, as Apollo calls those of its listeners; none when there are none. */
function endsInReverse(ends: Hook[]): Hook | undefined {
  if (ends.length === 0) return undefined;
  ends.reverse();
  return (...args) => {
    for (const end of ends) end(...args);
  };
}

/** The execution listeners of several plugins as one. */
function oneExecutionListener<C extends BaseContext>(listeners: GraphQLRequestExecutionListener<C>[]): GraphQLRequestExecutionListener<C> {
  const resolving = listeners.filter((l) => l.willResolveField);
  return {
    async executionDidEnd(error) {
      await Promise.all(listeners.map((l) => l.executionDidEnd?.(error)));
    },
    willResolveField: resolving.length === 0 ? undefined : (info) => endsInReverse(resolving.map((l) => l.willResolveField!(info)).filter(isDefined) as Hook[]),
  };
}

/** `listeners` as one listener with the hooks some of them have. */
function oneListener<C extends BaseContext>(listeners: Listener<C>[]): Listener<C> {
  const having = (hook: string) => listeners.filter((l) => (l as Record<string, unknown>)[hook]) as unknown as Record<string, Hook>[];
  const call = (hook: string, ls: Record<string, Hook>[], args: Args) => ls.map((l) => l[hook](...args));
  // A hook Apollo may add one day is not silently dropped.
  for (const listener of listeners) {
    for (const hook of Object.keys(listener)) if (!KNOWN.has(hook)) throw new Error(`request-listener.ts does not combine the hook ${hook}`);
  }
  const one: Record<string, Hook> = {};
  for (const hook of TOGETHER) {
    const ls = having(hook);
    if (ls.length === 1) one[hook] = (...args) => ls[0][hook](...args);
    else if (ls.length > 1) one[hook] = (...args) => Promise.all(call(hook, ls, args));
  }
  for (const hook of WITH_END) {
    const ls = having(hook);
    if (ls.length) one[hook] = async (...args) => endsInReverse((await Promise.all(call(hook, ls, args))).filter(isDefined) as Hook[]);
  }
  const answering = having('responseForOperation');
  if (answering.length) {
    one.responseForOperation = async (...args) => {
      for (const l of answering) {
        const response = await l.responseForOperation(...args);
        if (response != null) return response;
      }
      return null;
    };
  }
  const executing = having('executionDidStart');
  if (executing.length) {
    one.executionDidStart = async (...args) => {
      const ls = (await Promise.all(call('executionDidStart', executing, args))).filter(isDefined) as GraphQLRequestExecutionListener<C>[];
      return ls.length === 0 ? undefined : ls.length === 1 ? ls[0] : oneExecutionListener(ls);
    };
  }
  return one as Listener<C>;
}

const requestOnly = <C extends BaseContext>(plugin: ApolloServerPlugin<C>) => Object.keys(plugin).every((key) => key === 'requestDidStart');

/**
 * `plugins` with those that act only within requests (requestDidStart and nothing else) made one, placed after the
 * others (which act on the server, or also on the server: the response cache): an order that changes nothing, as the
 * only hook whose order counts, responseForOperation, is the response cache's alone.
 */
export function combineRequestPlugins<C extends BaseContext>(plugins: ApolloServerPlugin<C>[]): ApolloServerPlugin<C>[] {
  const starting = plugins.filter((p) => requestOnly(p) && p.requestDidStart);
  const combined: ApolloServerPlugin<C> = {
    async requestDidStart(context) {
      const listeners = (await Promise.all(starting.map((p) => p.requestDidStart!(context)))).filter(isDefined);
      return listeners.length === 0 ? undefined : listeners.length === 1 ? listeners[0] : oneListener(listeners);
    },
  };
  return [...plugins.filter((p) => !requestOnly(p)), combined];
}
