//! Where log lines go: standard error for commands, a file for the window.

use std::path::Path;

use tracing_subscriber::EnvFilter;

fn filter() -> EnvFilter {
    EnvFilter::try_from_env("COMMPLAN_LOG").unwrap_or_else(|_| EnvFilter::new("warn,commplan=info"))
}

/// Commands log warnings to standard error.
pub fn to_stderr() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("COMMPLAN_LOG").unwrap_or_else(|_| EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        // No colour codes in a file or a pipe (CI logs, scripts).
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .without_time()
        .try_init();
}

/// The window logs to a file in the data folder, replaced at each start;
/// to standard error when that file cannot be written.
pub fn to_file(path: &Path) {
    let file = path
        .parent()
        .map(std::fs::create_dir_all)
        .transpose()
        .and_then(|_| std::fs::File::create(path));
    match file {
        Ok(file) => {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter())
                .with_writer(std::sync::Mutex::new(file))
                .with_ansi(false)
                .try_init();
        }
        Err(_) => to_stderr(),
    }
}
