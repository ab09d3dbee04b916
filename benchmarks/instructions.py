#!/usr/bin/env python3
"""Instructions, not seconds: valgrind's callgrind counts them repeatably on a noisy machine.

Counts the instructions of Kiji's release binary (a copy stripped with `strip --strip-debug`,
since callgrind cannot read its debug information) for:
  - startup: one empty-bodied document through every stage (loading lexicons and rules);
  - the full pipeline on corpus/, and each stage alone (`--reannotate --stages STAGE` over the
    pipeline's own export; the cleaner alone on the raw corpus),
and reports instructions per document and per byte of input with startup subtracted, and the
share of the full pipeline's work done on the runner's one serial queue (the ordered sink,
inclusive cost of OrderedSink.receive from callgrind_annotate).
Usage: benchmarks/instructions.py [--corpus corpus] [--out benchmarks/results/instructions.json]
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile

STAGES = ["clean", "sentences", "entities", "numbers", "quotes", "claims"]


def sink_instructions(out):
    """Inclusive instructions of the runner's ordered sink (its one serial queue), from a profile."""
    annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                               capture_output=True, text=True).stdout
    counts = [int(m.group(1).replace(",", "")) for m in
              re.finditer(r"^\s*([\d,]+)\s.*OrderedSink\S*C7receive_6number", annotated, re.M)]
    return max(counts, default=0)


def callgrind(binary, args, work, name="callgrind.out"):
    out = os.path.join(work, name)
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary] + args,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"callgrind run failed: {' '.join(args)}\n{run.stderr[-2000:]}")
    match = re.search(r"Collected\s*:\s*(\d+)", run.stderr)
    if not match:
        sys.exit("no instruction count in callgrind's output")
    return int(match.group(1))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="corpus")
    parser.add_argument("--binary", default=".build/release/kiji")
    parser.add_argument("--out", default="benchmarks/results/instructions.json")
    options = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is missing: apt-get install valgrind")
    work = tempfile.mkdtemp(prefix="kiji-callgrind-")
    binary = os.path.join(work, "kiji")
    shutil.copy(options.binary, binary)
    subprocess.run(["strip", "--strip-debug", binary], check=True)

    files = sorted(os.path.join(options.corpus, name) for name in os.listdir(options.corpus))
    total_bytes = sum(os.path.getsize(path) for path in files)
    documents = len(files)
    tiny = os.path.join(work, "tiny.jsonl")
    with open(tiny, "w") as handle:
        handle.write(json.dumps({"id": "tiny", "text": "Title\n\nA sentence."}) + "\n")
    export = os.path.join(work, "export.jsonl")

    tiny_export = os.path.join(work, "tiny-export.jsonl")
    startup = callgrind(binary, ["process", tiny, "--jobs", "1", "--quiet", "--in-process", "--out", tiny_export], work)
    full = callgrind(binary, ["process", options.corpus, "--jobs", "1", "--quiet", "--in-process", "--out", export], work,
                     name="full.out")
    sink = sink_instructions(os.path.join(work, "full.out"))
    rows = {"startup": {"instructions": startup},
            "full pipeline": {"instructions": full, "work": full - startup,
                              "serial_sink": sink, "serial_sink_share_of_work": sink / (full - startup)}}
    for stage in STAGES:
        # Each stage alone loads only its own lexicons: its baseline is the same run on one tiny document.
        if stage == "clean":
            args, base = ["process", options.corpus, "--stages", "clean"], ["process", tiny, "--stages", "clean"]
        else:
            args = ["process", export, "--reannotate", "--stages", stage]
            base = ["process", tiny_export, "--reannotate", "--stages", stage]
        common = ["--jobs", "1", "--quiet", "--in-process", "--out", os.devnull]
        count = callgrind(binary, args + common, work)
        baseline = callgrind(binary, base + common, work)
        rows[f"{stage} alone"] = {"instructions": count, "startup": baseline, "work": count - baseline}
    for row in rows.values():
        if "work" in row:
            row["per_document"] = row["work"] / documents
            row["per_byte"] = row["work"] / total_bytes
    result = {"corpus": options.corpus, "documents": documents, "bytes": total_bytes, "rows": rows,
              "note": "work = instructions minus those of the same command on one tiny document (startup); a stage alone includes reading the export's JSON"}
    os.makedirs(os.path.dirname(options.out), exist_ok=True)
    with open(options.out, "w") as handle:
        json.dump(result, handle, indent=2)
    print(f"{documents} documents, {total_bytes} bytes")
    for name, row in rows.items():
        extra = f"  {row['per_document'] / 1e6:8.2f} M/doc  {row['per_byte']:8.0f} /byte" if "per_byte" in row else ""
        print(f"{name:16} {row['instructions'] / 1e6:10.1f} M instructions{extra}")
    print(f"serial sink      {sink / 1e6:10.1f} M instructions  {100 * sink / (full - startup):.1f}% of the full pipeline's work")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
