//! `-o FILE` and `--resume`: a run that writes into a file keeps a progress log beside it
//! (`FILE.progress`), so that a run killed at any point can go on where it stopped.
//!
//! The log's first line names the run (every option that shapes the output); each further
//! line says "the first BYTES bytes of FILE are the records of the input up to POSITION",
//! with the article and skip counts so far. Lines are appended as the writer goes, before
//! their bytes are flushed: on resume, the last line whose BYTES the file holds is the point
//! to go on from: the file is cut there (which drops a partial last record) and reading
//! starts at its position, so the output ends byte-identical to an uninterrupted run. The
//! log is removed when the run ends.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use quotewire::input::Position;

/// The first word of a progress log.
const MAGIC: &str = "quotewire-progress 1";

/// One point of a run: the output bytes written for the input up to a position.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checkpoint {
    /// Bytes of output.
    pub bytes: u64,
    /// Where the input stands.
    pub at: Position,
    /// Articles written so far.
    pub articles: u64,
    /// Records and inputs skipped so far.
    pub skipped: u64,
}

impl Checkpoint {
    fn line(&self) -> String {
        format!("{} {} {} {} {}\n", self.bytes, self.at.source, self.at.line, self.articles, self.skipped)
    }

    fn parse(line: &str) -> Option<Checkpoint> {
        let mut f = line.split(' ').map(|w| w.parse::<u64>().ok());
        let c = Checkpoint {
            bytes: f.next()??,
            at: Position { source: usize::try_from(f.next()??).ok()?, line: f.next()?? },
            articles: f.next()??,
            skipped: f.next()??,
        };
        f.next().is_none().then_some(c)
    }
}

/// The output file of a run and its progress log.
#[derive(Debug)]
pub struct Resumable {
    /// The output, opened for appending at the checkpoint.
    pub file: File,
    /// Where to go on from (all zero for a fresh run).
    pub from: Checkpoint,
    log: File,
    log_path: PathBuf,
}

/// The progress log of `output`.
pub fn log_path(output: &Path) -> PathBuf {
    let mut name = output.as_os_str().to_owned();
    name.push(".progress");
    PathBuf::from(name)
}

impl Resumable {
    /// Opens `output` for a run named `run` (a description of every option that shapes the
    /// output): from scratch, or, with `resume`, from the last checkpoint its log holds.
    pub fn open(output: &Path, run: &str, resume: bool) -> Result<Resumable> {
        let log_path = log_path(output);
        let run = run.replace('\n', " ");
        let from = if resume { last_checkpoint(output, &log_path, &run)? } else { None };
        let from = from.unwrap_or_default();
        let mut file = OpenOptions::new()
            .create(true)
            .write(true)
            .truncate(from.bytes == 0)
            .open(output)
            .with_context(|| format!("{}: cannot write", output.display()))?;
        file.set_len(from.bytes)
            .with_context(|| format!("{}: cannot cut to its checkpoint", output.display()))?;
        io::Seek::seek(&mut file, io::SeekFrom::End(0))?;
        // The log is rewritten whole, then renamed into place: a crash leaves the old one or
        // the new one.
        let tmp = log_path.with_extension("progress.tmp");
        let mut log = File::create(&tmp).with_context(|| format!("{}: cannot write", tmp.display()))?;
        log.write_all(format!("{MAGIC} {run}\n{}", from.line()).as_bytes())?;
        std::fs::rename(&tmp, &log_path).with_context(|| format!("{}: cannot write", log_path.display()))?;
        Ok(Resumable { file, from, log, log_path })
    }

    /// Notes a checkpoint (its bytes need not be flushed yet).
    pub fn note(&mut self, c: &Checkpoint) -> io::Result<()> {
        self.log.write_all(c.line().as_bytes())
    }

    /// The run is complete: the log goes.
    pub fn finish(self) -> io::Result<()> {
        drop(self.log);
        std::fs::remove_file(&self.log_path)
    }
}

/// The last checkpoint of a run of `output` whose bytes the file holds; none for a run
/// that has not started. An error when the log belongs to another run or is missing while
/// the output is not empty.
fn last_checkpoint(output: &Path, log_path: &Path, run: &str) -> Result<Option<Checkpoint>> {
    let len = match std::fs::metadata(output) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e).with_context(|| format!("{}", output.display())),
    };
    let log = match File::open(log_path) {
        Ok(log) => log,
        Err(e) if e.kind() == io::ErrorKind::NotFound && len == 0 => return Ok(None),
        Err(e) if e.kind() == io::ErrorKind::NotFound => bail!(
            "--resume: {} has no progress log ({}): it is complete, or was not written by quotewire -o",
            output.display(),
            log_path.display()
        ),
        Err(e) => return Err(e).with_context(|| format!("{}", log_path.display())),
    };
    let mut lines = BufReader::new(log).lines();
    let head = lines.next().transpose()?.unwrap_or_default();
    if head.strip_prefix(MAGIC).map(str::trim) != Some(run.trim()) {
        bail!(
            "--resume: {} was written by a run with other inputs or options; run without --resume to start over",
            output.display()
        );
    }
    let mut best = None;
    // A line cut by a crash does not parse; a checkpoint past the end of the file was
    // noted before its bytes reached the disk.
    for line in lines.map_while(Result::ok) {
        match Checkpoint::parse(&line) {
            Some(c) if c.bytes <= len => best = Some(c),
            _ => {}
        }
    }
    Ok(best)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checkpoint_lines_round_trip() {
        let c = Checkpoint { bytes: 12, at: Position { source: 3, line: 44 }, articles: 5, skipped: 1 };
        assert_eq!(Checkpoint::parse(c.line().trim_end()), Some(c));
        assert_eq!(Checkpoint::parse("12 3 4"), None);
        assert_eq!(Checkpoint::parse("12 3 4 5 6 7"), None);
    }
}
