//! Output files: writing to a path without destroying what is there.
//!
//! An [`OutputFile`] is what `-o`, `--output-dir`, `--stats-json` and
//! `spamscan-train -o` write to. What happens depends on what the path is:
//!
//! * nothing yet, or a regular file: the output is written under a temporary
//!   name in the same directory (`.spamscan-XXXX.tmp`, a hidden name that
//!   directory walks skip) and renamed onto the path when complete, so a
//!   reader never sees half a file and a failed run leaves the old one;
//! * a symbolic link: the same, onto the link's final target, so the link
//!   stays a link; a link to nothing is refused;
//! * a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe):
//!   written in place, as a shell redirection would. Renaming a file over it
//!   would replace the device node, and a device's write errors (a full
//!   disk) must reach the user;
//! * a directory: refused.
//!
//! Temporary files are registered while they exist, so that
//! [`remove_temp_files_on_signals`] can delete them when SIGINT, SIGTERM or
//! SIGHUP ends the program.

use crate::input::FileId;
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use tempfile::NamedTempFile;

/// Temporary output files that exist now, for the signal handler.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// A registered temporary path; dropping it takes it out of the registry.
struct Registered(PathBuf);

impl Drop for Registered {
    fn drop(&mut self) {
        pending().retain(|p| p != &self.0);
    }
}

/// A temporary file beside its target, registered for signal cleanup while
/// it exists.
struct Temp {
    file: NamedTempFile,
    target: PathBuf,
    _registered: Registered,
}

impl Temp {
    fn beside(target: PathBuf) -> io::Result<Temp> {
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir)?;
        // Created and registered under the registry's lock, so a signal
        // handled in between still finds the file to remove.
        let mut registry = pending();
        let file = tempfile::Builder::new()
            .prefix(".spamscan-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        registry.push(file.path().to_path_buf());
        drop(registry);
        let registered = Registered(file.path().to_path_buf());
        Ok(Temp {
            file,
            target,
            _registered: registered,
        })
    }
}

enum Kind {
    /// Written under a temporary name, renamed onto the target by `commit`.
    Replace(Temp),
    /// A device, FIFO or socket, written in place.
    InPlace(File),
}

/// An output file being written; see the module doc. Dropped without
/// [`OutputFile::commit`], it leaves what was at the path untouched (a
/// device or FIFO keeps what was written to it).
pub struct OutputFile {
    kind: Kind,
    path: PathBuf,
}

/// Why a path can't take an output.
fn refuse(path: &Path, why: &str) -> io::Error {
    io::Error::other(format!("{}: {why}", path.display()))
}

impl OutputFile {
    /// Prepares `path` for writing (see the module doc for what each kind
    /// of path gets). Nothing at the path changes until `commit`.
    pub fn create(path: &Path) -> io::Result<OutputFile> {
        let kind = match std::fs::symlink_metadata(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                Kind::Replace(Temp::beside(path.to_path_buf())?)
            }
            Err(e) => return Err(e),
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = match std::fs::canonicalize(path) {
                    Ok(target) => target,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => return Err(refuse(
                        path,
                        "is a symbolic link to a file that does not exist; name the file itself",
                    )),
                    Err(e) => return Err(e),
                };
                Self::existing(&target, &std::fs::metadata(&target)?)?
            }
            Ok(meta) => Self::existing(path, &meta)?,
        };
        Ok(OutputFile {
            kind,
            path: path.to_path_buf(),
        })
    }

    /// The kind of output for an existing, non-link path.
    fn existing(path: &Path, meta: &std::fs::Metadata) -> io::Result<Kind> {
        if meta.is_dir() {
            Err(refuse(path, "is a directory"))
        } else if meta.is_file() {
            let temp = Temp::beside(path.to_path_buf())?;
            // The replacement keeps the permissions of the file it replaces.
            temp.file.as_file().set_permissions(meta.permissions())?;
            Ok(Kind::Replace(temp))
        } else {
            Ok(Kind::InPlace(OpenOptions::new().write(true).open(path)?))
        }
    }

    /// The path as the user named it.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A handle to write the output through.
    pub fn writer(&self) -> io::Result<File> {
        match &self.kind {
            Kind::Replace(temp) => temp.file.reopen(),
            Kind::InPlace(file) => file.try_clone(),
        }
    }

    /// Completes the output: syncs the temporary file and renames it onto
    /// the path (new files get the usual 0644, tempfile makes them 0600).
    /// Written in place, there is nothing more to do.
    pub fn commit(self) -> io::Result<()> {
        let Kind::Replace(temp) = self.kind else {
            return Ok(());
        };
        #[cfg(unix)]
        if !temp.target.exists() {
            use std::os::unix::fs::PermissionsExt;
            temp.file
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        temp.file.as_file().sync_all()?;
        let Temp { file, target, .. } = temp;
        file.persist(&target).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Writes `bytes` to `path` as an [`OutputFile`] (atomically for files).
pub fn write_output(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let out = OutputFile::create(path)?;
    out.writer()?.write_all(bytes)?;
    out.commit()
}

/// Deletes every registered temporary output file when SIGINT, SIGTERM or
/// SIGHUP arrives, then lets the signal end the program as it would have.
/// Call once, early, from a binary.
#[cfg(unix)]
pub fn remove_temp_files_on_signals() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP])?;
    std::thread::Builder::new()
        .name("spamscan-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                for path in pending().drain(..) {
                    let _ = std::fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                // A signal whose default is not to terminate: stop anyway,
                // with the shell's code for it.
                std::process::exit(128 + signal);
            }
        })?;
    Ok(())
}

/// Signals are a Unix matter; elsewhere temporary files are left to the OS.
#[cfg(not(unix))]
pub fn remove_temp_files_on_signals() -> io::Result<()> {
    Ok(())
}

/// Refuses outputs that would overwrite one of the inputs or each other:
/// `outputs` and `inputs` are `(what, path)` pairs such as `("-o", path)`
/// and `("input", path)`; paths that don't exist yet can't collide with an
/// input. Called before anything is read.
pub fn check_outputs(outputs: &[(&str, &Path)], inputs: &[(&str, &Path)]) -> io::Result<()> {
    // Only stored files and directories can be overwritten; a terminal or
    // pipe that is both stdin and stdout is no collision.
    let id = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .filter(|m| m.is_file() || m.is_dir())
            .and_then(|m| FileId::of(&m))
    };
    for (i, (what, out)) in outputs.iter().enumerate() {
        let Some(out_id) = id(out) else {
            // Not there yet: only another output naming the same new path collides.
            for (other, path) in &outputs[..i] {
                if same_new_path(out, path) {
                    return Err(io::Error::other(format!(
                        "{what} {} and {other} name the same file",
                        out.display()
                    )));
                }
            }
            continue;
        };
        for (other, path) in inputs.iter().chain(&outputs[..i]) {
            if id(path) == Some(out_id) {
                return Err(io::Error::other(format!(
                    "{what} {} is the same file as {other} {}: refusing to overwrite it",
                    out.display(),
                    path.display()
                )));
            }
        }
    }
    Ok(())
}

/// Two not-yet-existing paths name the same file: same name in the same
/// (canonical) directory.
fn same_new_path(a: &Path, b: &Path) -> bool {
    let canonical = |p: &Path| {
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some((std::fs::canonicalize(dir).ok()?, p.file_name()?.to_owned()))
    };
    canonical(a).is_some_and(|x| Some(x) == canonical(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn regular_files_are_replaced_whole_and_temp_files_leave_no_trace() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        write_output(&path, b"one\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"one\n");
        let out = OutputFile::create(&path).unwrap();
        out.writer().unwrap().write_all(b"half").unwrap();
        let ours = || pending().iter().any(|p| p.parent() == Some(dir.path()));
        assert!(ours());
        drop(out);
        assert!(!ours());
        assert_eq!(std::fs::read(&path).unwrap(), b"one\n");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_stay_links_and_their_targets_are_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.jsonl");
        std::fs::write(&target, b"old").unwrap();
        let link = dir.path().join("link.jsonl");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_output(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
        let err = write_output(&dangling, b"x").unwrap_err();
        assert!(err.to_string().contains("does not exist"), "{err}");
        let err = write_output(dir.path(), b"x").unwrap_err();
        assert!(err.to_string().contains("is a directory"), "{err}");
    }

    #[test]
    fn outputs_naming_inputs_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.jsonl");
        std::fs::write(&input, b"{}").unwrap();
        let same = dir.path().join(".").join("a.jsonl");
        let err = check_outputs(&[("-o", &same)], &[("input", &input)]).unwrap_err();
        assert!(err.to_string().contains("same file as input"), "{err}");
        let new = dir.path().join("report.jsonl");
        check_outputs(&[("-o", &new)], &[("input", &input)]).unwrap();
        let err = check_outputs(&[("-o", &new), ("--stats-json", &new)], &[]).unwrap_err();
        assert!(err.to_string().contains("same file"), "{err}");
    }
}
