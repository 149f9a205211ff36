//! The bounds folio holds every input to, so that no file — careless or hostile — can hang a
//! run, overflow the stack or take memory out of proportion to its size. Each limit is named in
//! the README; passing one is an error located in the file, with a hint.

/// Largest input file read (Markdown, structured, scraped text), checked before reading.
pub const MAX_INPUT_BYTES: u64 = 4 * 1024 * 1024;

/// Most characters in one input: about 130 pages of solid Chinese text, four times the longest
/// document of the corpus. Layout keeps every glyph with its position, and a table keeps its
/// cells' atoms while it is paginated (up to about 900 bytes a character in all, measured by
/// `benches/hostile.sh`); this bound keeps any document under the memory budget of 40 × its
/// size + 100 MB.
pub const MAX_INPUT_CHARS: usize = 100_000;

/// Largest template or `folio.toml`.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// Deepest nesting of quotes and lists (counted together). An official document uses two or
/// three levels; eight still leave a readable measure.
pub const MAX_BLOCK_NESTING: usize = 8;

/// Deepest nesting of emphasis, strong and links inside one line of text.
pub const MAX_INLINE_NESTING: usize = 16;

/// Deepest nesting of maps and lists in front matter and structured input.
pub const MAX_TREE_DEPTH: usize = 64;

/// YAML aliases may repeat at most this many nodes (beyond the nodes the file writes out), so
/// that a kilobyte of `&a [*b, *b, …]` cannot grow into gigabytes.
pub const MAX_ALIAS_NODES: usize = 10_000;

/// Most columns in a table: beyond this no column can hold one character of body text.
pub const MAX_TABLE_COLUMNS: usize = 24;

/// Largest image file read: a full-page photo at 300 dpi is a few megabytes.
pub const MAX_IMAGE_BYTES: u64 = 64 * 1024 * 1024;

/// Most pixels in one image: a full A4 page at 600 dpi is 35 megapixels. A small PNG can
/// declare a huge canvas ("PNG bomb"); its header is read before anything is decoded.
pub const MAX_IMAGE_PIXELS: u64 = 50_000_000;

/// `-j` is capped at this many threads per core.
pub const JOBS_PER_CORE: usize = 4;

/// The number of worker threads for `-j n` (0 = one per core), capped at [`JOBS_PER_CORE`] per core.
pub fn jobs(requested: usize) -> usize {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    if requested == 0 { cores } else { requested.min(cores * JOBS_PER_CORE) }
}

/// Refuse anything that is not a regular file before reading it: a FIFO or a device would block
/// or never end. `what` names the file's role in the message ("input", "image", "template").
/// The error is a message and a hint.
pub fn regular_file(path: &std::path::Path, what: &str, max_bytes: u64) -> Result<(), (String, &'static str)> {
    let meta = std::fs::metadata(path).map_err(|e| (format!("cannot read the {what}: {e}"), "check the path"))?;
    if !meta.is_file() {
        let kind = describe_file_type(&meta.file_type());
        return Err((format!("the {what} is {kind}, not a regular file; folio reads only regular files"), "give the path of a file saved on disk"));
    }
    if meta.len() > max_bytes {
        return Err((
            format!("the {what} is {} bytes; folio reads at most {} MiB per {what}", meta.len(), max_bytes / (1024 * 1024)),
            "split a very long document into several files, or make the file smaller",
        ));
    }
    Ok(())
}

fn describe_file_type(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() { "a folder" } else { "not a file" }
}
