import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './content';

/** An event as Python's icalendar reads it (tests/helpers/read-ics.py). */
export interface PythonEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string;
  description: string;
  start: { local?: string; utc?: string; date?: string };
  end: { local?: string; utc?: string; date?: string };
}

/** Reads calendar files with Debian's python3-icalendar, the second client beside ical.js. */
export function readWithPython(files: readonly string[]): Record<string, PythonEvent[]> {
  const result = spawnSync('/usr/bin/python3', [join(projectRoot, 'tests/helpers/read-ics.py'), ...files], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python3-icalendar could not read the files:\n${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, PythonEvent[]>;
}

/** The same for calendar texts held in memory. */
export function readTextsWithPython(texts: readonly string[]): PythonEvent[][] {
  const dir = mkdtempSync(join(tmpdir(), 'ics-'));
  try {
    const files = texts.map((text, i) => {
      const file = join(dir, `${i}.ics`);
      writeFileSync(file, text);
      return file;
    });
    const read = readWithPython(files);
    return files.map((f) => read[f]!);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
