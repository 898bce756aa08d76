//! The `quotewire` command: a thin CLI over the library.
//!
//! Threads: one reader cuts the inputs into chunks, `--threads` workers decode and analyse
//! them and format their records, and the main thread writes the results in input order,
//! prints the messages and draws the progress bar. Queues are bounded, so memory stays
//! flat whatever the input size, and output is byte-identical for every thread count.
//!
//! Exit status: 0 when every record went through, 1 when any record or input was skipped
//! (each one reported on stderr as `quotewire: FILE:LINE: reason`), 2 for usage errors and
//! for data files (gazetteers, abbreviations) that cannot be loaded, 3 when the output
//! cannot be written, 130 and 143 when SIGINT or SIGTERM stopped the run.

mod run;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use quotewire::Pipeline;
use quotewire::attribution::Attributor;
use quotewire::gazetteer::{self, Gazetteer};
use quotewire::input::{self, Fields, MissingId, ReadOptions};
use quotewire::output::{self, Emit, Format, OutputOptions};
use quotewire::sentences::{Abbreviations, Segmenter};
use run::{Ended, Sink, Stats, Work, say};

/// Who said what, and who and where is mentioned, in news articles.
///
/// Reads articles (JSON Lines, text files, directories, gzip, stdin) and writes JSON Lines
/// records of their quotations with speakers and their mentions of people, organisations
/// and places.
#[derive(Debug, Clone, Parser)]
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

    /// Worker threads, 1 to 1024 [default: all cores].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    threads: Option<u16>,

    /// How inputs are read: by their content (auto), or every one as JSON Lines or as one
    /// text article. Under Spark, `--input-format jsonl` reads a partition whose first line
    /// is broken line by line all the same.
    #[arg(long, value_enum, default_value = "auto", value_name = "HOW")]
    input_format: input::InputFormat,

    /// The largest article read (a JSON line, a text file, a JSON array file), such as
    /// 64MiB or 1GiB; a larger one is skipped with a message.
    #[arg(long, value_name = "SIZE", default_value = "64MiB", value_parser = input::parse_size)]
    max_article_size: u64,

    /// Write the records into FILE (with a progress log, FILE.progress, for --resume).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Go on with a run into -o FILE that was stopped: keep its complete records, skip the
    /// input they cover, and write the rest (byte-identical to a run never stopped).
    #[arg(long, requires = "output")]
    resume: bool,

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

#[derive(Debug, Clone, Subcommand)]
enum Command {
    /// Work with gazetteer files.
    Gazetteer {
        #[command(subcommand)]
        action: GazetteerAction,
    },
}

#[derive(Debug, Clone, Subcommand)]
enum GazetteerAction {
    /// Validate gazetteer files without processing articles.
    Check {
        /// Gazetteer CSV files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

const EXIT_HELP: &str = "Exit status: 0 when every record went through, 1 when any record or \
input was skipped (each reported on stderr), 2 for usage errors and unloadable data files, 3 when \
the output cannot be written, 130/143 when stopped by SIGINT/SIGTERM.";

fn main() -> ExitCode {
    let cli = Cli::parse();
    run::panics::install_hook();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            say(&format!("{e:#}"));
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
    let found = input::discover(&cli.inputs);
    let opts = OutputOptions {
        emit: cli.emit,
        format: cli.format,
        sentences: cli.sentences,
        keep: cli.keep.clone(),
        provenance: cli.provenance,
        error_records: cli.on_error == OnError::Record,
    };
    let fields = Fields {
        id: cli.id_field.clone(),
        text: cli.text_field.clone(),
        keep: cli.keep.clone(),
        missing_id: cli.missing_id,
    };
    let threads = cli
        .threads
        .map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from)
        .max(1);
    let sources = &found.sources;
    let from_files = sources.iter().all(|s| matches!(s, input::Source::File { .. }));
    let progress = !cli.no_progress && (cli.progress || (from_files && io::stderr().is_terminal()));
    let total: u64 = sources
        .iter()
        .filter_map(|s| match s {
            input::Source::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            input::Source::Stdin => None,
        })
        .sum();

    let mut sink = match &cli.output {
        Some(path) => {
            let resumable = run::resume::Resumable::open(path, &run_name(&cli), cli.resume)?;
            Sink::file(resumable).with_context(|| format!("{}: cannot write", path.display()))?
        }
        None => Sink::stdout(),
    };
    let mut read =
        ReadOptions { max_article: cli.max_article_size, format: cli.input_format, ..ReadOptions::default() };
    let mut stats = Stats::default();
    let resumed = sink.resumed_from();
    match resumed {
        Some(from) => {
            read.start = from.at;
            stats = Stats { articles: from.articles, skipped: from.skipped };
        }
        None => {
            // Problems of the walk are counted once, by the run that starts.
            stats.skipped = found.problems.len() as u64;
            for p in &found.problems {
                say(p);
            }
            if opts.format == Format::Csv
                && let Err(e) = sink.write(&output::csv_header(&opts))
            {
                return Ok(write_failed(&e, &stats));
            }
            if opts.error_records
                && let Err(e) = sink.write(&problem_records(&found.problems))
            {
                return Ok(write_failed(&e, &stats));
            }
        }
    }
    for w in &found.warnings {
        say(&format!("warning: {w}"));
    }
    let stop = run::signals::Stop::install();
    let bar = progress.then(|| progress_bar(total));
    let work = Work { pipeline: &pipeline, opts: &opts, fields: &fields, read, threads };
    // `drive` ends the process itself when a signal or a write error stops it early.
    let ended = run::drive(&work, sources, &mut sink, &mut stats, &stop, bar.as_ref());
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let finished = match ended {
        Ended::Done => sink.finish(),
        Ended::WriteError(e) => Err(e),
        Ended::Signal(signal) => return Ok(ExitCode::from(signal.status())),
    };
    match finished {
        Ok(()) => {}
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Ok(write_failed(&e, &stats)),
    }
    if stats.skipped > 0 {
        say(&format!("{} articles, {} skipped", stats.articles, stats.skipped));
        // With --on-error record the problems are in the output: the job goes on.
        return Ok(ExitCode::from(if opts.error_records { 0 } else { 1 }));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reports a write error of the output: status 3.
fn write_failed(e: &io::Error, stats: &Stats) -> ExitCode {
    say(&format!("writing output: {e}; {} articles written before it", stats.articles));
    ExitCode::from(3)
}

/// What names a run for `--resume`: every option that shapes the output, so that a run is
/// resumed only with the inputs and options it started with.
fn run_name(cli: &Cli) -> String {
    let mut shape = cli.clone();
    shape.resume = false;
    shape.threads = None;
    shape.progress = false;
    shape.no_progress = false;
    format!("{shape:?}")
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
    let line = format!(
        "ok: {} files, {} persons, {} organizations, {} places, {} patterns\n",
        report.files, report.persons, report.organizations, report.places, report.patterns
    );
    match io::stdout().lock().write_all(line.as_bytes()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Ok(write_failed(&e, &Stats::default())),
    }
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
