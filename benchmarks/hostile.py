#!/usr/bin/env python3
"""Peak memory of Kiji on hostile sizes (README "Limits"): one huge text document, at and over
--max-document-bytes, and one JSONL file of many documents (100 MB and 1 GB) whose memory must
stay flat. Inputs are generated in /tmp (never committed). Needs a release build
(swift build -c release). Writes benchmarks/results/hostile.md.

    python3 benchmarks/hostile.py [--kiji .build/release/kiji] [--jsonl-gb 1]
"""
import argparse
import datetime
import glob
import json
import os
import random
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = ("the minister said on Friday that Tokyo would raise tariffs by 25% after talks with "
         "officials in Osaka and Brussels about steel exports worth $3.2 billion last year").split()


def run(command):
    """(seconds, peak RSS MiB of the process or its largest child, last stderr line, stdout lines)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        kib = int(report.read().strip().splitlines()[-1])
    lines = result.stdout.count(b"\n")
    first = result.stdout[:300].decode("utf-8", "replace")
    return seconds, kib / 1024, result.stderr.decode().strip().splitlines()[-1:], lines, first


def paragraphs_file(path, megabytes):
    """One plain-text document of short paragraphs (a few words each)."""
    rng = random.Random(1)
    with open(path, "w") as out:
        out.write("A headline for the test\n\n")
        written = 0
        while written < megabytes * 1_000_000:
            line = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 6))).capitalize() + ".\n"
            out.write(line)
            written += len(line)


def jsonl_file(path, megabytes):
    """Many documents: the sample corpus articles again and again, each with its own id."""
    texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(os.path.join(ROOT, "corpus", "*.txt")))]
    with open(path, "w") as out:
        written, number = 0, 0
        while written < megabytes * 1_000_000:
            line = json.dumps({"id": f"doc{number}", "text": texts[number % len(texts)]}) + "\n"
            out.write(line)
            written += len(line)
            number += 1
    return number


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiji", default=os.path.join(ROOT, ".build", "release", "kiji"))
    parser.add_argument("--big-mb", type=int, default=200)
    parser.add_argument("--allowed-mb", type=int, default=21, help="a document under the limit, measured whole")
    parser.add_argument("--jsonl-gb", type=float, default=1.0)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="kiji-hostile-")
    rows = []

    def row(name, size_mb, command, note=""):
        seconds, peak, summary, lines, first = run(command)
        error = json.loads(first.split("\n")[0]).get("error") if first.startswith("{\"id\"") and "\"error\"" in first[:400] else None
        rows.append((name, size_mb, seconds, peak, peak / size_mb if size_mb else 0, lines, error or note, " ".join(summary)))
        print(rows[-1], flush=True)

    allowed = os.path.join(work, "paragraphs.txt")
    paragraphs_file(allowed, args.allowed_mb)
    size = os.path.getsize(allowed) / 1e6
    limit = ["--max-document-bytes", str(int(size * 1e6) + 1)]
    for mode in ([], ["--in-process"]):
        row(f"one text of short paragraphs {'in-process' if mode else 'workers'}", size,
            [args.kiji, "process", allowed, "--out", "/dev/null", "--jobs", "1"] + limit + mode)
    big = os.path.join(work, "big.txt")
    paragraphs_file(big, args.big_mb)
    row("one text over --max-document-bytes (default)", os.path.getsize(big) / 1e6, [args.kiji, "process", big])
    os.remove(big)

    for gigabytes in (0.1, args.jsonl_gb):
        path = os.path.join(work, "many.jsonl")
        count = jsonl_file(path, gigabytes * 1000)
        row(f"JSONL of {count} documents", os.path.getsize(path) / 1e6,
            [args.kiji, "process", path, "--out", "/dev/null", "--jobs", "2"])
        os.remove(path)

    with open(os.path.join(ROOT, "benchmarks", "results", "hostile.md"), "w") as out:
        out.write(f"# Kiji on hostile sizes ({datetime.date.today()}, `python3 benchmarks/hostile.py`)\n\n")
        out.write("Peak RSS is GNU time's %M: the largest of the parent and its worker processes.\n\n")
        out.write("| input | MB | seconds | peak MiB | peak / size | lines | error line | summary |\n|---|---:|---:|---:|---:|---:|---|---|\n")
        for name, size_mb, seconds, peak, ratio, lines, error, summary in rows:
            out.write(f"| {name} | {size_mb:.0f} | {seconds:.1f} | {peak:.0f} | {ratio:.1f}× | {lines} | {error or ''} | {summary} |\n")


if __name__ == "__main__":
    main()
