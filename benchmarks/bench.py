#!/usr/bin/env python3
"""Kiji's throughput, memory and scaling, side by side with the Python NLP stack, in one run.

Run through benchmarks/run.sh, which builds Kiji in release mode and makes the virtual
environment. Writes benchmarks/results/latest.json and latest.md.
"""
import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "benchmarks", "work")
RESULTS = os.path.join(ROOT, "benchmarks", "results")
STAGES = ["clean", "sentences", "entities", "numbers", "quotes", "claims"]


def peak_rss(command):
    """Runs a command under GNU time; returns (wall seconds, peak RSS MiB, stdout)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command,
                                cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if result.returncode != 0:
            sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-2000:]}")
        kib = int(report.read().strip().splitlines()[-1])
    return seconds, kib / 1024, result.stdout


def corpus(size):
    path = os.path.join(WORK, f"corpus-{size}.jsonl")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "make_corpus.py"), "--size", str(size),
                        "--out", path], cwd=ROOT, check=True)
    return path


def megabytes(path):
    return os.path.getsize(path) / 1_048_576


def supports_store(kiji):
    return "--store" in subprocess.run([kiji, "process", "--help"], capture_output=True, text=True).stdout


def kiji_runs(kiji, sizes, stage_sizes, jobs_list):
    rows = []
    store = supports_store(kiji)
    for size in sizes:
        source = corpus(size)
        mb = megabytes(source)
        runs = [(jobs, False) for jobs in jobs_list] + ([(max(jobs_list), True)] if store else [])
        for jobs, with_store in runs:
            keep = size in stage_sizes and jobs == max(jobs_list) and not with_store
            annotated = os.path.join(WORK, f"annotated-{size}.jsonl") if keep else "/dev/null"
            command = [kiji, "process", source, "--jobs", str(jobs), "--out", annotated, "--quiet"]
            if with_store:
                database = os.path.join(WORK, f"store-{size}.sqlite")
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(database + suffix):
                        os.remove(database + suffix)
                command += ["--store", database]
            seconds, rss, _ = peak_rss(command)
            what = "full pipeline + store" if with_store else "full pipeline"
            rows.append({"what": what, "size": size, "jobs": jobs, "seconds": seconds,
                         "docs_per_s": size / seconds, "mb_per_s": mb / seconds, "peak_mib": rss})
            print(f"kiji {what:<22} {size:>7} docs  jobs {jobs}: {size / seconds:8.0f} docs/s  {rss:7.1f} MiB", flush=True)
        if size not in stage_sizes:
            continue
        annotated = os.path.join(WORK, f"annotated-{size}.jsonl")
        for stage in STAGES:
            for jobs in jobs_list:
                if stage == "clean":
                    command = [kiji, "process", source, "--stages", "clean", "--jobs", str(jobs), "--out", "/dev/null", "--quiet"]
                else:
                    command = [kiji, "process", annotated, "--reannotate", "--stages", stage, "--jobs", str(jobs), "--out", "/dev/null", "--quiet"]
                seconds, rss, _ = peak_rss(command)
                rows.append({"what": f"stage {stage}", "size": size, "jobs": jobs, "seconds": seconds,
                             "docs_per_s": size / seconds, "mb_per_s": mb / seconds, "peak_mib": rss})
                print(f"kiji {stage:>10} {size:>7} docs  jobs {jobs}: {size / seconds:8.0f} docs/s", flush=True)
        rows.append(report_run(kiji, size, annotated, mb))
    return rows


def report_run(kiji, size, annotated, mb):
    """`kiji report` over the annotated export: a page per article, the index and the claims pages."""
    site = os.path.join(WORK, f"site-{size}")
    subprocess.run(["rm", "-rf", site], check=True)
    seconds, rss, _ = peak_rss([kiji, "report", annotated, "--out", site])
    print(f"kiji     report {size:>7} docs: {size / seconds:8.0f} docs/s  {rss:7.1f} MiB", flush=True)
    return {"what": "report (static site)", "size": size, "jobs": os.cpu_count(), "seconds": seconds,
            "docs_per_s": size / seconds, "mb_per_s": mb / seconds, "peak_mib": rss}


def sample_inputs(size, sample):
    """The first `sample` documents: Kiji's cleaned texts (for spaCy and pySBD) and the HTML pages (for trafilatura)."""
    texts_path = os.path.join(WORK, f"texts-{sample}.jsonl")
    pages_path = os.path.join(WORK, f"pages-{sample}.jsonl")
    annotated = os.path.join(WORK, f"annotated-{size}.jsonl")
    with open(annotated, encoding="utf-8") as source, open(texts_path, "w", encoding="utf-8") as texts:
        for index, line in enumerate(source):
            if index >= sample:
                break
            record = json.loads(line)
            if "text" in record:
                texts.write(json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
    with open(corpus(size), encoding="utf-8") as source, open(pages_path, "w", encoding="utf-8") as pages:
        for index, line in enumerate(source):
            if index >= sample:
                break
            record = json.loads(line)
            if "html" in record:
                pages.write(json.dumps(record) + "\n")
    return texts_path, pages_path


def peer_runs(python, texts_path, pages_path):
    rows = []
    for tool, path, work in [("spacy", texts_path, "sentences + entities (en_core_web_sm, 2 processes)"),
                             ("pysbd", texts_path, "sentences"), ("trafilatura", pages_path, "HTML cleaning")]:
        _, rss, out = peak_rss([python, os.path.join(ROOT, "benchmarks", "peers.py"), tool, path])
        result = json.loads(out.strip().splitlines()[-1])
        rows.append({"tool": tool, "work": work, "documents": result["documents"], "seconds": result["seconds"],
                     "docs_per_s": result["documents"] / result["seconds"], "peak_mib": rss})
        print(f"{tool:>12}: {result['documents'] / result['seconds']:8.1f} docs/s ({work})", flush=True)
    return rows


def entity_f1(kiji, python):
    """Entity F1 on gold/: Kiji's full pipeline on corpus/, and spaCy's small model on the gold texts."""
    ours = os.path.join(WORK, "gold-kiji.jsonl")
    subprocess.run([kiji, "process", "corpus", "--out", ours, "--quiet"], cwd=ROOT, check=True)
    theirs = os.path.join(WORK, "gold-spacy.jsonl")
    subprocess.run([python, os.path.join(ROOT, "benchmarks", "peers.py"), "spacy-gold", "gold", theirs], cwd=ROOT, check=True,
                   capture_output=True)
    def score(path):
        out = subprocess.run([kiji, "score", "--gold", "gold", path, "--json"], cwd=ROOT, check=True, capture_output=True, text=True).stdout
        return json.loads(out)["entities"]["f1"]
    return {"kiji": score(ours), "spacy": score(theirs)}


def markdown(results):
    lines = [f"# Kiji benchmark ({results['date']}, {results['machine']})", "",
             f"Command: `{results['command']}`", "", "## Kiji", "",
             "| run | documents | jobs | docs/s | MB/s | peak MiB |", "|---|---:|---:|---:|---:|---:|"]
    for row in results["kiji"]:
        lines.append(f"| {row['what']} | {row['size']} | {row['jobs']} | {row['docs_per_s']:.0f} | {row['mb_per_s']:.2f} | {row['peak_mib']:.0f} |")
    lines += ["", f"## Peers (first {results['peer_sample']} documents of the scale corpus, same texts)", "",
              "| tool | work | documents | docs/s | peak MiB | Kiji full pipeline (2 jobs) is faster by |", "|---|---|---:|---:|---:|---:|"]
    for row in results["peers"]:
        lines.append(f"| {row['tool']} | {row['work']} | {row['documents']} | {row['docs_per_s']:.1f} | {row['peak_mib']:.0f} | {row['kiji_ratio']:.0f}× |")
    lines += ["", "## Accuracy and memory", "",
              f"- Entity F1 on gold/: Kiji {results['entity_f1']['kiji']:.3f}, spaCy small {results['entity_f1']['spacy']:.3f}",
              f"- Peak memory of the full pipeline, largest vs smallest size (2 jobs): {results['memory_ratio']:.2f}×", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kiji", default=os.path.join(ROOT, ".build", "release", "kiji"))
    parser.add_argument("--python", default=os.path.join(ROOT, "benchmarks", ".venv", "bin", "python"))
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--stage-sizes", default="1000,10000", help="sizes at which each stage is also run alone")
    parser.add_argument("--peer-sample", type=int, default=1000)
    parser.add_argument("--jobs", default="1,2")
    args = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    os.makedirs(RESULTS, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    stage_sizes = {int(s) for s in args.stage_sizes.split(",")} | {sizes[0]}
    jobs_list = [int(j) for j in args.jobs.split(",")]

    kiji_rows = kiji_runs(args.kiji, sizes, stage_sizes, jobs_list)
    texts_path, pages_path = sample_inputs(sizes[0], min(args.peer_sample, sizes[0]))
    peers = peer_runs(args.python, texts_path, pages_path)
    full = [row for row in kiji_rows if row["what"] == "full pipeline" and row["jobs"] == max(jobs_list)]
    reference = full[0]["docs_per_s"]
    for row in peers:
        row["kiji_ratio"] = reference / row["docs_per_s"]
    results = {
        "date": time.strftime("%Y-%m-%d"), "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "command": "benchmarks/run.sh " + " ".join(sys.argv[1:]),
        "kiji": kiji_rows, "peers": peers, "peer_sample": min(args.peer_sample, sizes[0]),
        "entity_f1": entity_f1(args.kiji, args.python),
        "memory_ratio": full[-1]["peak_mib"] / full[0]["peak_mib"],
    }
    with open(os.path.join(RESULTS, "latest.json"), "w") as handle:
        json.dump(results, handle, indent=2)
    with open(os.path.join(RESULTS, "latest.md"), "w") as handle:
        handle.write(markdown(results))
    print(markdown(results))


if __name__ == "__main__":
    main()
