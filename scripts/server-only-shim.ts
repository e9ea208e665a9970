/**
 * `import "server-only"` throws unless the "react-server" export condition is active, which only
 * Next sets. The provider adapters carry that marker (they must never reach a client bundle), and
 * the standalone worker needs them, so this registers the package's own empty entry in its place.
 * Import it first: later imports then find "server-only" already loaded.
 */
import Module from "node:module";
import path from "node:path";

const entry = require.resolve("server-only");
const empty = new Module(entry);
empty.filename = entry;
empty.loaded = true;
empty.exports = {};
require.cache[entry] = empty;
// The package's own no-op file, for anything that resolves it by path.
require.cache[path.join(path.dirname(entry), "empty.js")] ??= empty;
