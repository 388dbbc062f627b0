//! Silences stderr around a call into linfa-bayes.
//!
//! linfa-bayes 0.8.1 leaves a `dbg!` in `MultinomialNb::fit_with` that
//! pretty-prints the whole fitted model to stderr (over 100 MB for a large
//! vocabulary). Users must never see it, so while the fit runs file
//! descriptor 2 points at /dev/null and is restored afterwards, even if the
//! fit returns an error. On platforms without Unix descriptors the call runs
//! unchanged.

/// Runs `f` with the process's stderr redirected to the null device.
#[cfg(unix)]
pub(crate) fn without_stderr<T>(f: impl FnOnce() -> T) -> T {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    let _ = std::io::stderr().flush();
    let devnull = match std::fs::OpenOptions::new().write(true).open("/dev/null") {
        Ok(d) => d,
        Err(_) => return f(),
    };
    // SAFETY: dup/dup2/close are called on descriptors we own or on fd 2,
    // and every path restores fd 2 before returning.
    let saved = unsafe { libc::dup(2) };
    if saved < 0 {
        return f();
    }
    if unsafe { libc::dup2(devnull.as_raw_fd(), 2) } < 0 {
        unsafe { libc::close(saved) };
        return f();
    }
    struct Restore(i32);
    impl Drop for Restore {
        fn drop(&mut self) {
            let _ = std::io::stderr().flush();
            // SAFETY: self.0 is the duplicate of the original fd 2 made above.
            unsafe {
                libc::dup2(self.0, 2);
                libc::close(self.0);
            }
        }
    }
    let _restore = Restore(saved);
    f()
}

/// Runs `f` unchanged where stderr can't be redirected.
#[cfg(not(unix))]
pub(crate) fn without_stderr<T>(f: impl FnOnce() -> T) -> T {
    f()
}
