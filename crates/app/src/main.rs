//! CommPlan's entry point: parse the command line, then run a headless
//! command or open the window.

use std::process::ExitCode;

use clap::Parser;
use commplan::app::{self, Startup};
use commplan::cli::{self, Cli};
use commplan::config::{Paths, Settings};
use commplan_core::{fl, i18n};

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Messages in the language chosen in Settings, else the system's.
    let language = Paths::from_system()
        .and_then(|paths| Settings::load(&paths.settings_file()).language)
        .unwrap_or_else(i18n::system_language);
    i18n::select(&language);
    if let Some(command) = cli.command {
        commplan::logging::to_stderr();
        return cli::run(command, &mut std::io::stdout(), &mut std::io::stderr());
    }
    if let Some(file) = &cli.file
        && !file.exists()
    {
        eprintln!(
            "{}",
            fl!("cli-no-such-plan", path = file.display().to_string())
        );
        return ExitCode::from(cli::EXIT_INVALID);
    }
    if !commplan::app::has_display() {
        eprintln!("{}", fl!("cli-no-display"));
        return ExitCode::from(cli::EXIT_INVALID);
    }
    let Some(paths) = Paths::from_system() else {
        eprintln!("{}", fl!("cli-no-data-folder"));
        return ExitCode::from(cli::EXIT_INVALID);
    };
    commplan::logging::to_file(&paths.log_file());
    match app::run(Startup {
        paths,
        plan: cli.file,
    }) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{}", fl!("cli-gui-failed", reason = error.to_string()));
            ExitCode::FAILURE
        }
    }
}
