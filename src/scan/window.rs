//! The in-flight window: a byte budget shared by the reader (which takes
//! from it before handing a batch on) and the writer (which gives back once
//! the batch is written). It bounds everything between the two — queued
//! batches, batches being scanned and finished batches waiting for their turn
//! in the reorder buffer — so memory does not grow with the input.

use std::sync::{Condvar, Mutex, PoisonError};

/// A byte budget; see the module doc.
#[derive(Debug)]
pub(crate) struct Window {
    state: Mutex<State>,
    freed: Condvar,
    budget: u64,
}

#[derive(Debug)]
struct State {
    in_flight: u64,
    closed: bool,
}

/// The window was closed: the writer stopped, so reading should too.
#[derive(Debug)]
pub(crate) struct Closed;

impl Window {
    pub(crate) fn new(budget: u64) -> Window {
        Window {
            state: Mutex::new(State {
                in_flight: 0,
                closed: false,
            }),
            freed: Condvar::new(),
            budget,
        }
    }

    /// Takes `cost` bytes, waiting while the budget is spent. A batch larger
    /// than the whole budget goes alone once nothing else is in flight.
    pub(crate) fn acquire(&self, cost: u64) -> Result<(), Closed> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        while !state.closed && state.in_flight > 0 && state.in_flight + cost > self.budget {
            state = self
                .freed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
        if state.closed {
            return Err(Closed);
        }
        state.in_flight += cost;
        Ok(())
    }

    /// Gives back `cost` bytes.
    pub(crate) fn release(&self, cost: u64) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.in_flight = state.in_flight.saturating_sub(cost);
        self.freed.notify_all();
    }

    /// Wakes and refuses every waiting and future `acquire`.
    pub(crate) fn close(&self) {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        state.closed = true;
        self.freed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn budget_blocks_until_released_and_close_unblocks() {
        let w = Arc::new(Window::new(10));
        w.acquire(8).unwrap();
        let w2 = w.clone();
        let waiter = std::thread::spawn(move || w2.acquire(5).is_ok());
        std::thread::sleep(std::time::Duration::from_millis(20));
        w.release(8);
        assert!(waiter.join().unwrap());
        // Oversized batches pass alone.
        w.release(5);
        w.acquire(100).unwrap();
        let w3 = w.clone();
        let blocked = std::thread::spawn(move || w3.acquire(1).is_ok());
        std::thread::sleep(std::time::Duration::from_millis(20));
        w.close();
        assert!(!blocked.join().unwrap());
    }
}
