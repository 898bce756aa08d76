//! The `quotewire` command: a thin CLI over the library.
//!
//! Threads: one reader cuts the inputs into chunks, `--threads` workers decode and analyse
//! them and format their records, and the main thread writes the results in input order,
//! prints the messages and draws the progress bar. Queues are bounded, so memory stays
//! flat whatever the input size, and output is byte-identical for every thread count.
//!
//! Exit status: 0 when every record went through, 1 when any record or input was skipped
//! (each one reported on stderr as `quotewire: FILE:LINE: reason`), 2 for usage errors and
//! for data files (gazetteers, abbreviations) that cannot be loaded.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use quotewire::Pipeline;
use quotewire::attribution::Attributor;
use quotewire::gazetteer::{self, Gazetteer};
use quotewire::input::{self, Article, Chunk, Fields, MissingId};
use quotewire::output::{self, Emit, Format, OutputOptions};
use quotewire::sentences::{Abbreviations, Segmenter};

/// Who said what, and who and where is mentioned, in news articles.
///
/// Reads articles (JSON Lines, text files, directories, gzip, stdin) and writes JSON Lines
/// records of their quotations with speakers and their mentions of people, organisations
/// and places.
#[derive(Debug, Parser)]
#[command(version, args_conflicts_with_subcommands = true, after_help = EXIT_HELP)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,

    /// Inputs: .jsonl/.ndjson (one article per line), text files (one article each),
    /// directories (walked for *.txt, *.jsonl, *.ndjson and their .gz), or - for stdin.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Which records to write.
    #[arg(long, value_enum, default_value = "articles")]
    emit: Emit,

    /// Output format; csv needs --emit quotes, mentions or sentences.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,

    /// Add sentence offsets to article records.
    #[arg(long)]
    sentences: bool,

    /// The JSON field that holds the article id.
    #[arg(long, default_value = "id", value_name = "FIELD")]
    id_field: String,

    /// The JSON field that holds the article text.
    #[arg(long, default_value = "text", value_name = "FIELD")]
    text_field: String,

    /// Input fields to copy into every output record (comma-separated); a dotted path
    /// (meta.url) reaches into nested objects.
    #[arg(long, value_delimiter = ',', value_name = "FIELD,...")]
    keep: Vec<String>,

    /// Add the source of every record: "file" (the input as given, - for stdin) and "line"
    /// (the JSON line; null for a text file).
    #[arg(long)]
    provenance: bool,

    /// The id of a JSON line without one: its line number, or a hash of its text (the same
    /// however the input is split, e.g. across Spark partitions).
    #[arg(long, value_enum, default_value = "line", value_name = "HOW")]
    missing_id: MissingId,

    /// A line or input that cannot be read: skip it (reported on stderr, exit status 1), or
    /// also write {"error","file","line"} on stdout in its place and exit 0 (jsonl only).
    #[arg(long, value_enum, default_value = "skip", value_name = "HOW")]
    on_error: OnError,

    /// A gazetteer CSV to add to the default one (repeatable).
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,

    /// Use only the gazetteers given with --gazetteer.
    #[arg(long)]
    no_default_gazetteer: bool,

    /// An abbreviation file to add to the default list (repeatable).
    #[arg(long, value_name = "FILE")]
    abbreviations: Vec<PathBuf>,

    /// Worker threads [default: all cores].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,

    /// Draw a progress bar on stderr (the default when stderr is a terminal and input comes
    /// from files).
    #[arg(long, conflicts_with = "no_progress")]
    progress: bool,

    /// Never draw a progress bar.
    #[arg(long)]
    no_progress: bool,
}

/// What becomes of input that cannot be read (`--on-error`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum OnError {
    /// Report it on stderr, skip it, exit 1.
    Skip,
    /// Report it on stderr and as an error record on stdout, exit 0.
    Record,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Work with gazetteer files.
    Gazetteer {
        #[command(subcommand)]
        action: GazetteerAction,
    },
}

#[derive(Debug, Subcommand)]
enum GazetteerAction {
    /// Validate gazetteer files without processing articles.
    Check {
        /// Gazetteer CSV files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

const EXIT_HELP: &str = "Exit status: 0 when every record went through, 1 when any record or \
input was skipped (each reported on stderr), 2 for usage errors and unloadable data files.";

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("quotewire: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Some(Command::Gazetteer { action: GazetteerAction::Check { files } }) = &cli.command {
        return check_gazetteers(files);
    }
    if cli.format == Format::Csv && cli.emit == Emit::Articles {
        bail!("--format csv needs --emit quotes, mentions or sentences (article records are nested)");
    }
    check_flags(&cli)?;
    // Data files given on the command line are loaded before anything is read, so that
    // their problems stop the run (status 2); the embedded data, which the test suite
    // checks, is built by the first worker that gets an article, so that empty input ends
    // at once.
    // The pipeline is leaked on purpose: the process ends with it, and freeing 34,000
    // entities one by one would take longer than tagging a few hundred articles.
    let cell: &'static OnceLock<Pipeline> = Box::leak(Box::new(OnceLock::new()));
    if !cli.gazetteer.is_empty() || !cli.abbreviations.is_empty() {
        let _ = cell.set(build_pipeline(&cli)?);
    }
    let pipeline = || cell.get_or_init(|| build_pipeline(&cli).expect("the embedded data loads"));
    let (sources, problems) = input::discover(&cli.inputs);
    let opts = Arc::new(OutputOptions {
        emit: cli.emit,
        format: cli.format,
        sentences: cli.sentences,
        keep: cli.keep.clone(),
        provenance: cli.provenance,
        error_records: cli.on_error == OnError::Record,
    });
    let fields = Arc::new(Fields {
        id: cli.id_field.clone(),
        text: cli.text_field.clone(),
        keep: cli.keep.clone(),
        missing_id: cli.missing_id,
    });
    let threads =
        cli.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let from_files = sources.iter().all(|s| matches!(s, input::Source::File { .. }));
    let progress = !cli.no_progress && (cli.progress || (from_files && io::stderr().is_terminal()));
    let total: u64 = sources
        .iter()
        .filter_map(|s| match s {
            input::Source::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            input::Source::Stdin => None,
        })
        .sum();

    let mut stats = Stats { skipped: problems.len() as u64, ..Stats::default() };
    for p in &problems {
        eprintln!("quotewire: {p}");
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(256 * 1024, stdout.lock());
    if opts.format == Format::Csv {
        out.write_all(&output::csv_header(&opts)).context("writing output")?;
    }
    if opts.error_records {
        out.write_all(&problem_records(&problems)).context("writing output")?;
    }
    let bar = progress.then(|| progress_bar(total));
    let outcome = drive(&pipeline, &opts, &fields, &sources, threads, &mut out, &mut stats, bar.as_ref());
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    match outcome.and_then(|()| out.flush()) {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e).context("writing output"),
    }
    if stats.skipped > 0 {
        eprintln!("quotewire: {} articles, {} skipped", stats.articles, stats.skipped);
        // With --on-error record the problems are in the output: the job goes on.
        return Ok(ExitCode::from(if opts.error_records { 0 } else { 1 }));
    }
    Ok(ExitCode::SUCCESS)
}

/// Rejects flag combinations that cannot work, before anything is read.
fn check_flags(cli: &Cli) -> Result<()> {
    output::check_keep(&cli.keep, cli.emit, cli.provenance).map_err(anyhow::Error::msg)?;
    if cli.on_error == OnError::Record && cli.format == Format::Csv {
        bail!("--on-error record needs --format jsonl (an error record has no CSV row)");
    }
    Ok(())
}

/// The error records of the inputs that could not be found (`--on-error record`).
fn problem_records(problems: &[String]) -> Vec<u8> {
    let mut buf = Vec::new();
    for p in problems {
        output::write_error(&mut buf, None, None, p);
    }
    buf
}

/// Gives the pipeline, building it on first use.
type GetPipeline<'a> = &'a (dyn Fn() -> &'static Pipeline + Sync);

fn build_pipeline(cli: &Cli) -> Result<Pipeline> {
    let mut abbreviations = Abbreviations::builtin();
    for path in &cli.abbreviations {
        abbreviations.extend(Abbreviations::from_path(path)?);
    }
    let mut builder = Gazetteer::builder();
    builder.include_default(!cli.no_default_gazetteer);
    for path in &cli.gazetteer {
        builder.add_path(path);
    }
    let gazetteer = builder.build()?;
    Ok(Pipeline::new(Segmenter::new(abbreviations), gazetteer, Attributor::builtin()))
}

fn check_gazetteers(files: &[PathBuf]) -> Result<ExitCode> {
    let report = gazetteer::check(files)?;
    println!(
        "ok: {} files, {} persons, {} organizations, {} places, {} patterns",
        report.files, report.persons, report.organizations, report.places, report.patterns
    );
    Ok(ExitCode::SUCCESS)
}

fn progress_bar(total: u64) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::with_draw_target(
        (total > 0).then_some(total),
        indicatif::ProgressDrawTarget::stderr_with_hz(4),
    );
    let template = if total > 0 {
        "{bar:30} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {msg} ETA {eta}"
    } else {
        "{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar
}

#[derive(Debug, Default)]
struct Stats {
    articles: u64,
    skipped: u64,
}

/// What a worker made of one chunk.
struct Done {
    seq: u64,
    out: Vec<u8>,
    messages: Vec<String>,
    articles: u64,
    skipped: u64,
}

/// Runs reader, workers and the ordered writer until the input ends or the output closes.
#[allow(clippy::too_many_arguments)]
fn drive(
    pipeline: GetPipeline,
    opts: &Arc<OutputOptions>,
    fields: &Arc<Fields>,
    sources: &[input::Source],
    threads: usize,
    out: &mut impl Write,
    stats: &mut Stats,
    bar: Option<&indicatif::ProgressBar>,
) -> io::Result<()> {
    let (chunk_tx, chunk_rx) = crossbeam_channel::bounded::<(u64, Chunk)>(threads * 2);
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Done>(threads * 2);
    let read_bytes = Arc::new(AtomicU64::new(0));
    let started = std::time::Instant::now();
    std::thread::scope(|scope| {
        let reader_bytes = read_bytes.clone();
        scope.spawn(move || {
            let mut seq = 0u64;
            input::read_sources(sources, &reader_bytes, |chunk| {
                seq += 1;
                chunk_tx.send((seq - 1, chunk)).is_ok()
            });
        });
        for _ in 0..threads {
            let (rx, tx) = (chunk_rx.clone(), done_tx.clone());
            scope.spawn(move || {
                for (seq, chunk) in rx {
                    if tx.send(process(seq, chunk, pipeline, opts, fields)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(chunk_rx);
        drop(done_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0u64;
        let mut result = Ok(());
        for done in &done_rx {
            pending.insert(done.seq, done);
            while let Some(done) = pending.remove(&next) {
                next += 1;
                for m in &done.messages {
                    eprintln!("quotewire: {m}");
                }
                stats.articles += done.articles;
                stats.skipped += done.skipped;
                if let Err(e) = out.write_all(&done.out) {
                    result = Err(e);
                    break;
                }
            }
            if result.is_err() {
                break;
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
        }
        // Dropping the receiver ends the workers, then the reader, on a closed output.
        drop(done_rx);
        result
    })
}

/// Decodes, analyses and formats one chunk.
fn process(seq: u64, chunk: Chunk, pipeline: GetPipeline, opts: &OutputOptions, fields: &Fields) -> Done {
    // Records take about as many bytes as their input: room for that up front saves the
    // copies of a growing buffer.
    let size = match &chunk {
        Chunk::Lines { data, .. } | Chunk::Text { data, .. } => data.len(),
        Chunk::Failed { .. } => 0,
    };
    let mut done = Done { seq, out: Vec::with_capacity(size), messages: Vec::new(), articles: 0, skipped: 0 };
    let emit = |article: &Article, done: &mut Done| {
        let pipeline = pipeline();
        let analysis = pipeline.analyze(&article.text);
        output::write_article(&mut done.out, opts, article, &analysis, pipeline.gazetteer());
        done.articles += 1;
    };
    match chunk {
        Chunk::Failed { message } => {
            if opts.error_records {
                output::write_error(&mut done.out, None, None, &message);
            }
            done.messages.push(message);
            done.skipped += 1;
        }
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
                kept: vec![serde_json::Value::Null; fields.keep.len()],
                file: Some(origin.clone()),
                line: None,
            };
            emit(&article, &mut done);
        }
        Chunk::Lines { origin, first_line, data } => {
            // memchr finds the line ends many bytes at a time.
            let ends = memchr::memchr_iter(b'\n', &data).chain(std::iter::once(data.len()));
            let mut start = 0;
            for (i, end) in ends.enumerate() {
                let line = &data[start..end];
                start = end + 1;
                let line_no = first_line + i as u64;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                match input::parse_line(line, line_no, fields) {
                    Ok(mut article) => {
                        article.file = Some(origin.clone());
                        emit(&article, &mut done)
                    }
                    Err(reason) => {
                        if opts.error_records {
                            output::write_error(&mut done.out, Some(&origin), Some(line_no), &reason);
                        }
                        done.messages.push(format!("{origin}:{line_no}: {reason}"));
                        done.skipped += 1;
                    }
                }
            }
        }
    }
    done
}
