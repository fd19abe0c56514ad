#!/usr/bin/env bash
# The load benchmark (issue 12 point 2), kept out of the test command: builds the app, starts it on a fresh data
# directory with a generated tenant, measures the floor (the requests' SQL in PostgreSQL alone), runs the Gatling
# simulation benchmark/…/StoreDay.java and writes target/benchmark/summary.md (p50/p95/p99, req/s, failed %, floor,
# ratio, targets ✓/✗).
#   scripts/benchmark.sh                                   # the large tenant, 50 users for 60 s
#   SIZE=small USERS=10 DURATION=30 scripts/benchmark.sh   # the small demo tenant, a quick proof
#   DATA_DIR=/tmp/jt-large scripts/benchmark.sh            # keep (or reuse) the generated data between runs
#                                                          # (else it is deleted at the end unless KEEP_DATA=1)
# Other knobs: PORT (8098), EMAIL / PASSWORD (the size's owner), RAMP (10 s), THINK (1 s between a person's requests),
# FLOOR_REPS (20 serial requests each), REPLAYS (200), SKIP_BUILD=1 (use target/jeweltrak-*.jar as it is),
# SCENARIOS (a comma-separated subset of sign-in,search,lists,pos,invoice,reports; SCENARIOS=invoice: finalize alone).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-large}
PORT=${PORT:-8098}
USERS=${USERS:-50}
DURATION=${DURATION:-60}
RAMP=${RAMP:-10}
THINK=${THINK:-1}
FLOOR_REPS=${FLOOR_REPS:-20}
REPLAYS=${REPLAYS:-200}
if [ "$SIZE" = large ]; then EMAIL=${EMAIL:-owner@large.test}; else EMAIL=${EMAIL:-owner@demo.test}; fi
PASSWORD=${PASSWORD:-jeweltrak-demo}
WORK=$(mktemp -d /tmp/jeweltrak-benchmark.XXXXXX)
DATA=${DATA_DIR:-$WORK/data}
OUT=target/benchmark
BASE=http://localhost:$PORT
mkdir -p "$OUT"
echo "work directory: $WORK; data: $DATA; results: $OUT"

if [ "${SKIP_BUILD:-0}" != 1 ]; then ./mvnw -B -q -DskipTests -Djacoco.skip=true package; fi
JAR=$(ls target/jeweltrak-*.jar | grep -v original | head -1)
# the app runs on Java 25, the machine's default java may be older (as scripts/crash-test.sh)
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}

APP=
stop_app() {
  if [ -n "$APP" ] && kill -0 "$APP" 2>/dev/null; then
    kill "$APP"
    for _ in $(seq 1 60); do kill -0 "$APP" 2>/dev/null || break; sleep 1; done
  fi
  APP=
}
trap stop_app EXIT

# starts the app and waits until the demo tenant is made (its banner is printed after the generator ends)
start_app() {
  local log=$WORK/app-$1.log started=$SECONDS
  JEWELTRAK_DATA_DIR=$DATA "$JAVA" -jar "$JAR" --server.port="$PORT" --jeweltrak.demo.size="$SIZE" > "$log" 2>&1 &
  APP=$!
  while ! grep -qs "JewelTrak is running at" "$log"; do
    if ! kill -0 "$APP" 2>/dev/null; then echo "the app stopped; see $log" >&2; exit 1; fi
    if [ $((SECONDS - started)) -gt 1800 ]; then echo "the app was not ready in 30 minutes; see $log" >&2; exit 1; fi
    if [ $(((SECONDS - started) % 30)) = 0 ]; then
      echo "  waiting for the app ($((SECONDS - started)) s): $(tail -1 "$log" | cut -c1-160)"
    fi
    sleep 1
  done
  echo "  the app is ready after $((SECONDS - started)) s ($log)"
}

echo "starting the app with the $SIZE demo tenant (a large one takes minutes)"
start_app first
# PostgreSQL's statement log goes to a file only with logging_collector, which needs a restart: the app is stopped,
# the setting written into the data directory (zonky's command-line settings leave it alone) and the app started again
stop_app
CONF=$DATA/postgres/postgresql.auto.conf
if ! grep -q "^logging_collector" "$CONF"; then
  printf "logging_collector = 'on'\nlog_directory = 'log'\nlog_filename = 'postgresql.log'\n" >> "$CONF"
fi
start_app second
PG_PORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PG_LOG=$DATA/postgres/log/postgresql.log
# the planner's statistics of the freshly generated tables, as autovacuum would gather them a little later: without
# them the first plans can be far off (a jewelry list took 250 ms instead of 10 ms on the small demo)
echo "analyze (planner statistics of the generated data)"
psql -h localhost -p "$PG_PORT" -U postgres -d jeweltrak -qX -c "analyze" > /dev/null

echo "floor pass: $FLOOR_REPS serial requests each with statement logging, then $REPLAYS replays in PostgreSQL alone"
python3 benchmark/floor.py --base-url "$BASE" --email "$EMAIL" --password "$PASSWORD" --pg-port "$PG_PORT" \
  --pg-log "$PG_LOG" --reps "$FLOOR_REPS" --replays "$REPLAYS" --out "$OUT/floor.json"

echo "Gatling: $USERS users for $DURATION s after a $RAMP s ramp"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
rm -rf benchmark/target/gatling
./mvnw -B -q -f benchmark/pom.xml gatling:test -DbaseUrl="$BASE" -Demail="$EMAIL" -Dpassword="$PASSWORD" \
  -Dusers="$USERS" -Dduration="$DURATION" -Dramp="$RAMP" -Dthink="$THINK" \
  -Dscenarios="${SCENARIOS:-sign-in,search,lists,pos,invoice,reports}" > "$OUT/gatling.log" 2>&1 \
  || { tail -40 "$OUT/gatling.log"; echo "Gatling failed; see $OUT/gatling.log" >&2; exit 1; }
REPORT=$(ls -d benchmark/target/gatling/storeday-*/ | tail -1)
rm -rf "$OUT/gatling" && cp -r "$REPORT" "$OUT/gatling"
stop_app
# a generated large tenant is gigabytes: kept only when asked (DATA_DIR or KEEP_DATA=1)
if [ -z "${DATA_DIR:-}" ] && [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$DATA"; fi

python3 benchmark/summarize.py --gatling-report "$OUT/gatling/index.html" --floor "$OUT/floor.json" \
  --out "$OUT/summary.md" --title "JewelTrak load benchmark ($(date -u +%Y-%m-%d))" \
  --context "Tenant: $SIZE ($EMAIL); $USERS users for $DURATION s after a $RAMP s ramp, think $THINK s; app and \
Gatling on one machine ($(nproc) cores, load average before the run $LOAD_BEFORE); commit $(git rev-parse --short HEAD). Gatling report: $OUT/gatling/index.html." \
  > /dev/null
echo "summary: $OUT/summary.md"
cat "$OUT/summary.md"
