//! Imports and exports real formats. (Work in progress: see issue 5.)

#![warn(missing_docs)]
