import { createCallerFactory, createRouter } from "./init";
import { articlesRouter } from "./routers/articles";
import { sourcingRouter } from "./routers/sourcing";

export const appRouter = createRouter({
  articles: articlesRouter,
  sourcing: sourcingRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
