//! Messages on stderr that never fail the run: a closed or full stderr loses the message,
//! not the records.

use std::io::Write;

/// Writes `quotewire: MESSAGE` on stderr, ignoring any error.
pub fn say(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "quotewire: {message}");
}
