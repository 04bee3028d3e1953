// Runs the CLI from source (tests spawn this with `node --import tsx`), exactly as bin/juesuan.js runs the build.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
