//! K502 `task-assesses-nothing`: a task that covers nothing.

use kasb_diagnostics::{Data, Message, declare_rule};
use kasb_model::{ItemPath, Task};

use crate::context::Context;

declare_rule! {
    /// A task with an empty `assesses` list produces evidence for nothing in the standard.
    ///
    /// Failing:
    /// ```yaml
    /// tasks:
    ///   - {id: T1, title: Weld a plate, assesses: []}
    /// ```
    /// Passing:
    /// ```yaml
    ///   - {id: T1, title: Weld a plate, assesses: [s/U1.1.1]}
    /// ```
    pub static TASK_ASSESSES_NOTHING = Rule {
        code: "K502",
        name: "task-assesses-nothing",
        severity: Warning,
        summary: "A task assesses no criterion, knowledge or skill.",
    };
}

/// Reports the `task` at `path` when its `assesses` list is empty.
pub(crate) fn check(context: &mut Context<'_>, index: usize, path: &ItemPath, task: &Task) {
    if task.assesses.is_empty() {
        let report = context.say(
            &TASK_ASSESSES_NOTHING,
            index,
            &path.key("id"),
            Message::new("k502-message").with("task", &task.id),
            Message::new("k502-help"),
        );
        report.data = Data::Id {
            id: task.id.clone(),
        };
    }
}
