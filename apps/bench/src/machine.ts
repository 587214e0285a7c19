/** What the benchmark ran on, for the results file. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Machine {
  cores: number;
  model: string;
  memoryGiB: number;
  node: string;
  os: string;
  /** File system type of the folder the SQLite files live in (fsync cost depends on it). */
  tempFs: string;
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) return line.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

function fsType(dir: string): string {
  try {
    return (
      execFileSync('df', ['--output=fstype', dir], { encoding: 'utf8' }).split('\n')[1]?.trim() ??
      '?'
    );
  } catch {
    return 'unknown';
  }
}

export function describeMachine(tempRoot: string): Machine {
  return {
    cores: os.availableParallelism(),
    model: cpuModel(),
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    tempFs: `${tempRoot} (${fsType(tempRoot)})`,
  };
}
