//! Compares frameworks across countries. (Work in progress: see issue 4.)

#![warn(missing_docs)]
