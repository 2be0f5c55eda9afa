#!/usr/bin/env bash
# Builds the benchmark module (and what it depends on) and runs the allocation benchmark once,
# keeping its output in benchmark/reports/allocation-<date>.txt and allocation-latest.txt.
#
#   benchmark/run.sh                                # local MariaDB on 127.0.0.1:3306, user root
#   benchmark/run.sh jdbc:mysql://db:3306/          # another server (IPAM_BENCH_JDBC_URL works too)
#   benchmark/run.sh --quick                        # smaller phases, a smoke test (~30 s)
#   SKIP_BUILD=1 benchmark/run.sh                   # reuse the last build
#   benchmark/run.sh --http                         # through HTTP: Melange POST .../ip_addresses (reports/http-allocation-*)
#
# Credentials: IPAM_BENCH_JDBC_USER (default root), IPAM_BENCH_JDBC_PASSWORD (default empty).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java_bin="$JAVA_HOME/bin/java"

if ! "$java_bin" -version 2>&1 | grep -Eq 'version "(2[5-9]|[3-9][0-9])'; then
  echo "run.sh: $java_bin is not a JDK 25 or newer; set JAVA_HOME" >&2
  exit 2
fi

if [[ -z "${SKIP_BUILD:-}" ]]; then
  (cd "$root" && ./mvnw -q -pl benchmark -am install -DskipTests)
fi

# Which code was measured: the commit, and how many files of the server's modules differ from it.
if command -v git >/dev/null && git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  changed=$(git -C "$root" status --porcelain -- domain application persistence bootstrap | wc -l)
  export IPAM_BENCH_CODE_VERSION="commit $(git -C "$root" rev-parse --short HEAD), $changed uncommitted change(s) in domain/application/persistence/bootstrap"
fi

jar="$here/target/benchmark-0.1.0-SNAPSHOT.jar"
main=io.openipam.benchmark.AllocationBenchmark
name=allocation
args=()
for arg in "$@"; do
  if [[ "$arg" == "--http" ]]; then
    main=io.openipam.benchmark.HttpAllocationBenchmark
    name=http-allocation
  else
    args+=("$arg")
  fi
done
mkdir -p "$here/reports"
report="$here/reports/$name-$(date +%Y%m%d-%H%M%S).txt"

# The jar's manifest names target/lib/*; the explicit class path below says the same for java -cp users.
set +e
# JAVA_OPTS adds JVM options, e.g. JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile
# shellcheck disable=SC2086
"$java_bin" -Xmx1g -XX:+UseG1GC ${JAVA_OPTS:-} \
  -cp "$jar:$here/target/lib/*" "$main" ${args[@]+"${args[@]}"} 2>&1 | tee "$report"
status=${PIPESTATUS[0]}
set -e

cp "$report" "$here/reports/$name-latest.txt"
echo "report: $report (also reports/$name-latest.txt)"
exit "$status"
