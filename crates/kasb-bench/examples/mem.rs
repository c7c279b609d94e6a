use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);
static COUNT: AtomicUsize = AtomicUsize::new(0);
unsafe impl std::alloc::GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: std::alloc::Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Relaxed);
        COUNT.fetch_add(1, Relaxed);
        unsafe { mimalloc::MiMalloc.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: std::alloc::Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        COUNT.fetch_sub(1, Relaxed);
        unsafe { mimalloc::MiMalloc.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: std::alloc::Layout, n: usize) -> *mut u8 {
        LIVE.fetch_add(n, Relaxed);
        LIVE.fetch_sub(l.size(), Relaxed);
        unsafe { mimalloc::MiMalloc.realloc(p, l, n) }
    }
}
#[global_allocator]
static GLOBAL: Counting = Counting;
fn live() -> String {
    format!(
        "live {} MB in {} allocs",
        LIVE.load(Relaxed) / 1024 / 1024,
        COUNT.load(Relaxed)
    )
}
fn kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix(key))
        .map(|v| v.trim().trim_end_matches(" kB").trim().parse().unwrap())
        .unwrap_or(0)
}
fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).unwrap());
    eprintln!("start rss {} MB {}", kb("VmRSS:") / 1024, live());
    let t = std::time::Instant::now();
    let report = kasb::check_with_progress(&[path], &kasb::CheckOptions::default(), &|p| {
        eprintln!(
            "{:?} {} {:.3}s rss {} MB hwm {} MB",
            p,
            live(),
            t.elapsed().as_secs_f64(),
            kb("VmRSS:") / 1024,
            kb("VmHWM:") / 1024
        );
    })
    .unwrap();
    let bytes: usize = report
        .graph
        .workspace()
        .files()
        .iter()
        .map(|f| f.byte_len())
        .sum();
    eprintln!(
        "done {:.3}s corpus {} MB rss {} MB hwm {} MB diags {}",
        t.elapsed().as_secs_f64(),
        bytes / 1024 / 1024,
        kb("VmRSS:") / 1024,
        kb("VmHWM:") / 1024,
        report.diagnostics.len()
    );
}
