//! `kasb reference`: read and vendor the reference set kasb carries (EQF, national
//! qualifications frameworks, ISCO), which every check sees without copies.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use kasb::diagnostics::{closest, visible};
use kasb::interchange::{Overwrite, write_file};
use kasb::model::id::{IdKind, check_id};
use kasb::reference::{self, ReferenceDocument};

use crate::{EXIT_CLEAN, emit, error_chain, outcome_word};

/// `kasb reference`'s arguments.
#[derive(Args)]
pub(crate) struct ReferenceArgs {
    #[command(subcommand)]
    command: ReferenceCommand,
}

#[derive(Subcommand)]
enum ReferenceCommand {
    /// List the reference documents: id, kind and title, with the set's version.
    List,
    /// Print a reference document's YAML.
    Show {
        /// The document's id, such as `kg-nqf`.
        id: String,
    },
    /// Write reference documents into a directory, to keep or edit them in a repository (a
    /// repository document replaces the reference one of the same id).
    Export {
        /// The documents' ids, such as `eqf kg-nqf`.
        #[arg(required = true)]
        ids: Vec<String>,
        /// The directory to write into (made if missing); each document is `<file name>.yaml`
        /// there, as it is named in the set.
        #[arg(long)]
        out: PathBuf,
        /// Overwrite files that exist with different contents.
        #[arg(long)]
        force: bool,
    },
}

/// Runs `kasb reference`.
pub(crate) fn run(args: ReferenceArgs) -> Result<u8, String> {
    match args.command {
        ReferenceCommand::List => list(),
        ReferenceCommand::Show { id } => {
            let document = find(&id)?;
            emit(document.text)?;
            Ok(EXIT_CLEAN)
        }
        ReferenceCommand::Export { ids, out, force } => export(&ids, &out, force),
    }
}

fn list() -> Result<u8, String> {
    let documents = reference::documents();
    let mut text = format!(
        "kasb reference set {} ({} documents)\n",
        reference::VERSION,
        documents.len()
    );
    for document in &documents {
        text.push_str(&format!(
            "{:<10} {:<15} {}\n",
            document.id,
            document.kind.as_str(),
            visible(&document.title)
        ));
    }
    emit(&text)?;
    Ok(EXIT_CLEAN)
}

/// The reference document `id`: refused outside the id grammar, with a did-you-mean when the
/// set has no such document.
fn find(id: &str) -> Result<ReferenceDocument, String> {
    if let Err(error) = check_id(id, IdKind::Document) {
        return Err(format!("`{}` is not a document id: {error}", visible(id)));
    }
    reference::get(id).ok_or_else(|| {
        let hint = closest(id, reference::ids())
            .map(|near| format!(" (did you mean `{near}`?)"))
            .unwrap_or_default();
        format!(
            "the reference set {} has no document `{id}`{hint}; `kasb reference list` lists them",
            reference::VERSION
        )
    })
}

/// Writes each document to `out`, under the file name it has in the set.
fn export(ids: &[String], out: &Path, force: bool) -> Result<u8, String> {
    let documents = ids
        .iter()
        .map(|id| find(id))
        .collect::<Result<Vec<_>, _>>()?;
    std::fs::create_dir_all(out).map_err(|error| {
        format!(
            "cannot create `{}`: {error}",
            visible(&out.display().to_string())
        )
    })?;
    let overwrite = if force {
        Overwrite::Force
    } else {
        Overwrite::Never
    };
    for document in documents {
        // The set's own file name (`frameworks/eqf.yaml` → `eqf.yaml`), not user input.
        let name = Path::new(document.path)
            .file_name()
            .ok_or_else(|| format!("the reference file `{}` has no name", document.path))?;
        let path = out.join(name);
        let outcome = write_file(&path, document.text.as_bytes(), overwrite, [])
            .map_err(|error| error_chain(&error))?;
        emit(&format!(
            "{} {}\n",
            outcome_word(outcome),
            visible(&path.display().to_string())
        ))?;
    }
    Ok(EXIT_CLEAN)
}
