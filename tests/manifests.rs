//! The manifests tell the truth: the workspace's `rust-version` is at least what every locked
//! dependency declares, so a user on the stated toolchain can build kasb.

use std::process::Command;

use serde_json::Value;

/// `cargo metadata` for the workspace, resolved from Cargo.lock. Offline first (everything a
/// build needed is in the local cache); online if the cache lacks a manifest, as on a fresh
/// machine that only built for its own platform.
fn metadata() -> Value {
    let run = |offline: bool| {
        let mut command = Command::new(env!("CARGO"));
        command
            .args(["metadata", "--format-version", "1", "--locked"])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if offline {
            command.arg("--offline");
        }
        command.output().expect("cargo runs")
    };
    let mut output = run(true);
    if !output.status.success() {
        output = run(false);
    }
    assert!(
        output.status.success(),
        "cargo metadata failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON")
}

/// `1.89` or `1.89.0` as comparable numbers (a missing patch is 0).
fn version(text: &str) -> [u64; 3] {
    let mut parts = text
        .split('.')
        .map(|part| part.parse().expect("a numeric rust-version"));
    std::array::from_fn(|_| parts.next().unwrap_or(0))
}

fn rust_version(package: &Value) -> Option<&str> {
    package["rust_version"].as_str()
}

fn name(package: &Value) -> String {
    format!("{} {}", text(&package["name"]), text(&package["version"]))
}

fn text(value: &Value) -> &str {
    value.as_str().unwrap_or("?")
}

#[test]
fn rust_version_covers_every_dependency() {
    let metadata = metadata();
    let packages = metadata["packages"].as_array().expect("a package list");
    let members = metadata["workspace_members"]
        .as_array()
        .expect("workspace members");
    let is_member = |package: &Value| members.contains(&package["id"]);

    let kasb = packages
        .iter()
        .find(|package| package["name"] == "kasb" && is_member(package))
        .expect("the kasb package");
    let floor = rust_version(kasb).expect("kasb declares a rust-version");

    for member in packages.iter().filter(|package| is_member(package)) {
        assert_eq!(
            rust_version(member),
            Some(floor),
            "{} declares its own rust-version instead of the workspace's",
            name(member)
        );
    }
    let above: Vec<String> = packages
        .iter()
        .filter(|package| !is_member(package))
        .filter_map(|package| {
            let needed = rust_version(package)?;
            (version(needed) > version(floor)).then(|| format!("{} needs {needed}", name(package)))
        })
        .collect();
    assert!(
        above.is_empty(),
        "the workspace's rust-version {floor} is below what dependencies need: {above:?}"
    );
}

/// An exact requirement (`=1.0.229`) in a published manifest stops a user's `cargo update` of
/// that dependency; Cargo.lock, not the manifests, pins what the binary is built with.
#[test]
fn requirements_are_not_exact() {
    let metadata = metadata();
    let members = metadata["workspace_members"]
        .as_array()
        .expect("workspace members");
    let exact: Vec<String> = metadata["packages"]
        .as_array()
        .expect("a package list")
        .iter()
        .filter(|package| members.contains(&package["id"]))
        .flat_map(|package| {
            let dependencies = package["dependencies"].as_array().into_iter().flatten();
            dependencies
                .filter(|dependency| text(&dependency["req"]).starts_with('='))
                .map(move |dependency| format!("{} → {}", name(package), text(&dependency["name"])))
        })
        .collect();
    assert!(exact.is_empty(), "exact requirements: {exact:?}");
}
