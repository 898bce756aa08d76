//! Loading gazetteer files: CSV entity tables and one-entry-a-line word lists.
//!
//! Every problem found is collected as a [`Problem`] (`FILE:LINE: reason`); a gazetteer with
//! any problem is refused as a whole.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::context::{self, ContextWords};
use super::matcher::Matcher;
use super::{AttrTable, Attrs, Entity, EntityType, Gazetteer, GazetteerError, builtin};
use crate::ascii::WordHashing;

/// One problem found while loading: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file path, or the origin given to [`GazetteerBuilder::add_reader`].
    pub origin: String,
    /// The 1-based line, when the problem has one.
    pub line: Option<u64>,
    /// What is wrong, in a few words.
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.origin, line, self.reason),
            None => write!(f, "{}: {}", self.origin, self.reason),
        }
    }
}

/// What [`check`] found in a set of valid gazetteer files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Files read.
    pub files: usize,
    /// Entities of type person.
    pub persons: usize,
    /// Entities of type organization.
    pub organizations: usize,
    /// Entities of type place.
    pub places: usize,
    /// Distinct strings the matcher searches for (names, aliases, demonyms, surnames).
    pub patterns: usize,
}

/// Checks gazetteer CSV files on their own (without the embedded default), as
/// `quotewire gazetteer check FILE...` does: every problem, or a summary.
pub fn check<P: AsRef<Path>>(paths: &[P]) -> Result<CheckReport, GazetteerError> {
    let mut builder = Gazetteer::builder();
    builder.include_default(false);
    for path in paths {
        builder.add_path(path);
    }
    let gaz = builder.build()?;
    let count = |kind| gaz.entities().iter().filter(|e| e.kind == kind).count();
    Ok(CheckReport {
        files: paths.len(),
        persons: count(EntityType::Person),
        organizations: count(EntityType::Organization),
        places: count(EntityType::Place),
        patterns: gaz.matcher.pattern_count(),
    })
}

/// A source of text: its origin (a path or a name) and its contents, or why it could not be read.
pub(crate) struct Source {
    origin: String,
    text: Result<Cow<'static, str>, String>,
    /// Our own embedded data, parsed by [`split_trusted`] rather than the `csv` crate.
    trusted: bool,
}

impl Source {
    fn from_reader<R: Read>(mut rdr: R, origin: &str) -> Source {
        let mut text = String::new();
        let text = rdr.read_to_string(&mut text).map(|_| Cow::Owned(text)).map_err(|e| e.to_string());
        Source { origin: origin.to_string(), text, trusted: false }
    }

    fn from_path(path: &Path) -> Source {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path).map(Cow::Owned).map_err(|e| e.to_string());
        Source { origin, text, trusted: false }
    }

    pub(crate) fn embedded(origin: &str, text: &'static str) -> Source {
        Source { origin: origin.to_string(), text: Ok(Cow::Borrowed(text)), trusted: true }
    }
}

/// The inputs of a gazetteer, by kind.
#[derive(Default)]
pub(crate) struct Sources {
    pub csvs: Vec<Source>,
    pub stoplists: Vec<Source>,
    pub titles: Vec<Source>,
    pub given_names: Vec<Source>,
}

/// Builds a [`Gazetteer`] from CSV entity files and word lists.
///
/// Loaders come in pairs: `add_path` (errors name the path) and `add_reader` (errors name the
/// origin you give). The embedded default data is included unless `include_default(false)` is set.
pub struct GazetteerBuilder {
    default: bool,
    own: Sources,
}

impl Default for GazetteerBuilder {
    fn default() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }
}

impl GazetteerBuilder {
    /// A builder with no files of its own, including the embedded default.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder { default: true, own: Sources::default() }
    }

    /// Whether to include the embedded default gazetteer, stop-list, titles and given names
    /// (default: `true`).
    pub fn include_default(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.default = yes;
        self
    }

    /// Adds a CSV entity file.
    pub fn add_path<P: AsRef<Path>>(&mut self, path: P) -> &mut GazetteerBuilder {
        self.own.csvs.push(Source::from_path(path.as_ref()));
        self
    }

    /// Adds CSV entity data read from `rdr`; `origin` names it in problems.
    pub fn add_reader<R: Read>(&mut self, rdr: R, origin: &str) -> &mut GazetteerBuilder {
        self.own.csvs.push(Source::from_reader(rdr, origin));
        self
    }

    /// Adds a stop-list file: one name a line (`#` starts a comment line). Names on it are
    /// tagged only with strong context; the comparison is case-sensitive.
    pub fn add_stoplist_path<P: AsRef<Path>>(&mut self, path: P) -> &mut GazetteerBuilder {
        self.own.stoplists.push(Source::from_path(path.as_ref()));
        self
    }

    /// Adds a stop-list read from `rdr` (see [`GazetteerBuilder::add_stoplist_path`]).
    pub fn add_stoplist_reader<R: Read>(&mut self, rdr: R, origin: &str) -> &mut GazetteerBuilder {
        self.own.stoplists.push(Source::from_reader(rdr, origin));
        self
    }

    /// Adds a titles file: one title a line ("President", "Prime Minister", "Mr").
    pub fn add_titles_path<P: AsRef<Path>>(&mut self, path: P) -> &mut GazetteerBuilder {
        self.own.titles.push(Source::from_path(path.as_ref()));
        self
    }

    /// Adds titles read from `rdr` (see [`GazetteerBuilder::add_titles_path`]).
    pub fn add_titles_reader<R: Read>(&mut self, rdr: R, origin: &str) -> &mut GazetteerBuilder {
        self.own.titles.push(Source::from_reader(rdr, origin));
        self
    }

    /// Adds a list of given names, one a line: a given name just before a surname marks a
    /// different person ("Chelsea Clinton" is not Hillary).
    pub fn add_given_names_reader<R: Read>(&mut self, rdr: R, origin: &str) -> &mut GazetteerBuilder {
        self.own.given_names.push(Source::from_reader(rdr, origin));
        self
    }

    /// Loads and validates everything, and builds the matcher. Fails with every problem
    /// found, one per line in the error's `Display`.
    pub fn build(&self) -> Result<Gazetteer, GazetteerError> {
        let emb = if self.default { builtin::sources() } else { Sources::default() };
        let mut problems = vec![];
        let mut loader = Loader::default();
        for src in emb.csvs.iter().chain(&self.own.csvs) {
            match &src.text {
                Ok(Cow::Borrowed(text)) if src.trusted => {
                    loader.load_trusted_csv(&src.origin, text, &mut problems)
                }
                Ok(text) => loader.load_csv(&src.origin, text, &mut problems),
                Err(e) => problems.push(problem(&src.origin, None, format!("cannot read: {e}"))),
            }
        }
        let mut lists = |emb: &[Source], own: &[Source]| -> Vec<String> {
            let mut words = vec![];
            for src in emb.iter().chain(own) {
                match &src.text {
                    Ok(text) => words.extend(word_list(text)),
                    Err(e) => problems.push(problem(&src.origin, None, format!("cannot read: {e}"))),
                }
            }
            words
        };
        let lists = Lists {
            stoplist: lists(&emb.stoplists, &self.own.stoplists),
            titles: lists(&emb.titles, &self.own.titles),
            given_names: lists(&emb.given_names, &self.own.given_names),
            context: ContextWords::parse(context::BUILTIN.0, context::BUILTIN.1, &mut problems),
        };
        if !problems.is_empty() {
            return Err(GazetteerError::Invalid(problems));
        }
        let matcher = Matcher::new(&loader.entities, &loader.extra, lists);
        Ok(Gazetteer { entities: loader.entities, matcher })
    }
}

/// The word lists that steer matching.
pub(crate) struct Lists {
    pub stoplist: Vec<String>,
    pub titles: Vec<String>,
    pub given_names: Vec<String>,
    pub context: ContextWords,
}

pub(crate) fn problem(origin: &str, line: Option<u64>, reason: String) -> Problem {
    Problem { origin: origin.to_string(), line, reason }
}

/// The non-empty, non-comment lines of a word list, trimmed.
fn word_list(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_string)
}

/// The names an entity is matched by, besides its canonical name.
#[derive(Debug, Default, Clone)]
pub(crate) struct Extra {
    /// Aliases; `true` when case-insensitive (`~`).
    pub aliases: Vec<(String, bool)>,
    /// Demonyms; `true` when case-insensitive (`~`).
    pub demonyms: Vec<(String, bool)>,
}

#[derive(Default)]
struct Loader {
    entities: Vec<Entity>,
    extra: Vec<Extra>,
    /// The files loaded.
    origins: Vec<String>,
    /// id → where it was first defined (file index, line). Embedded ids are borrowed.
    ids: HashMap<Cow<'static, str>, (usize, u64), WordHashing>,
}

/// The columns of the CSV file being read, and its entities so far.
struct CsvFile {
    /// The file's index in `Loader::origins`.
    file: usize,
    id: usize,
    kind: usize,
    name: usize,
    aliases: Option<usize>,
    demonyms: Option<usize>,
    /// The attribute columns (all but the required ones).
    attr_cols: Vec<usize>,
    /// The attribute values of the file's entities.
    table: AttrTable,
    /// (id, type, name, range of pairs in `table`) of every valid row.
    pending: Vec<(String, EntityType, String, (u32, u32))>,
}

impl Loader {
    /// Reads a CSV file with the `csv` crate: user files, whose every problem is reported.
    fn load_csv(&mut self, origin: &str, text: &str, problems: &mut Vec<Problem>) {
        let mut rdr = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let headers = match rdr.headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                problems.push(problem(origin, Some(1), format!("bad header: {e}")));
                return;
            }
        };
        let Some(mut file) = self.begin(origin, text, headers.iter(), problems) else {
            return;
        };
        let mut rec = csv::StringRecord::new();
        loop {
            match rdr.read_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = e.position().map(|p| p.line());
                    problems.push(problem(origin, line, format!("bad CSV record: {e}")));
                    if !matches!(
                        e.kind(),
                        csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                    ) {
                        break;
                    }
                    continue;
                }
            }
            let line = rec.position().map_or(0, |p| p.line());
            let field = |i: usize| rec.get(i).unwrap_or("");
            self.row(origin, &mut file, line, field, |id| Cow::Owned(id.to_string()), problems);
        }
        self.finish(file);
    }

    /// Reads one of our embedded CSV files: lines split by [`split_trusted`], which is much
    /// cheaper than the `csv` crate's general reader (a test checks that both read every
    /// embedded file alike). A line it cannot read is a problem.
    fn load_trusted_csv(&mut self, origin: &str, text: &'static str, problems: &mut Vec<Problem>) {
        let mut lines = (1..).zip(lines(text)).filter(|(_, l)| !l.is_empty() && *l != "\r");
        let mut fields = Vec::new();
        let header = lines.next();
        if let Some((n, line)) = header
            && split_trusted(line, &mut fields).is_none()
        {
            problems.push(problem(
                origin,
                Some(n),
                "bad header: quoting the embedded reader cannot read".into(),
            ));
            return;
        }
        let names = fields.clone();
        let Some(mut file) = self.begin(origin, text, names.iter().copied(), problems) else {
            return;
        };
        let width = names.len();
        for (n, line) in lines {
            if split_trusted(line, &mut fields).is_none() {
                problems.push(problem(
                    origin,
                    Some(n),
                    "bad CSV record: quoting the embedded reader cannot read".into(),
                ));
                continue;
            }
            if fields.len() != width {
                let reason = format!(
                    "bad CSV record: found record with {} fields, but the header has {width}",
                    fields.len()
                );
                problems.push(problem(origin, Some(n), reason));
                continue;
            }
            let field = |i: usize| fields.get(i).copied().unwrap_or("");
            self.row(origin, &mut file, n, field, Cow::Borrowed, problems);
        }
        self.finish(file);
    }

    /// Starts reading a file from its header, or reports its missing required columns.
    fn begin<'h>(
        &mut self,
        origin: &str,
        text: &str,
        headers: impl Iterator<Item = &'h str> + Clone,
        problems: &mut Vec<Problem>,
    ) -> Option<CsvFile> {
        let rows = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        self.ids.reserve(rows);
        self.entities.reserve(rows);
        self.extra.reserve(rows);
        let col = |name: &str| headers.clone().position(|h| h.trim() == name);
        let (id, kind, name) = (col("id"), col("type"), col("name"));
        let (Some(id), Some(kind), Some(name)) = (id, kind, name) else {
            for (c, label) in [(id, "id"), (kind, "type"), (name, "name")] {
                if c.is_none() {
                    let reason = format!("missing required column '{label}'");
                    problems.push(problem(origin, Some(1), reason));
                }
            }
            return None;
        };
        let file = self.origins.len();
        self.origins.push(origin.to_string());
        // The attribute columns, and their values for every entity of the file in one table
        // (keys are indexed by column; the required columns are never looked up).
        let attr_cols: Vec<usize> =
            (0..headers.clone().count()).filter(|&i| i != id && i != kind && i != name).collect();
        let table = AttrTable {
            keys: headers.clone().map(|h| h.trim().into()).collect(),
            values: String::with_capacity(text.len()),
            pairs: Vec::with_capacity(rows * attr_cols.len()),
        };
        Some(CsvFile {
            file,
            id,
            kind,
            name,
            aliases: col("aliases"),
            demonyms: col("demonyms"),
            attr_cols,
            table,
            pending: Vec::with_capacity(rows),
        })
    }

    /// Checks and keeps one row, whose column `i` is `field(i)` (untrimmed); `key` makes
    /// the id a key of `Loader::ids` (borrowed from embedded data, which lives for ever).
    fn row<'r>(
        &mut self,
        origin: &str,
        f: &mut CsvFile,
        line: u64,
        field: impl Fn(usize) -> &'r str,
        key: impl Fn(&'r str) -> Cow<'static, str>,
        problems: &mut Vec<Problem>,
    ) {
        let mut bad = |reason: String| problems.push(problem(origin, Some(line), reason));
        let field = |i: usize| trim(field(i));
        let (eid, ename) = (field(f.id), field(f.name));
        let mut ok = true;
        if eid.is_empty() {
            bad("empty id".to_string());
            ok = false;
        } else if let Some(&(file, l)) = self.ids.get(eid) {
            let o = &self.origins[file];
            bad(format!("duplicate id '{eid}' (first defined at {o}:{l})"));
            ok = false;
        }
        let etype = EntityType::parse(field(f.kind));
        if etype.is_none() {
            let t = field(f.kind);
            bad(format!("unknown type '{t}' (expected person, organization or place)"));
            ok = false;
        }
        if ename.is_empty() {
            bad("empty name".to_string());
            ok = false;
        } else if !ename.chars().any(char::is_alphanumeric) {
            bad(format!("name '{ename}' has no letter or digit"));
            ok = false;
        }
        let mut extra = Extra::default();
        for (c, what, out) in
            [(f.aliases, "alias", &mut extra.aliases), (f.demonyms, "demonym", &mut extra.demonyms)]
        {
            let Some(c) = c else { continue };
            let value = field(c);
            if value.is_empty() {
                continue;
            }
            for item in value.split('|') {
                let (ci, word) = match item.trim().strip_prefix('~') {
                    Some(rest) => (true, rest.trim()),
                    None => (false, item.trim()),
                };
                if word.is_empty() {
                    bad(format!("empty {what} in '{value}'"));
                    ok = false;
                } else if !word.chars().any(char::is_alphanumeric) {
                    bad(format!("{what} '{word}' has no letter or digit"));
                    ok = false;
                } else {
                    out.push((word.to_string(), ci));
                }
            }
        }
        let (Some(etype), true) = (etype, ok) else {
            return;
        };
        let table = &mut f.table;
        let first = table.pairs.len() as u32;
        for &i in &f.attr_cols {
            let value = field(i);
            if !value.is_empty() {
                let start = table.values.len() as u32;
                table.values.push_str(value);
                table.pairs.push((i as u32, start, table.values.len() as u32));
            }
        }
        self.ids.insert(key(eid), (f.file, line));
        let pairs = (first, table.pairs.len() as u32);
        f.pending.push((eid.to_string(), etype, ename.to_string(), pairs));
        self.extra.push(extra);
    }

    /// Adds the file's entities.
    fn finish(&mut self, file: CsvFile) {
        let CsvFile { mut table, pending, .. } = file;
        table.values.shrink_to_fit();
        table.pairs.shrink_to_fit();
        let table = Arc::new(table);
        self.entities.extend(pending.into_iter().map(|(id, kind, name, pairs)| Entity {
            id,
            kind,
            name,
            attrs: Attrs::new(table.clone(), pairs),
        }));
    }
}

/// The lines of `text` split at every `\n` (as `str::split` does), found with `memchr`.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut from = 0;
    ends.map(move |end| {
        let line = &text[from..end];
        from = end + 1;
        line
    })
}

/// `s` without leading and trailing whitespace: a look at its first and last bytes for the
/// usual field that has none.
fn trim(s: &str) -> &str {
    let plain = |&b: &u8| b < 0x80 && !char::from(b).is_whitespace();
    match (s.as_bytes().first(), s.as_bytes().last()) {
        (Some(a), Some(z)) if plain(a) && plain(z) => s,
        _ => s.trim(),
    }
}

/// Splits a line of our own embedded CSV into `fields`: comma-separated, a field in double
/// quotes may hold commas. `None` for anything else (a doubled quote, a quote inside an
/// unquoted field, text after a closing quote, a quoted field running past the line),
/// which the embedded files never have. Commas are found eight bytes at a time.
fn split_trusted<'t>(line: &'t str, fields: &mut Vec<&'t str>) -> Option<()> {
    fields.clear();
    let line = line.strip_suffix('\r').unwrap_or(line);
    let bytes = line.as_bytes();
    if memchr::memchr(b'"', bytes).is_some() {
        return split_quoted(line, fields);
    }
    let mut start = 0;
    let mut base = 0;
    while let Some(chunk) = bytes.get(base..).and_then(|b| b.first_chunk::<8>()) {
        let mut commas = commas(u64::from_le_bytes(*chunk));
        while commas != 0 {
            let i = base + (commas.trailing_zeros() / 8) as usize;
            fields.push(&line[start..i]);
            start = i + 1;
            commas &= commas - 1;
        }
        base += 8;
    }
    for i in base..bytes.len() {
        if bytes[i] == b',' {
            fields.push(&line[start..i]);
            start = i + 1;
        }
    }
    fields.push(&line[start..]);
    Some(())
}

/// The high bit of every byte of `x` (eight bytes, little-endian) that is a comma.
fn commas(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let v = x ^ 0x2c2c_2c2c_2c2c_2c2c;
    // Per byte: the high bit of `(v & 0x7f) + 0x7f` is set when its low bits are not all
    // zero, with no carry into the next byte; with `v`'s own high bit, non-zero bytes.
    !(((v & LOW7) + LOW7) | v) & !LOW7
}

/// [`split_trusted`] for a line with a double quote.
fn split_quoted<'t>(line: &'t str, fields: &mut Vec<&'t str>) -> Option<()> {
    let bytes = line.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b',' => {
                fields.push(&line[start..i]);
                start = i + 1;
            }
            b'"' if i == start => {
                // A quoted field: up to the closing quote, which must end the field.
                let q = i + 1 + memchr::memchr(b'"', &bytes[i + 1..])?;
                if !matches!(bytes.get(q + 1), None | Some(b',')) {
                    return None;
                }
                fields.push(&line[i + 1..q]);
                start = q + 2;
                i = q + 1;
                if i == bytes.len() {
                    return Some(());
                }
            }
            b'"' => return None,
            _ => {}
        }
        i += 1;
    }
    fields.push(&line[start..]);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded CSV file reads the same with [`split_trusted`] as with the `csv` crate.
    #[test]
    fn the_trusted_reader_reads_the_embedded_files_like_the_csv_crate() {
        for src in builtin::sources().csvs {
            let text = src.text.as_ref().expect("embedded");
            let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
            let want: Vec<(u64, Vec<String>)> = rdr
                .records()
                .map(|r| {
                    let r = r.expect("valid CSV");
                    (r.position().map_or(0, |p| p.line()), r.iter().map(str::to_string).collect())
                })
                .collect();
            let mut fields = vec![];
            assert!(lines(text).eq(text.split('\n')), "{}", src.origin);
            let got: Vec<(u64, Vec<String>)> = (1..)
                .zip(lines(text))
                .filter(|(_, l)| !l.is_empty() && *l != "\r")
                .map(|(n, l)| {
                    split_trusted(l, &mut fields).expect("simple quoting");
                    (n, fields.iter().map(|f| f.to_string()).collect())
                })
                .collect();
            assert_eq!(got, want, "{}", src.origin);
        }
    }

    #[test]
    fn trusted_lines_split() {
        let cases: &[(&str, Option<&[&str]>)] = &[
            ("a,b,,c", Some(&["a", "b", "", "c"])),
            ("a,\"b, c\",d", Some(&["a", "b, c", "d"])),
            ("\"say \"\"hi\"\"\",x", None),
            ("\"a\"", Some(&["a"])),
            (",", Some(&["", ""])),
            ("a,\"\"", Some(&["a", ""])),
            ("a,b\r", Some(&["a", "b"])),
            (
                "id,type,name,aliases,demonyms,kind",
                Some(&["id", "type", "name", "aliases", "demonyms", "kind"]),
            ),
            (",,,,,,,,,", Some(&["", "", "", "", "", "", "", "", "", ""])),
            ("é,\u{2c00},ü,-,+,\u{ac00}", Some(&["é", "\u{2c00}", "ü", "-", "+", "\u{ac00}"])),
            ("a,\"b", None),
            ("a,\"b\"c", None),
            ("a,b\"c", None),
        ];
        let mut fields = vec![];
        for &(line, want) in cases {
            let got = split_trusted(line, &mut fields)
                .map(|()| fields.iter().map(|f| f.to_string()).collect::<Vec<_>>());
            assert_eq!(got, want.map(|w| w.iter().map(|s| s.to_string()).collect()), "{line:?}");
        }
    }
}
