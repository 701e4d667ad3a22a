// Serves a built story (adapter-static output) the way a static host does,
// for the second story, which is built into its own folder (BUILD_DIR) while
// the first is on `vite preview`.
//   node tests/e2e/static-server.mjs <dir> <port>
import { serveFolders } from '../../scripts/lib/static-server.mjs';

const [dir, port] = [process.argv[2], Number(process.argv[3])];
await serveFolders([['/', dir]], port);
console.log(`Serving ${dir} on ${port}`);
