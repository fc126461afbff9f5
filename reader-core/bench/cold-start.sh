#!/usr/bin/env bash
# Cold start, measured with hyperfine: the whole process of
#   zhreader annotate --format json samples/articles/scale-ai.txt
# against eval.HanLpOnly, a program that only reads the file and calls HanLP.segment on it (with java's default
# options, and with the launcher's), and `zhreader lookup 招安`. hyperfine prints each command's mean and range
# and how many times faster the fastest is than each other; the table is also written to
# reader-core/target/cold-start.md. Run from anywhere in the project:
#
#   reader-core/bench/cold-start.sh                  # 3 warm-up runs, then 20 runs of each command
#   RUNS=50 reader-core/bench/cold-start.sh          # more runs; other hyperfine options may follow
#
# Needs hyperfine: on Debian or Ubuntu `apt-get install -y hyperfine` (as root), or see its README for others.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if ! command -v hyperfine >/dev/null 2>&1; then
  echo "cold-start: hyperfine is not installed; on Debian or Ubuntu: apt-get install -y hyperfine" >&2
  exit 2
fi

echo "cold-start: building the command-line jar and the HanLP-only program" >&2
./zhreader --version >/dev/null
./mvnw -B -q -pl reader-core test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="$(cat reader-core/target/cp.txt):reader-core/target/test-classes"

sample=samples/articles/scale-ai.txt
launcher_options="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xmn256m -XX:-UsePerfData -Xshare:auto"
hyperfine -N --warmup 3 --runs "${RUNS:-20}" \
  --export-markdown reader-core/target/cold-start.md \
  -n "zhreader annotate --format json" "./zhreader annotate --format json $sample" \
  -n "HanLpOnly (java defaults)" "java -cp $cp io.github.zhreader.eval.HanLpOnly $sample" \
  -n "HanLpOnly (launcher's options)" "java $launcher_options -cp $cp io.github.zhreader.eval.HanLpOnly $sample" \
  -n "zhreader lookup 招安" "./zhreader lookup 招安" \
  "$@"
