//! The rules the loader decides (`K1xx`), one file each: its documentation and where it is found.

include!(concat!(env!("OUT_DIR"), "/rules.rs"));
