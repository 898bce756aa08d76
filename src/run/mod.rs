//! The machinery of a run: one reader thread cuts the inputs into chunks, `--threads`
//! workers decode and analyse them and format their records, and the main thread writes the
//! results in input order, prints the messages, keeps the progress log of `-o` and draws
//! the progress bar. Queues are bounded, so memory stays flat whatever the input size, and
//! output is byte-identical for every thread count.

pub mod panics;
pub mod resume;
pub mod say;
pub mod signals;

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use quotewire::Pipeline;
use quotewire::input::{self, Article, Chunk, Fields, Position, ReadOptions};
use quotewire::output::{self, OutputOptions};

use resume::{Checkpoint, Resumable};
pub use say::say;
use signals::{Signal, Stop};

/// The command's allocator: mimalloc's per-thread free lists cost a fraction of the
/// system allocator's instructions for the many small, short-lived vectors and strings of
/// each article (the library leaves the choice to its user). Built without transparent huge
/// pages (`no_thp`), which doubled the peak RSS (78 MB against 40 MB on BBC x5). mimalloc 2
/// (`v2`) takes 0.3 % fewer instructions but about 10 MB more peak RSS.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Gives the pipeline, building it on first use.
pub type GetPipeline<'a> = &'a (dyn Fn() -> &'static Pipeline + Sync);

/// What the workers need besides the chunks.
pub struct Work<'a> {
    /// The pipeline.
    pub pipeline: GetPipeline<'a>,
    /// How to write records.
    pub opts: &'a OutputOptions,
    /// Which JSON fields hold what.
    pub fields: &'a Fields,
    /// How to read.
    pub read: ReadOptions,
    /// Worker threads.
    pub threads: usize,
}

/// Counts of a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    /// Articles written.
    pub articles: u64,
    /// Records and inputs skipped.
    pub skipped: u64,
}

/// How a run ended, when not at the end of its input.
#[derive(Debug)]
pub enum Ended {
    /// The input ended (or the reader of stdout went away, which is not an error).
    Done,
    /// Writing the output failed.
    WriteError(io::Error),
    /// A signal stopped it after a whole record.
    Signal(Signal),
}

/// Where the records go: stdout or an `-o` file, with its progress log.
pub struct Sink {
    out: io::BufWriter<Box<dyn Write>>,
    /// Bytes written so far (in the file, counting a resumed run's).
    written: u64,
    log: Option<Resumable>,
}

impl Sink {
    /// Records to stdout.
    pub fn stdout() -> Sink {
        Sink { out: io::BufWriter::with_capacity(256 * 1024, Box::new(io::stdout())), written: 0, log: None }
    }

    /// Records to an `-o` file.
    pub fn file(r: Resumable) -> io::Result<Sink> {
        let out: Box<dyn Write> = Box::new(r.file.try_clone()?);
        Ok(Sink { out: io::BufWriter::with_capacity(256 * 1024, out), written: r.from.bytes, log: Some(r) })
    }

    /// Where a resumed run goes on from.
    pub fn resumed_from(&self) -> Option<Checkpoint> {
        self.log.as_ref().map(|r| r.from).filter(|c| c.bytes > 0 || c.at != Position::default())
    }

    /// Writes bytes.
    pub fn write(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)?;
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// Notes that the bytes written so far are the records of the input up to `at`.
    fn checkpoint(&mut self, at: Position, stats: &Stats) -> io::Result<()> {
        let c = Checkpoint { bytes: self.written, at, articles: stats.articles, skipped: stats.skipped };
        match &mut self.log {
            Some(log) => log.note(&c),
            None => Ok(()),
        }
    }

    /// Flushes the records.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    /// The run is complete: flushes and removes the progress log.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()?;
        match self.log.take() {
            Some(log) => log.finish(),
            None => Ok(()),
        }
    }
}

/// What a worker made of one chunk.
struct Done {
    seq: u64,
    out: Vec<u8>,
    messages: Vec<String>,
    articles: u64,
    skipped: u64,
    /// Where the input stands after this chunk.
    at: Position,
}

impl Done {
    /// Counts a skipped article or source and reports it: on stderr, and with
    /// `--on-error record` as an error record in its place in the output.
    /// The error record says `reason`; stderr says it after `place` (`FILE:LINE`) when
    /// the reason does not name its place itself.
    fn problem(
        &mut self,
        opts: &OutputOptions,
        at: (Option<&str>, Option<u64>),
        reason: &str,
        place: Option<&str>,
    ) {
        if opts.error_records {
            output::write_error(&mut self.out, at.0, at.1, reason);
        }
        self.messages.push(match place {
            Some(place) => format!("{place}: {reason}"),
            None => reason.to_string(),
        });
        self.skipped += 1;
    }

    /// [`Done::problem`] for line `line_no` of `origin`.
    fn line_problem(&mut self, opts: &OutputOptions, origin: &str, line_no: u64, reason: &str) {
        self.problem(opts, (Some(origin), Some(line_no)), reason, Some(&format!("{origin}:{line_no}")));
    }
}

/// Runs reader, workers and the ordered writer until the input ends, the output fails or a
/// signal stops it. Every message is printed in input order.
pub fn drive(
    work: &Work,
    sources: &[input::Source],
    sink: &mut Sink,
    stats: &mut Stats,
    stop: &Stop,
    bar: Option<&indicatif::ProgressBar>,
) -> Ended {
    let threads = work.threads;
    let (chunk_tx, chunk_rx) = crossbeam_channel::bounded::<(u64, Chunk, Position)>(threads * 2);
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Done>(threads * 2);
    let read_bytes = Arc::new(AtomicU64::new(0));
    let started = std::time::Instant::now();
    std::thread::scope(|scope| {
        let reader_bytes = read_bytes.clone();
        let read = work.read;
        scope.spawn(move || {
            let mut seq = 0u64;
            input::read_sources(sources, &read, &reader_bytes, |chunk, at| {
                seq += 1;
                chunk_tx.send((seq - 1, chunk, at)).is_ok()
            });
        });
        for _ in 0..threads {
            let (rx, tx) = (chunk_rx.clone(), done_tx.clone());
            scope.spawn(move || {
                for (seq, chunk, at) in rx {
                    // `process` catches a panic per article; this is the net under it.
                    let done = panics::catch(|| process(seq, chunk, at, work)).unwrap_or_else(|panic| Done {
                        seq,
                        out: Vec::new(),
                        messages: vec![format!("internal error ({panic}), a chunk of input skipped")],
                        articles: 0,
                        skipped: 1,
                        at,
                    });
                    if tx.send(done).is_err() {
                        break;
                    }
                }
            });
        }
        drop(chunk_rx);
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let ended = loop {
            if let Some(signal) = stop.received() {
                break Ended::Signal(signal);
            }
            let done = match done_rx.recv_timeout(Duration::from_millis(100)) {
                Ok(done) => done,
                Err(crossbeam_channel::RecvTimeoutError::Timeout) => continue,
                Err(crossbeam_channel::RecvTimeoutError::Disconnected) => break Ended::Done,
            };
            pending.insert(done.seq, done);
            if let Err(e) = write_ready(&mut pending, &mut next, sink, stats, stop) {
                break e;
            }
            if let Some(bar) = bar {
                bar.set_position(read_bytes.load(Ordering::Relaxed));
                let secs = started.elapsed().as_secs_f64().max(1e-3);
                bar.set_message(format!(
                    "{} articles ({:.0}/s)",
                    stats.articles,
                    stats.articles as f64 / secs
                ));
            }
        };
        match ended {
            // The workers and the reader are done.
            Ended::Done => ended,
            // The reader may be waiting on a slow input, and the workers on it: the process
            // ends here, with the records written so far.
            other => finish_early(other, sink, stats, bar),
        }
    })
}

/// Writes the chunks that are next in input order. A signal stops it between chunks
/// (each ends with a whole record).
fn write_ready(
    pending: &mut BTreeMap<u64, Done>,
    next: &mut u64,
    sink: &mut Sink,
    stats: &mut Stats,
    stop: &Stop,
) -> Result<(), Ended> {
    while let Some(done) = pending.remove(next) {
        *next += 1;
        for m in &done.messages {
            say(m);
        }
        stats.articles += done.articles;
        stats.skipped += done.skipped;
        sink.write(&done.out).map_err(Ended::WriteError)?;
        sink.checkpoint(done.at, stats).map_err(Ended::WriteError)?;
        if let Some(signal) = stop.received() {
            return Err(Ended::Signal(signal));
        }
    }
    Ok(())
}

/// Ends a run that stops before its input does: flushes what was written and exits with
/// the status of the cause.
fn finish_early(ended: Ended, sink: &mut Sink, stats: &Stats, bar: Option<&indicatif::ProgressBar>) -> ! {
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let flushed = sink.flush();
    let write_error = match (&ended, &flushed) {
        (Ended::WriteError(e), _) | (_, Err(e)) => Some(e),
        _ => None,
    };
    let status = match (write_error, &ended) {
        // The reader of stdout went away: nothing more is wanted.
        (Some(e), _) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        (Some(e), _) => {
            say(&format!("writing output: {e}; {} articles written before it", stats.articles));
            3
        }
        (None, Ended::Signal(signal)) => {
            say(&format!(
                "stopped by {}: {} articles written, the last record whole ({} skipped)",
                signal.name(),
                stats.articles,
                stats.skipped
            ));
            signal.status()
        }
        (None, _) => 0,
    };
    std::process::exit(i32::from(status))
}

/// Decodes, analyses and formats one chunk. A panic in one article costs that article only.
fn process(seq: u64, chunk: Chunk, at: Position, work: &Work) -> Done {
    // Article records take about twice as many bytes as their input (2.2x on BBC, 2.4x with
    // sentences): room for that up front saves the copies of a growing buffer.
    let size = match &chunk {
        Chunk::Lines { data, .. } | Chunk::Text { data, .. } => data.len(),
        Chunk::Failed { .. } => 0,
    };
    let mut done =
        Done { seq, out: Vec::with_capacity(size * 3), messages: Vec::new(), articles: 0, skipped: 0, at };
    let emit = |article: &Article, place: &dyn Fn() -> String, done: &mut Done| {
        let mark = done.out.len();
        let result = panics::catch(|| {
            panics::injected_fault(&article.text);
            let pipeline = (work.pipeline)();
            let analysis = pipeline.analyze(&article.text);
            output::write_article(&mut done.out, work.opts, article, &analysis, pipeline.gazetteer());
        });
        match result {
            Ok(()) => done.articles += 1,
            Err(panic) => {
                done.out.truncate(mark);
                let reason = format!("internal error ({panic}), article skipped");
                done.problem(work.opts, (article.file.as_deref(), article.line), &reason, Some(&place()));
            }
        }
    };
    match chunk {
        Chunk::Failed { message } => done.problem(work.opts, (None, None), &message, None),
        // A blank source (empty stdin, an empty file) holds no article.
        Chunk::Text { data, .. } if data.iter().all(u8::is_ascii_whitespace) => {}
        Chunk::Text { origin, data } => {
            let text = match String::from_utf8(data) {
                Ok(text) => text,
                Err(e) => {
                    done.messages.push(format!("{origin}: invalid UTF-8, decoded lossily"));
                    String::from_utf8_lossy(e.as_bytes()).into_owned()
                }
            };
            let article = Article {
                id: origin.as_ref().into(),
                text,
                kept: vec![serde_json::Value::Null; work.fields.keep.len()],
                file: Some(origin.clone()),
                line: None,
            };
            emit(&article, &|| origin.to_string(), &mut done);
        }
        Chunk::Lines { origin, first_line, data } => {
            // memchr finds the line ends many bytes at a time.
            let ends = memchr::memchr_iter(b'\n', &data).chain(std::iter::once(data.len()));
            let mut start = 0;
            for (i, end) in ends.enumerate() {
                let Some(line) = data.get(start..end) else { break };
                start = end + 1;
                let line_no = first_line + i as u64;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                if line.len() as u64 > work.read.max_article {
                    let reason = format!(
                        "article larger than {} (--max-article-size), skipped",
                        input::human_size(work.read.max_article)
                    );
                    done.line_problem(work.opts, &origin, line_no, &reason);
                    continue;
                }
                match input::parse_line(line, line_no, work.fields) {
                    Ok(mut article) => {
                        article.file = Some(origin.clone());
                        emit(&article, &|| format!("{origin}:{line_no}"), &mut done)
                    }
                    Err(reason) => done.line_problem(work.opts, &origin, line_no, &reason),
                }
            }
        }
    }
    done
}
