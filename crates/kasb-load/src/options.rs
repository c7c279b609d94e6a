/// Limits on what one file may cost. The defaults are far above any real standard and far
/// below what would hurt the machine.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct LoadOptions {
    /// Largest file read, in bytes. Default 16 MiB.
    pub max_file_bytes: u64,
    /// Deepest nesting of mappings and sequences. Default 64.
    pub max_depth: usize,
    /// Most YAML nodes in one file, counting alias expansions. Default 1,000,000.
    pub max_nodes: usize,
    /// Most alias uses in one file. Default 10,000.
    pub max_aliases: usize,
    /// Most problems reported for one file; one more diagnostic then says how many were not
    /// shown. Default 50.
    pub max_problems_per_file: usize,
    /// Whether `.gitignore`, `.ignore` and git exclude files leave files out of a directory
    /// walk (they are listed as skipped). Default true; a CI job checking pull requests may
    /// turn it off, since a pull request controls its `.gitignore`.
    pub honour_ignore_files: bool,
    /// Globs of files to load; every YAML file when empty.
    pub include: Vec<String>,
    /// Globs of files to skip.
    pub exclude: Vec<String>,
    /// The directory globs are relative to (the configuration file's); paths are matched as
    /// discovered when `None`.
    pub glob_root: Option<std::path::PathBuf>,
}

impl LoadOptions {
    /// These options with another largest file, in bytes.
    #[must_use]
    pub fn with_max_file_bytes(mut self, bytes: u64) -> Self {
        self.max_file_bytes = bytes;
        self
    }

    /// These options with another deepest nesting.
    #[must_use]
    pub fn with_max_depth(mut self, depth: usize) -> Self {
        self.max_depth = depth;
        self
    }

    /// These options with another most YAML nodes per file.
    #[must_use]
    pub fn with_max_nodes(mut self, nodes: usize) -> Self {
        self.max_nodes = nodes;
        self
    }

    /// These options with another most alias uses per file.
    #[must_use]
    pub fn with_max_aliases(mut self, aliases: usize) -> Self {
        self.max_aliases = aliases;
        self
    }

    /// These options with another most problems reported per file (at least 1).
    #[must_use]
    pub fn with_max_problems_per_file(mut self, problems: usize) -> Self {
        self.max_problems_per_file = problems.max(1);
        self
    }

    /// These options with ignore files honoured or not.
    #[must_use]
    pub fn with_ignore_files(mut self, honour: bool) -> Self {
        self.honour_ignore_files = honour;
        self
    }

    /// These options with include and exclude globs, relative to `root` (or to the paths as
    /// discovered when `None`).
    #[must_use]
    pub fn with_globs(
        mut self,
        include: Vec<String>,
        exclude: Vec<String>,
        root: Option<std::path::PathBuf>,
    ) -> Self {
        self.include = include;
        self.exclude = exclude;
        self.glob_root = root;
        self
    }

    /// The largest `max_file_bytes` any configuration may set: 64 MiB.
    pub const CEILING_FILE_BYTES: u64 = 64 * 1024 * 1024;
    /// The largest `max_depth` any configuration may set.
    pub const CEILING_DEPTH: usize = 256;
    /// The largest `max_nodes` any configuration may set.
    pub const CEILING_NODES: usize = 10_000_000;
    /// The largest `max_aliases` any configuration may set.
    pub const CEILING_ALIASES: usize = 100_000;
    /// The largest `max_problems_per_file` any configuration may set.
    pub const CEILING_PROBLEMS_PER_FILE: usize = 100_000;
}

impl Default for LoadOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: 16 * 1024 * 1024,
            max_depth: 64,
            max_nodes: 1_000_000,
            max_aliases: 10_000,
            max_problems_per_file: 50,
            honour_ignore_files: true,
            include: Vec::new(),
            exclude: Vec::new(),
            glob_root: None,
        }
    }
}
