/**
 * The `yaml` library, loaded on first use. Most runs never need it: brand files in plain block YAML are read by
 * the fast reader (./fast-yaml.ts), and the shipped catalog and benchmarks are bundled as JSON at build time.
 * Loading it costs about a quarter of a bare Node start, so it is required only for files outside the fast
 * subset, for every error message, and for edits that keep comments (questionnaire).
 */
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');

const require = createRequire(import.meta.url);
let lib: YamlModule | undefined;

export function yamlLib(): YamlModule {
  return (lib ??= require('yaml') as YamlModule);
}
