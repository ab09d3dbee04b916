#!/usr/bin/env python3
"""The store's cost: plain runs against SQLite store runs, PostgreSQL with 1, 2 and 4 sharded
workers, and the cost of a new document as the store grows. Needs a release build
(swift build -c release --product kiji) and Debian's postgresql (scripts/install-system-deps.sh).

    benchmarks/store_bench.py [--size 10000] [--growth 1000,10000,100000] [--repeat 2]

Writes benchmarks/results/store.json and store.md. Each figure is the best of --repeat runs
(wall time of the whole process, standard output to /dev/null).
"""
import argparse
import json
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "benchmarks", "work")
RESULTS = os.path.join(ROOT, "benchmarks", "results")
KIJI = os.path.join(ROOT, ".build", "release", "kiji")


def corpus(size, seed=20251121, prefix=None):
    """The scale corpus of `size` documents; with `prefix`, a second one of other documents and ids."""
    name = f"corpus-{size}.jsonl" if prefix is None else f"corpus-{prefix}-{size}-{seed}.jsonl"
    path = os.path.join(WORK, name)
    if not os.path.exists(path):
        raw = path + ".raw"
        subprocess.run([sys.executable, os.path.join(ROOT, "benchmarks", "make_corpus.py"), "--size", str(size),
                        "--seed", str(seed), "--out", raw], cwd=ROOT, check=True)
        with open(raw, encoding="utf-8") as source, open(path, "w", encoding="utf-8") as out:
            for line in source:
                record = json.loads(line)
                if prefix is not None:
                    record["id"] = f"{prefix}-{record['id']}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        os.remove(raw)
    return path


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(commands):
    """Runs the commands together; returns the wall seconds until the last one ends (the CPU
    seconds they and their worker processes used are left in `timed.cpu`: on a shared machine
    the wall time also counts other people's work)."""
    cpu = children_cpu()
    start = time.perf_counter()
    processes = [subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for command in commands]
    for process, command in zip(processes, commands):
        _, errors = process.communicate()
        if process.returncode != 0:
            sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{errors.decode()[-2000:]}")
    seconds = time.perf_counter() - start
    timed.cpu = children_cpu() - cpu
    return seconds


def best(repeat, prepare, commands):
    """The best wall seconds of `repeat` runs; `best.cpu` is that run's CPU seconds."""
    runs = []
    for _ in range(repeat):
        prepare()
        runs.append((timed(commands()), timed.cpu))
    seconds, best.cpu = min(runs)
    return seconds


class Postgres:
    """A throwaway server on 127.0.0.1 (as the postgres user when run as root)."""

    def __init__(self):
        versions = sorted(int(v) for v in os.listdir("/usr/lib/postgresql") if v.isdigit())
        self.bin = f"/usr/lib/postgresql/{versions[-1]}/bin"
        self.folder = tempfile.mkdtemp(prefix="kiji-pg-bench-", dir="/tmp")
        self.user = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []
        if self.user:
            shutil.chown(self.folder, "postgres")
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        data = os.path.join(self.folder, "data")
        self.run("initdb", "-D", data, "-U", "kiji", "--auth=trust", "-E", "UTF8", "--no-locale")
        self.run("pg_ctl", "-D", data, "-l", os.path.join(self.folder, "log"), "-w", "-o",
                 f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1", "start")
        self.count = 0
        with open(os.path.join(data, "postmaster.pid")) as pid:
            self.pid = int(pid.readline())

    def cpu(self):
        """CPU seconds of the server and its ended backends (each worker's connection ends with it)."""
        with open(f"/proc/{self.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")

    def run(self, tool, *arguments):
        subprocess.run(self.user + [os.path.join(self.bin, tool), *arguments], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/tmp")

    def new_database(self):
        self.count += 1
        name = f"bench{self.count}"
        self.run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "kiji", name)
        return f"postgres://kiji@127.0.0.1:{self.port}/{name}"

    def stop(self):
        self.run("pg_ctl", "-D", os.path.join(self.folder, "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_store(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--growth", default="1000,10000,100000", help="stored documents before 1,000 new ones are added")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--kiji", default=KIJI, help="the binary (default: the release build)")
    parser.add_argument("--out", default="store", help="results name: benchmarks/results/NAME.json and .md")
    args = parser.parse_args()
    kiji = args.kiji
    os.makedirs(WORK, exist_ok=True)
    documents = corpus(args.size)
    process = [kiji, "process", documents, "--quiet", "--out", "/dev/null"]
    store = os.path.join(WORK, "bench-store.sqlite")
    rows = []

    def row(what, seconds, count=args.size, **extra):
        rows.append(dict(what=what, seconds=round(seconds, 2), cpu_seconds=round(best.cpu, 2), documents=count,
                         per_second=round(count / seconds), **extra))
        print(f"{what}: {seconds:.2f} s ({best.cpu:.2f} s CPU), {count / seconds:.0f} documents/s", flush=True)

    plain = best(args.repeat, lambda: None, lambda: [process + ["--jobs", str(args.jobs)]])
    plain_cpu = best.cpu
    row(f"plain, {args.jobs} jobs", plain)
    sqlite = best(args.repeat, lambda: remove_store(store), lambda: [process + ["--jobs", str(args.jobs), "--store", store]])
    row(f"SQLite store (new), {args.jobs} jobs", sqlite, share_of_plain=round(plain / sqlite, 3),
        cpu_share_of_plain=round(plain_cpu / best.cpu, 3))

    server = Postgres()
    try:
        urls = []
        for workers in (1, 2, 4):
            jobs = max(1, args.jobs // workers)
            server_cpu = server.cpu()
            seconds = best(args.repeat, lambda: urls.append(server.new_database()), lambda: [
                process + ["--jobs", str(jobs), "--store", urls[-1], "--shard", f"{index}/{workers}"] for index in range(workers)])
            print(f"  server CPU over {args.repeat} run(s): {server.cpu() - server_cpu:.2f} s", flush=True)
            rows.append(dict(what=f"PostgreSQL server CPU, {workers} worker(s), {args.repeat} run(s)",
                             server_cpu_seconds=round(server.cpu() - server_cpu, 2)))
            row(f"PostgreSQL store (new), {workers} worker(s) x {jobs} job(s)", seconds, share_of_plain=round(plain / seconds, 3),
                cpu_share_of_plain=round(plain_cpu / best.cpu, 3))

        new = corpus(1000, seed=777, prefix="new")
        for stored in [int(size) for size in args.growth.split(",") if size]:
            base = os.path.join(WORK, f"growth-{stored}.sqlite")
            if not os.path.exists(base):
                timed([[kiji, "process", corpus(stored), "--quiet", "--out", "/dev/null", "--store", base, "--jobs", str(args.jobs)]])
            grown = os.path.join(WORK, "growth-run.sqlite")

            def copy_base():
                remove_store(grown)
                subprocess.run([sys.executable, "-c", f"import sqlite3; s=sqlite3.connect({base!r}); d=sqlite3.connect({grown!r}); s.backup(d)"], check=True)
            one_stored = os.path.join(WORK, f"one-of-{stored}.jsonl")
            with open(corpus(stored), encoding="utf-8") as source, open(one_stored, "w", encoding="utf-8") as out:
                out.write(source.readline())
            # Opening the store and filing its claims into the linker: one document, already stored.
            opening = best(args.repeat, copy_base, lambda: [[kiji, "process", one_stored, "--quiet", "--out", "/dev/null",
                                                             "--store", grown, "--jobs", str(args.jobs)]])
            opening_cpu = best.cpu
            adding = best(args.repeat, copy_base, lambda: [[kiji, "process", new, "--quiet", "--out", "/dev/null",
                                                            "--store", grown, "--jobs", str(args.jobs)]])
            per_new = (adding - opening) / 1000 * 1000
            cpu_per_new = (best.cpu - opening_cpu) / 1000 * 1000
            rows.append(dict(what=f"1,000 new documents into a SQLite store of {stored:,}", seconds=round(adding, 2),
                             open_and_restore_seconds=round(opening, 2), ms_per_new_document=round(per_new, 3),
                             cpu_ms_per_new_document=round(cpu_per_new, 3)))
            print(f"store of {stored}: open+restore {opening:.2f} s, 1,000 new {adding:.2f} s, {per_new:.3f} ms per new document"
                  f" ({cpu_per_new:.3f} ms CPU)", flush=True)
    finally:
        server.stop()

    os.makedirs(RESULTS, exist_ok=True)
    with open(os.path.join(RESULTS, f"{args.out}.json"), "w") as out:
        json.dump(dict(binary=os.path.relpath(kiji, ROOT), corpus=documents, size=args.size, cores=os.cpu_count(), rows=rows), out, indent=2)
    with open(os.path.join(RESULTS, f"{args.out}.md"), "w") as out:
        out.write(f"# Store benchmark ({args.size:,}-document scale corpus, {os.cpu_count()} cores shared, best of {args.repeat})\n\n")
        out.write(f"Binary: `{os.path.relpath(kiji, ROOT)}`.\n\n")
        out.write("`benchmarks/store_bench.py " + " ".join(sys.argv[1:]) + "`\n\n"
                  "CPU seconds: user + system of kiji and its worker processes (the machine is shared: wall time counts others' work too).\n\n"
                  "| run | seconds | documents/s | share of plain | CPU seconds | CPU share of plain |\n|---|---|---|---|---|---|\n")
        for entry in rows:
            if "per_second" in entry:
                out.write(f"| {entry['what']} | {entry['seconds']} | {entry['per_second']} | {entry.get('share_of_plain', '')} "
                          f"| {entry['cpu_seconds']} | {entry.get('cpu_share_of_plain', '')} |\n")
        for entry in rows:
            if "server_cpu_seconds" in entry:
                out.write(f"\n{entry['what']}: {entry['server_cpu_seconds']} s")
        out.write("\n\n| growth | open + restore (s) | with 1,000 new (s) | ms per new document | CPU ms per new document |\n"
                  "|---|---|---|---|---|\n")
        for entry in rows:
            if "ms_per_new_document" in entry:
                out.write(f"| {entry['what']} | {entry['open_and_restore_seconds']} | {entry['seconds']} | {entry['ms_per_new_document']} "
                          f"| {entry['cpu_ms_per_new_document']} |\n")


if __name__ == "__main__":
    main()
