//! The rules decided while building the graph (ids, references, levels in their framework), one
//! file each.

include!(concat!(env!("OUT_DIR"), "/rules.rs"));
