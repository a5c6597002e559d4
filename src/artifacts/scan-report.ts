import type { Digest } from '../digest.js';
import type { Finding, Verdict } from '../findings.js';
import type { ArtifactVerdict, ScanPolicy } from './inspect.js';

/** What `scan` finds in a folder: each file's verdict, and the folders it did not enter. */

export interface ScannedFile {
  path: string;
  format: string;
  /** Absent for an entry that is not opened: a symbolic link not followed, a FIFO, a device. */
  size?: number;
  sha256?: Digest;
  verdict: ArtifactVerdict;
  findings: Finding[];
}

export interface ScanReport {
  verdict: Verdict;
  /** The pickle policy the verdicts were reached under. */
  policy: ScanPolicy['pickle'];
  files: ScannedFile[];
  /** Folders not scanned, with the reason: `.git`, and folders reached twice through links. */
  skipped: SkippedPath[];
}

/** A folder the walk did not descend into, and why; listed in the report. */
export interface SkippedPath {
  path: string;
  reason: string;
}
