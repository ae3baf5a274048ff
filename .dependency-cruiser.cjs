// The layer rules (README.md, "Development", the layout), checked on every `npm test`
// (tests/architecture.test.ts) and by `npm run lint:deps`.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make start-up order and refactoring fragile.",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-is-generic",
      severity: "error",
      comment: "lib/ holds helpers any layer may use, so it imports nothing else of the bot.",
      from: { path: "^src/lib/" },
      to: { path: "^src/", pathNot: "^src/lib/" },
    },
    {
      name: "db-below-domain",
      severity: "error",
      comment: "db/ (schema, connection, migrations, reference data) imports only lib/.",
      from: { path: "^src/db/" },
      to: { path: "^src/", pathNot: ["^src/db/", "^src/lib/"] },
    },
    {
      name: "config-below-everything",
      severity: "error",
      comment: "The configuration is read before anything else exists.",
      from: { path: "^src/config/" },
      to: { path: "^src/", pathNot: ["^src/config/", "^src/lib/"] },
    },
    {
      name: "domain-knows-no-bot",
      severity: "error",
      comment: "Domain logic is plain functions over the database: no grammY, nothing of bot/, jobs/ or server/.",
      from: { path: "^src/domain/" },
      to: { path: ["^src/(bot|jobs|server|app(\\.ts|/)|main\\.ts)", "node_modules/(grammy|@grammyjs)/"] },
    },
    {
      name: "app-on-top",
      severity: "error",
      comment: "src/app/ assembles the parts for app.ts: only app.ts (and what starts it) imports it.",
      from: { path: "^src/", pathNot: ["^src/app(\\.ts|/)", "^src/main\\.ts$"] },
      to: { path: "^src/app(\\.ts|/)" },
    },
    {
      name: "features-stand-alone",
      severity: "error",
      comment: "A feature never imports another: what two features share is a view, keyboard or codec.",
      from: { path: "^src/bot/features/([^/]+)\\.ts$" },
      to: { path: "^src/bot/features/", pathNot: "^src/bot/features/$1\\.ts$" },
    },
    {
      name: "views-without-ctx",
      severity: "error",
      comment: "Views, keyboards and codecs render from a render context, never the bot context, so the sender can use them.",
      from: { path: "^src/bot/(views|keyboards|callback-data)/" },
      to: { path: ["^src/bot/(context|send-view|buttons)\\.ts$", "^src/bot/(features|middlewares)/"] },
    },
    {
      name: "no-test-double-in-the-bot",
      severity: "error",
      comment: "The local Bot API server is a test double and try-it tool; the bot never runs it.",
      from: { path: "^src/" },
      to: { path: "^local-api/" },
    },
    {
      name: "no-tests-in-the-bot",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(tests|bench)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(dist|coverage)/" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
