//! K209 `look-alike-ids`: two ids that differ only by letter case or look-alike letters.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::id::fold_lookalikes;
use kasb_model::{Document, FieldPath};

use crate::context::Context;

declare_rule! {
    /// Ids are compared exactly, so `kg-welder` and `kg-Welder`, or `ELC-01` and `ЕLC-01` with a Cyrillic `Е`, are two different documents or items that no reader can tell apart: a reference typed by hand, or on a keyboard switched to Cyrillic, names the wrong one without a word, and file systems that ignore case may hold only one of two exported files. Document ids are compared with every other document's, item ids with the other items of their document. Each id is reported once, at the later of the two, naming the first and where it is; ids that are exactly equal are K201's.
    ///
    /// Failing:
    /// ```yaml
    /// units:
    ///   - id: WLD-01
    ///   - id: wld-01
    /// ```
    /// Passing: give the second unit its own id, such as `WLD-02`.
    pub static LOOK_ALIKE_IDS = Rule {
        code: "K209",
        name: "look-alike-ids",
        severity: Warning,
        summary: "An id differs from another only by letter case or look-alike letters.",
    };
}

/// An id already seen: as written, and where.
struct Seen<'d> {
    id: &'d str,
    document: usize,
    path: FieldPath,
}

/// Ids of one scope seen so far (the documents, or the items of one document), by the form
/// they share with every id that looks like them.
pub(crate) struct Ids<'d> {
    /// The id of the document whose items these are; `None` for documents.
    document_id: Option<&'d str>,
    seen: HashMap<Cow<'d, str>, Seen<'d>>,
}

impl<'d> Ids<'d> {
    /// Document ids, compared with each other.
    pub(crate) fn of_documents() -> Self {
        Self {
            document_id: None,
            seen: HashMap::new(),
        }
    }

    /// Records `id`, written at `path` of `document`, and reports it when an earlier id looks
    /// the same without being equal (equal ids are K201's).
    pub(crate) fn add(
        &mut self,
        context: &mut Context<'_>,
        id: &'d str,
        document: usize,
        path: FieldPath,
    ) {
        let scope = self.document_id;
        match self.seen.entry(look_alike_key(id)) {
            Entry::Vacant(vacant) => {
                vacant.insert(Seen { id, document, path });
            }
            Entry::Occupied(first) if first.get().id != id => {
                let pair = [global(scope, first.get().id), global(scope, id)];
                report(context, first.get(), pair, id, document, &path);
            }
            Entry::Occupied(_) => {}
        }
    }
}

/// `id` in its global form: `document-id/item-id` for an item of `document`.
fn global(document: Option<&str>, id: &str) -> String {
    match document {
        Some(document) => format!("{document}/{id}"),
        None => id.to_owned(),
    }
}

/// Checks the item ids of `document` against each other.
pub(crate) fn check_items(context: &mut Context<'_>, index: usize, document: &Document) {
    let mut items = Vec::new();
    document.items(&mut |item| items.push((item.id, item.path.key(item.id_key))));
    let mut ids = Ids {
        document_id: Some(document.id()),
        seen: HashMap::new(),
    };
    for (id, path) in &items {
        ids.add(context, id, index, path.clone());
    }
}

/// The form two ids share when they differ only by case or look-alike letters: look-alikes
/// folded to the Latin letters they imitate (the one table, `fold_lookalikes`), then lower
/// case. Borrowed for the common id that is ASCII and already lower case.
fn look_alike_key(id: &str) -> Cow<'_, str> {
    let folded = fold_lookalikes(id);
    if folded.chars().any(char::is_uppercase) {
        Cow::Owned(folded.to_lowercase())
    } else {
        folded
    }
}

/// How two ids that share a key differ: `case`, `script` (look-alike letters of another
/// script) or `both`, as the message chooses its words.
fn difference(first: &str, later: &str) -> &'static str {
    if first.to_lowercase() == later.to_lowercase() {
        "case"
    } else if fold_lookalikes(first) == fold_lookalikes(later) {
        "script"
    } else {
        "both"
    }
}

/// Reports `id` at `path` of `document`, naming `first`; the pair is both ids in global form,
/// the first one's first.
fn report(
    context: &mut Context<'_>,
    first: &Seen<'_>,
    [first_global, global]: [String; 2],
    id: &str,
    document: usize,
    path: &FieldPath,
) {
    let report = context.say(
        &LOOK_ALIKE_IDS,
        document,
        path,
        Message::new("k209-message")
            .with("id", id)
            .with("first", first.id)
            .with("how", difference(first.id, id)),
        Message::new("k209-help"),
    );
    report.data = Data::LookAlikeIds {
        id: global,
        other: first_global,
    };
    context.relate(
        first.document,
        &first.path,
        Message::new("k209-related").with("id", first.id),
    );
}
