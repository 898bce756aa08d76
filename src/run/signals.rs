//! SIGINT and SIGTERM: the first one asks the writer to stop at a line boundary; a second
//! one ends the process at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use signal_hook::consts::{SIGINT, SIGTERM};

/// Which signal asked the run to stop, if any.
#[derive(Debug, Clone)]
pub struct Stop {
    signal: Arc<AtomicUsize>,
}

impl Stop {
    /// Catches SIGINT and SIGTERM. If they cannot be caught, they keep their default action.
    pub fn install() -> Stop {
        let signal = Arc::new(AtomicUsize::new(0));
        let armed = Arc::new(AtomicBool::new(false));
        for sig in [SIGINT, SIGTERM] {
            // The second signal ends the process with the status of the first kind.
            let _ = signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, armed.clone());
            let _ = signal_hook::flag::register(sig, armed.clone());
            let _ = signal_hook::flag::register_usize(sig, signal.clone(), sig as usize);
        }
        Stop { signal }
    }

    /// The signal received, if one has been.
    pub fn received(&self) -> Option<Signal> {
        match self.signal.load(Ordering::SeqCst) {
            0 => None,
            n if n == SIGINT as usize => Some(Signal::Int),
            _ => Some(Signal::Term),
        }
    }
}

/// A signal that stops a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT (Ctrl-C): exit status 130.
    Int,
    /// SIGTERM: exit status 143.
    Term,
}

impl Signal {
    /// The signal's name.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Int => "SIGINT",
            Signal::Term => "SIGTERM",
        }
    }

    /// The exit status of a run it stopped: 128 + the signal number, as a shell reports it.
    pub fn status(self) -> u8 {
        match self {
            Signal::Int => 130,
            Signal::Term => 143,
        }
    }
}
