//! The `folio` command: arguments → cli::run → exit code, nothing else.

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(folio::cli::run() as u8)
}
