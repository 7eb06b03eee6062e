import { createCallerFactory, createRouter } from "./init";
import { articlesRouter } from "./routers/articles";
import { authRouter } from "./routers/auth";
import { editingRouter } from "./routers/editing";
import { reviewRouter } from "./routers/review";
import { searchRouter } from "./routers/search";
import { sourceRecordsRouter } from "./routers/source-records";
import { sourcesRouter } from "./routers/sources";
import { sourcingRouter } from "./routers/sourcing";
import { workspacesRouter } from "./routers/workspaces";

export const appRouter = createRouter({
  auth: authRouter,
  workspaces: workspacesRouter,
  articles: articlesRouter,
  sourcing: sourcingRouter,
  editing: editingRouter,
  sources: sourcesRouter,
  search: searchRouter,
  sourceRecords: sourceRecordsRouter,
  review: reviewRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
