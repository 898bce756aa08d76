//! A panic while analysing one article costs that article only: it is caught, reported
//! with the article's place in the input and the place in the code, and the run goes on.

use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// Where the last panic on this thread happened and what it said.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Replaces the default panic message (printed at once, without the article) by a note kept
/// for [`catch`] to report. `RUST_BACKTRACE` still prints the default message too.
pub fn install_hook() {
    let default = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".into());
        let place = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        LAST.with(|last| *last.borrow_mut() = Some(format!("{what} at {place}")));
        if std::env::var_os("RUST_BACKTRACE").is_some_and(|v| v != "0") {
            default(info);
        }
    }));
}

/// Runs `f`; a panic in it comes back as its description.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f))
        .map_err(|_| LAST.with(|last| last.borrow_mut().take()).unwrap_or_else(|| "panic".into()))
}

/// A fault injected by the test suite: in debug builds, an article whose text holds the
/// value of `QUOTEWIRE_TEST_PANIC` panics, as a bug in a stage would. Release builds
/// have no such hook.
pub fn injected_fault(text: &str) {
    #[cfg(debug_assertions)]
    if let Some(needle) = std::env::var_os("QUOTEWIRE_TEST_PANIC")
        && let Some(needle) = needle.to_str().filter(|n| !n.is_empty())
        && text.contains(needle)
    {
        panic!("injected fault (QUOTEWIRE_TEST_PANIC)");
    }
    #[cfg(not(debug_assertions))]
    let _ = text;
}
