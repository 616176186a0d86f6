/** The package version and where to report bugs, read once from package.json (the one place they are written). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../../package.json') as { version: string; bugs: { url: string } };
export const VERSION: string = pkg.version;
export const ISSUES_URL: string = pkg.bugs.url;
