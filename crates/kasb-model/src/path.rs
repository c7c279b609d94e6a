use std::borrow::Cow;
use std::fmt;

/// One step into a YAML value: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PathSegment {
    /// A mapping key: a field name (borrowed, so building paths allocates little) or a key
    /// read from a file.
    Key(Cow<'static, str>),
    /// A zero-based sequence index.
    Index(usize),
}

/// Where a value sits inside its document, such as `units[2].elements[0].id`.
///
/// Later stages name values by path; the loader's source map turns a path into a line and
/// column only when a diagnostic needs one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FieldPath(Vec<PathSegment>);

impl FieldPath {
    /// The path of the document root.
    pub fn root() -> Self {
        Self(Vec::new())
    }

    /// This path extended by a mapping key.
    #[must_use]
    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> Self {
        let mut segments = Vec::with_capacity(self.0.len() + 1);
        segments.extend_from_slice(&self.0);
        segments.push(PathSegment::Key(key.into()));
        Self(segments)
    }

    /// This path extended by a sequence index.
    #[must_use]
    pub fn index(&self, index: usize) -> Self {
        let mut segments = Vec::with_capacity(self.0.len() + 1);
        segments.extend_from_slice(&self.0);
        segments.push(PathSegment::Index(index));
        Self(segments)
    }

    /// The segments, outermost first.
    pub fn segments(&self) -> &[PathSegment] {
        &self.0
    }

    /// The path one step up, or `None` at the root.
    pub fn parent(&self) -> Option<Self> {
        let (_, rest) = self.0.split_last()?;
        Some(Self(rest.to_vec()))
    }
}

impl FromIterator<PathSegment> for FieldPath {
    fn from_iter<I: IntoIterator<Item = PathSegment>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                PathSegment::Key(key) if i == 0 => write!(f, "{key}")?,
                PathSegment::Key(key) => write!(f, ".{key}")?,
                PathSegment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Where an item is written: at most [`ItemPath::MAX_DEPTH`] `field[index]` steps, such as
/// `units[2].elements[0].criteria[1]`, held without allocating. Every item of every document is
/// visited by several walks, and only a reported one needs its [`FieldPath`].
///
/// ```
/// use kasb_model::ItemPath;
///
/// let path = ItemPath::root().step("units", 2).step("elements", 0);
/// assert_eq!(path.to_string(), "units[2].elements[0]");
/// assert_eq!(path.key("id").to_string(), "units[2].elements[0].id");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ItemPath {
    steps: [(&'static str, usize); ItemPath::MAX_DEPTH],
    depth: u8,
}

impl ItemPath {
    /// The deepest an item is declared (`instruments[i].tasks[j].marking[k]`).
    pub const MAX_DEPTH: usize = 3;

    /// The document root.
    pub const fn root() -> Self {
        Self {
            steps: [("", 0); Self::MAX_DEPTH],
            depth: 0,
        }
    }

    /// This path extended by `field[index]`. The item declarations ([`crate::Items`]) are
    /// never deeper than [`MAX_DEPTH`](Self::MAX_DEPTH): a debug assertion holds them to it in
    /// the tests, which walk every kind's items.
    #[must_use]
    pub fn step(mut self, field: &'static str, index: usize) -> Self {
        let depth = usize::from(self.depth);
        debug_assert!(
            depth < Self::MAX_DEPTH,
            "an item declared too deep: {field}"
        );
        if let Some(step) = self.steps.get_mut(depth) {
            *step = (field, index);
            self.depth += 1;
        }
        self
    }

    /// The `field[index]` steps, outermost first.
    pub fn steps(&self) -> &[(&'static str, usize)] {
        &self.steps[..usize::from(self.depth)]
    }

    /// The same place as a [`FieldPath`].
    pub fn to_field_path(&self) -> FieldPath {
        let steps = self.steps();
        let mut segments = Vec::with_capacity(steps.len() * 2 + 1);
        for &(field, index) in steps {
            segments.push(PathSegment::Key(Cow::Borrowed(field)));
            segments.push(PathSegment::Index(index));
        }
        FieldPath(segments)
    }

    /// The path of the value `key` of the item.
    pub fn key(&self, key: impl Into<Cow<'static, str>>) -> FieldPath {
        let mut path = self.to_field_path();
        path.0.push(PathSegment::Key(key.into()));
        path
    }
}

impl From<ItemPath> for FieldPath {
    fn from(path: ItemPath) -> Self {
        path.to_field_path()
    }
}

impl fmt::Display for ItemPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_field_path().fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_field_access() {
        let path = FieldPath::root().key("units").index(2).key("id");
        assert_eq!(path.to_string(), "units[2].id");
        assert_eq!(path.parent().unwrap().to_string(), "units[2]");
    }
}
