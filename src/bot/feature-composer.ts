import { Composer, type Context, type Middleware, type MiddlewareFn, type NextFunction } from "grammy";

/**
 * grammY's Composer, run more cheaply: the same middleware in the same order with the same `next`,
 * for the ~30 features an update may pass through on its way to its handler.
 *
 * - `use` keeps a flat list walked by index, where grammY nests two async functions per registered
 *   middleware (`concat`). Those frames and their promises stay alive for the update's whole life,
 *   the reply's HTTP call included, so with dozens of updates in flight they survived the young
 *   generation's collections and were a large part of what the GC copied (the read-path profile).
 * - `branch` (under every `filter`, `on`, `command`, `hears`, `callbackQuery`) decides with the
 *   predicate and calls the branch's middleware, built once; grammY's is a `lazy`, which builds a
 *   new Composer and an async function per update at each one it passes, matched or not.
 *
 * A composer that `use` and `filter` return may still get middleware after this
 * (`.on(...).filter(...)`): it is asked for its middleware at each call, as grammY does. `next`
 * called twice is refused as grammY refuses it. No plugin does this (grammY's router picks one of
 * several composers; it does not change how a composer runs), and patching grammY's prototype would
 * change every plugin's composers too.
 */
export class FeatureComposer<C extends Context> extends Composer<C> {
  private readonly chain: Middleware<C>[];
  /** Always a promise, as grammY's composed middleware (an async function) always is. */
  private readonly runner: MiddlewareFn<C> = (ctx, next) => settled(() => this.run(ctx, next, 0));

  constructor(...middleware: Middleware<C>[]) {
    super();
    this.chain = middleware;
  }

  override middleware(): MiddlewareFn<C> {
    return this.runner;
  }

  override use(...middleware: Middleware<C>[]): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.chain.push(composer);
    return composer;
  }

  override filter<D extends C>(predicate: (ctx: C) => ctx is D, ...middleware: Middleware<D>[]): Composer<D>;
  override filter(predicate: (ctx: C) => boolean | Promise<boolean>, ...middleware: Middleware<C>[]): Composer<C>;
  override filter(predicate: (ctx: C) => boolean | Promise<boolean>, ...middleware: Middleware<C>[]): Composer<C> {
    // grammY's filter is a branch to a new composer or on; this one's composer runs as cheaply.
    const composer = new FeatureComposer<C>(...middleware);
    this.use(decide(predicate, composer.runner, (_ctx, next) => next()));
    return composer;
  }

  override branch(
    predicate: (ctx: C) => boolean | Promise<boolean>,
    trueMiddleware: Middleware<C> | Middleware<C>[],
    falseMiddleware: Middleware<C> | Middleware<C>[],
  ): Composer<C> {
    const onTrue = new FeatureComposer<C>(...(Array.isArray(trueMiddleware) ? trueMiddleware : [trueMiddleware])).runner;
    const onFalse = new FeatureComposer<C>(...(Array.isArray(falseMiddleware) ? falseMiddleware : [falseMiddleware])).runner;
    return this.use(decide(predicate, onTrue, onFalse));
  }

  private run(ctx: C, next: NextFunction, i: number): unknown {
    const middleware = this.chain[i];
    if (middleware === undefined) return next();
    let called = false;
    const onward: NextFunction = () => {
      if (called) return Promise.reject(new Error("`next` already called before!"));
      called = true;
      return settled(() => this.run(ctx, next, i + 1));
    };
    return (typeof middleware === "function" ? middleware : middleware.middleware())(ctx, onward);
  }
}

/** Middleware that runs `onTrue` or `onFalse` as `predicate` says; awaits it only when it returns a promise. */
function decide<C extends Context>(
  predicate: (ctx: C) => boolean | Promise<boolean>,
  onTrue: MiddlewareFn<C>,
  onFalse: MiddlewareFn<C>,
): MiddlewareFn<C> {
  return (ctx, next) => {
    const matched = predicate(ctx);
    if (matched instanceof Promise) return matched.then((yes) => (yes ? onTrue(ctx, next) : onFalse(ctx, next)));
    return matched ? onTrue(ctx, next) : onFalse(ctx, next);
  };
}

/** What `fn` returns as a promise, as an async function would: a throw becomes a rejection. */
function settled(fn: () => unknown): Promise<void> {
  try {
    const result = fn();
    return (result instanceof Promise ? result : Promise.resolve(result)) as Promise<void>;
  } catch (err) {
    return Promise.reject(err);
  }
}
