// Moved to src/app/graph-runtime.ts (the app layer). Kept so code written against the old path (benches, branches
// being merged) still compiles; new code imports src/app/graph-runtime.
export { APP, connectGraph, GraphRuntime } from './app/graph-runtime';
