/**
 * A read-only npm registry on 127.0.0.1 for tests that install a package the way a user does, without the
 * network: it serves the packages of this repository's package-lock.json, metadata built from the lockfile's
 * entries, tarballs from the npm cache (content-addressed by the lockfile's integrity, where `npm install` left
 * them). npm resolves against it as against registry.npmjs.org, from an empty cache and an empty folder.
 *
 * Usage: node offline-registry.mjs <package-lock.json> <npm cache folder>; prints the registry's URL on one
 * line, then serves until killed. An unknown package or a tarball missing from the cache answers 404 (npm then
 * fails with the package's name).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, createReadStream } from 'node:fs';
import { join } from 'node:path';

const [lockPath, cacheDir] = process.argv.slice(2);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'peerDependenciesMeta', 'bin', 'engines', 'os', 'cpu', 'license'];

/** name → version → manifest (without dist), and tarball id → cache file. */
const packages = new Map();
const tarballs = new Map();
for (const [key, entry] of Object.entries(lock.packages ?? {})) {
  if (!key || entry.link || !entry.integrity || (entry.resolved && !/^https?:/.test(entry.resolved))) continue;
  const name = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const [algorithm, digest] = entry.integrity.split(' ')[0].split('-');
  const hex = Buffer.from(digest, 'base64').toString('hex');
  tarballs.set(hex, join(cacheDir, '_cacache', 'content-v2', algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4)));
  const manifest = { name, version: entry.version, _tarball: hex, _integrity: entry.integrity };
  for (const field of FIELDS) if (entry[field] !== undefined) manifest[field] = entry[field];
  if (!packages.has(name)) packages.set(name, new Map());
  packages.get(name).set(entry.version, manifest);
}

const numeric = (version) => version.split(/[.+-]/).slice(0, 3).map(Number);
function newest(versions) {
  const stable = versions.filter((v) => !v.includes('-'));
  return (stable.length ? stable : versions).sort((a, b) => {
    const [x, y] = [numeric(a), numeric(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  }).at(-1);
}

const server = createServer((request, response) => {
  const base = `http://${request.headers.host}`;
  const path = decodeURIComponent((request.url ?? '/').split('?')[0]).replace(/^\/+/, '');
  // Tarballs at the registry's usual address, <name>/-/<basename>-<version>.tgz, so npm's errors name the package.
  const tarball = /^(.+)\/-\/[^/]+-(\d[^/]*)\.tgz$/.exec(path);
  if (tarball) {
    const file = tarballs.get(packages.get(tarball[1])?.get(tarball[2])?._tarball);
    if (!file || !existsSync(file)) return void response.writeHead(404).end(`${tarball[1]}@${tarball[2]} is not in the npm cache (npm install fetches it)`);
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    return void createReadStream(file).pipe(response);
  }
  const versions = packages.get(path);
  if (!versions) return void response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
  const packument = { name: path, 'dist-tags': { latest: newest([...versions.keys()]) }, versions: {} };
  for (const [version, { _tarball, _integrity, ...manifest }] of versions) {
    packument.versions[version] = { ...manifest, dist: { tarball: `${base}/${path}/-/${path.split('/').pop()}-${version}.tgz`, integrity: _integrity } };
  }
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(packument));
});
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}/`));
