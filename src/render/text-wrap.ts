/**
 * Word-wraps text to a width, keeping an indent (and a deeper one for continuation lines, if given); long words
 * are left whole rather than broken.
 */
export function wrap(text: string, width: number, indent = '', hanging = indent): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let prefix = indent;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const room = Math.max(20, width - prefix.length);
      if (line && line.length + 1 + word.length > room) {
        lines.push(prefix + line);
        prefix = hanging;
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    lines.push(prefix + line);
  }
  return lines;
}
