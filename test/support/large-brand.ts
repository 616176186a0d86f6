/** A brand file of many channels: the mid-size example's, cloned under new ids (as bench/run.mjs makes its large file). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './cli.js';

export function manyChannelsBrand(channels: number, dir = mkdtempSync(join(tmpdir(), 'smscore-large-'))): string {
  const doc = parseDocument(readFileSync(join(ROOT, 'examples', 'maison-lumiere.yaml'), 'utf8'));
  const list = (doc.toJS() as { channels: { id: string }[] }).channels;
  const base = list.length;
  for (let i = base; i < channels; i++) list.push({ ...structuredClone(list[i % base]!), id: `${list[i % base]!.id}-${i}` });
  doc.set('channels', doc.createNode(list));
  const file = join(dir, 'large.yaml');
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
  return file;
}
