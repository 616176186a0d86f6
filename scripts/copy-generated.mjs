// tsc does not copy .cjs files: put the generated validators beside the compiled code.
import { cpSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
cpSync(join(root, 'src', 'generated'), join(root, 'dist', 'generated'), { recursive: true });
