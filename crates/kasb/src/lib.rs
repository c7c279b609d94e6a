//! kasb placeholder
pub use kasb_model as model;
