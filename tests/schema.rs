//! The shipped DDL (`schema/*.sql`) against the CSV the binary writes: the same columns in
//! the same order for every engine, so that a column added to the records and not to the
//! tables (or the other way round) fails here, loudly.

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The CSV header of `--emit kind --format csv` over the seed article.
fn csv_header(kind: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO_BIN_EXE_quotewire"))
        .args(["--emit", kind, "--format", "csv"])
        .arg(root().join("fixtures/seed.jsonl"))
        .output()
        .expect("run quotewire");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let header = text.lines().next().expect("a header line");
    header.split(',').map(|c| c.trim_matches('"').to_string()).collect()
}

/// A column of a CREATE TABLE statement: its name and whether it is NOT NULL.
#[derive(Debug, PartialEq)]
struct Column {
    name: String,
    not_null: bool,
}

/// The columns of `CREATE TABLE table (…)` in a DDL file, in order (constraints left out).
fn ddl_columns(file: &str, table: &str) -> Vec<Column> {
    let ddl = std::fs::read_to_string(root().join("schema").join(file)).unwrap();
    let start = format!("CREATE TABLE {table} (");
    let body = ddl.split(&start).nth(1).unwrap_or_else(|| panic!("{file}: no table {table}"));
    let body = &body[..body.find(");").unwrap_or_else(|| panic!("{file}: {table} not closed"))];
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("--") && !l.starts_with("PRIMARY KEY"))
        .map(|l| Column {
            name: l.split_whitespace().next().unwrap().to_string(),
            not_null: l.contains("NOT NULL"),
        })
        .collect()
}

const TABLES: [(&str, &str); 3] =
    [("quotes", "quotes"), ("mentions", "mentions"), ("sentences", "sentences")];
const ENGINES: [&str; 3] = ["postgres.sql", "sqlite.sql", "duckdb.sql"];

#[test]
fn every_table_has_the_csv_columns_in_order() {
    for (kind, table) in TABLES {
        let header = csv_header(kind);
        for file in ENGINES {
            let names: Vec<String> = ddl_columns(file, table).into_iter().map(|c| c.name).collect();
            assert_eq!(names, header, "{file}: table {table} against the CSV of --emit {kind}");
        }
    }
}

#[test]
fn the_engines_agree_on_nullability_and_keys() {
    for (_, table) in TABLES {
        let pg = ddl_columns("postgres.sql", table);
        for file in ENGINES {
            assert_eq!(ddl_columns(file, table), pg, "{file}: {table}");
        }
    }
    for file in ENGINES {
        let ddl = std::fs::read_to_string(root().join("schema").join(file)).unwrap();
        assert_eq!(ddl.matches("PRIMARY KEY (article, start_char, kind)").count(), 1, "{file}");
        assert_eq!(ddl.matches("PRIMARY KEY (article, start_char)").count(), 1, "{file}");
        assert_eq!(ddl.matches("PRIMARY KEY (article, sentence)").count(), 1, "{file}");
    }
}

#[test]
fn no_column_name_needs_quoting_in_sql() {
    // Words the three engines reserve (or SQLite cannot take as a bare column name) that a
    // record field might plausibly be called.
    const RESERVED: [&str; 16] = [
        "end",
        "start",
        "index",
        "order",
        "group",
        "table",
        "select",
        "from",
        "where",
        "limit",
        "offset",
        "user",
        "default",
        "check",
        "references",
        "primary",
    ];
    for (kind, _) in TABLES {
        for name in csv_header(kind) {
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                    && !RESERVED.contains(&name.as_str()),
                "--emit {kind}: column {name} needs quoting in SQL"
            );
        }
    }
}

#[test]
fn sqlite_nulls_covers_exactly_the_nullable_columns() {
    let fix = std::fs::read_to_string(root().join("schema/sqlite-nulls.sql")).unwrap();
    for (_, table) in TABLES {
        let nullable: Vec<String> =
            ddl_columns("sqlite.sql", table).into_iter().filter(|c| !c.not_null).map(|c| c.name).collect();
        let fixed: Vec<String> = fix
            .split(&format!("UPDATE {table} SET"))
            .nth(1)
            .map(|body| {
                body[..body.find(';').unwrap()]
                    .lines()
                    .filter_map(|l| l.split_once('=').map(|(c, _)| c.trim().to_string()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(fixed, nullable, "schema/sqlite-nulls.sql, table {table}");
        let squeezed = fix.split_whitespace().collect::<Vec<_>>().join(" ");
        for c in &fixed {
            assert!(squeezed.contains(&format!("{c} = NULLIF({c}, '')")), "{table}.{c}");
        }
    }
}
