import * as fs from 'node:fs';

/** The last `n` non-blank lines of `file` from byte `fromOffset` on; none when it cannot be read. */
export function lastLines(file: string, n: number, fromOffset = 0): string[] {
  let text: string;
  try {
    const buf = fs.readFileSync(file);
    text = buf.subarray(Math.min(fromOffset, buf.length)).toString('utf8');
  } catch {
    return [];
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(-n);
}


/** The text of `file` from byte `offset` on; empty when it cannot be read. */
export function readFrom(file: string, offset: number): string {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const size = fs.fstatSync(fd).size;
      if (size <= offset) return '';
      const buf = Buffer.alloc(size - offset);
      fs.readSync(fd, buf, 0, buf.length, offset);
      return buf.toString('utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return '';
  }
}
