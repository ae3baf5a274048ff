import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

/**
 * grammY's Composer with a cheaper `branch`, which every `filter`, `on`, `command`, `hears` and
 * `callbackQuery` goes through. grammY's own branch is a `lazy`: for every update that reaches it,
 * it awaits the predicate in a new async function and builds a new Composer around the branch taken,
 * whether or not it matches. An update passes dozens of these on its way to its handler (every
 * command of every feature before its own), and that was a tenth of what the bot allocated per
 * update, the garbage collector's work included (see the profile in the read-path commit).
 * This one builds each branch's middleware once and only awaits a predicate that returns a promise;
 * what runs, in which order, with which `next`, is the same. The branches stay deferred: the
 * composer `filter` returns may still get middleware after this (`.on(...).filter(...)`).
 * No plugin does this (grammY's router plugin routes to one of several composers, not a filter's
 * two ways), and patching grammY's prototype would change it for every plugin too.
 */
export class FeatureComposer<C extends Context> extends Composer<C> {
  override branch(
    predicate: (ctx: C) => boolean | Promise<boolean>,
    trueMiddleware: Middleware<C> | Middleware<C>[],
    falseMiddleware: Middleware<C> | Middleware<C>[],
  ): Composer<C> {
    const onTrue = once(trueMiddleware);
    const onFalse = once(falseMiddleware);
    return this.use((ctx, next) => {
      const matched = predicate(ctx);
      if (matched instanceof Promise) return matched.then((yes) => (yes ? onTrue(ctx, next) : onFalse(ctx, next)));
      return matched ? onTrue(ctx, next) : onFalse(ctx, next);
    });
  }
}

/** Middleware as one function, built now; a composer among it is still asked for its handler at each call. */
function once<C extends Context>(middleware: Middleware<C> | Middleware<C>[]): MiddlewareFn<C> {
  return new Composer<C>(...(Array.isArray(middleware) ? middleware : [middleware])).middleware();
}
