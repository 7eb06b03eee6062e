import { createCallerFactory, createRouter } from "./init";
import { articlesRouter } from "./routers/articles";

export const appRouter = createRouter({
  articles: articlesRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
