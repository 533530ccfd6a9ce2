//! Writing `--output` files safely.
//!
//! - An output that is the same file as an input (by device and inode on Unix, so also
//!   through `./`, `..`, a symbolic link or a hard link; by canonical path elsewhere) is
//!   refused before anything is read or written ([`check_not_an_input`]).
//! - The output is written to a temporary file in the target's directory, flushed to disk and
//!   renamed over the target ([`write_atomically`]): a reader sees the old file or the new
//!   one, never half of one, and a write that fails (a full disk, a size limit, a kill)
//!   leaves the previous file as it was. An output that is a symbolic link replaces the file
//!   the link points to; the link stays. A file that existed keeps its permissions.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why an output was not written.
#[derive(Debug)]
pub enum OutputError {
    /// The output names the same file as an input.
    SameFile {
        /// The output path as given.
        output: PathBuf,
        /// What the input is (`data file`).
        role: &'static str,
        /// The input path as given.
        input: PathBuf,
    },
    /// The file could not be written; whatever was there is unchanged.
    Write {
        /// The output path as given.
        output: PathBuf,
        /// The cause.
        source: io::Error,
    },
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::SameFile {
                output,
                role,
                input,
            } => write!(
                f,
                "--output {} is the {role} {}: refusing to overwrite an input; nothing was read or written",
                output.display(),
                input.display()
            ),
            OutputError::Write { output, source } => {
                write!(f, "cannot write {}: {source}", output.display())
            }
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::SameFile { .. } => None,
            OutputError::Write { source, .. } => Some(source),
        }
    }
}

/// Refuses an `output` that is the same file as `input` (the `role` says what the input is,
/// for the message). An output that does not exist yet is no input.
pub fn check_not_an_input(
    output: &Path,
    role: &'static str,
    input: &Path,
) -> Result<(), OutputError> {
    if same_file(output, input) {
        Err(OutputError::SameFile {
            output: output.to_owned(),
            role,
            input: input.to_owned(),
        })
    } else {
        Ok(())
    }
}

/// True when both paths exist and are one file (symbolic links followed).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// True when both paths exist and are one file, by canonical path (a hard link is not
/// recognised on these platforms).
#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Writes `bytes` to `output` through a temporary file in the same directory renamed into
/// place. On error, `output` is as it was and the temporary file is removed.
pub fn write_atomically(output: &Path, bytes: &[u8]) -> Result<(), OutputError> {
    write(output, bytes).map_err(|source| OutputError::Write {
        output: output.to_owned(),
        source,
    })
}

fn write(output: &Path, bytes: &[u8]) -> io::Result<()> {
    // Through a symbolic link: replace the file it points to, keep the link.
    let target = match std::fs::symlink_metadata(output) {
        Ok(meta) if meta.file_type().is_symlink() => {
            std::fs::canonicalize(output).unwrap_or_else(|_| output.to_owned())
        }
        _ => output.to_owned(),
    };
    if target.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "it is a directory",
        ));
    }
    let directory = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let existing = std::fs::metadata(&target).ok();
    let mut builder = tempfile::Builder::new();
    builder.prefix(".plan-targets-").suffix(".tmp");
    let mut file = builder.tempfile_in(directory)?;
    file.write_all(bytes)?;
    file.flush()?;
    match existing {
        Some(meta) => file.as_file().set_permissions(meta.permissions())?,
        None => set_default_permissions(file.as_file())?,
    }
    file.as_file().sync_all()?;
    file.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// A new file gets what `File::create` would give (0666 less the umask), not the temporary
/// file's private 0600.
#[cfg(unix)]
fn set_default_permissions(file: &std::fs::File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let mask = umask();
    file.set_permissions(std::fs::Permissions::from_mode(0o666 & !mask))
}

#[cfg(not(unix))]
fn set_default_permissions(_file: &std::fs::File) -> io::Result<()> {
    Ok(())
}

/// The process's umask: std cannot read it (setting it would need `unsafe`), /proc gives
/// it on Linux; elsewhere the usual 022.
#[cfg(unix)]
fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022)
}
