#!/usr/bin/env bash
# Crash safety (issue 12 point 5): run a write load against the app, kill the app AND its embedded PostgreSQL with
# SIGKILL mid-way, start it again on the same data, and check that every acknowledged document is there and every
# invariant holds: each reconciliation check (AR control = customers = documents, liabilities = documents, trial
# balance) and quantities = stock movements. Exit status 0 only when all hold.
#   scripts/crash-test.sh                 # 20 s of load, port 8097, a fresh data directory under /tmp
#   LOAD_SECONDS=60 WRITERS=8 scripts/crash-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8097}
LOAD_SECONDS=${LOAD_SECONDS:-20}
WRITERS=${WRITERS:-4}
WORK=$(mktemp -d /tmp/jeweltrak-crash.XXXXXX)
DATA=$WORK/data
BASE=http://localhost:$PORT
echo "work directory: $WORK"

json() { python3 -c 'import sys, json; d = json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"; }

./mvnw -B -q -DskipTests package
JAR=$(ls target/jeweltrak-*.jar | grep -v original | head -1)
# the build runs on the Java 25 toolchain; the machine's default java may be older
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}

start_app() {
  JEWELTRAK_DATA_DIR=$DATA "$JAVA" -jar "$JAR" --server.port="$PORT" > "$WORK/app-$1.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 180); do
    if curl -s -o /dev/null -w '%{http_code}' "$BASE/login" | grep -q 200; then return 0; fi
    sleep 1
  done
  echo "the app did not start; see $WORK/app-$1.log" >&2
  exit 1
}

token() {
  curl -s -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d '{"email": "owner@demo.test", "password": "jeweltrak-demo", "name": "crash test"}' | json 'd["token"]'
}

# one writer: open an invoice for a customer, add a service line, finalize it with an Idempotency-Key, take a cash
# payment; an id is written down only once the server has answered with success (acknowledged)
writer() {
  local n=$1 i=0
  while [ ! -f "$WORK/stop" ]; do
    i=$((i + 1))
    id=$(curl -s -m 10 -X POST "$BASE/api/v1/invoices" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"storeId\": $STORE, \"customerId\": $CUSTOMER}" | json 'd["id"]' 2>/dev/null) || continue
    curl -s -m 10 -o /dev/null -X POST "$BASE/api/v1/invoices/$id/lines" -H "Authorization: Bearer $TOKEN" \
      -H 'Content-Type: application/json' -d '{"kind": "SERVICE", "description": "Crash test cleaning", "unitPrice": "25.00"}' || continue
    code=$(curl -s -m 10 -o /dev/null -w '%{http_code}' -X POST "$BASE/api/v1/invoices/$id/finalize" \
      -H "Authorization: Bearer $TOKEN" -H "Idempotency-Key: crash-$n-$i") || continue
    [ "$code" = 200 ] && echo "$id" >> "$WORK/finalized-$n"
    pay=$(curl -s -m 10 -X POST "$BASE/api/v1/invoices/$id/payments" -H "Authorization: Bearer $TOKEN" \
      -H "Idempotency-Key: crash-pay-$n-$i" -H 'Content-Type: application/json' \
      -d '{"method": "CASH", "amount": "10.00"}' | json 'd["payments"][-1]["id"]' 2>/dev/null) || continue
    echo "$id $pay" >> "$WORK/paid-$n"
  done
}

start_app first
# the demo organization is made just after start-up: wait for its owner and a customer
for _ in $(seq 1 120); do
  TOKEN=$(token 2>/dev/null) && CUSTOMER=$(curl -s "$BASE/api/v1/contacts?role=customer&size=1" \
    -H "Authorization: Bearer $TOKEN" | json 'd["content"][0]["id"]' 2>/dev/null) && break
  sleep 1
done
STORE=$(curl -s "$BASE/api/v1/me" -H "Authorization: Bearer $TOKEN" | json 'd["currentStoreId"] or d["stores"][0]["id"]')
echo "load: $WRITERS writers for ${LOAD_SECONDS}s on store $STORE, customer $CUSTOMER"
for w in $(seq 1 "$WRITERS"); do writer "$w" & done
sleep "$LOAD_SECONDS"

# the crash: the JVM and every PostgreSQL process of this data directory at once, no shutdown hooks
pkill -9 -f -- "-D $DATA/postgres" || true
kill -9 "$APP" || true
touch "$WORK/stop"
wait 2>/dev/null || true
cat "$WORK"/finalized-* > "$WORK/finalized" 2>/dev/null || true
cat "$WORK"/paid-* > "$WORK/paid" 2>/dev/null || true
echo "killed mid-load: $(wc -l < "$WORK/finalized") finalizes and $(wc -l < "$WORK/paid") payments acknowledged"

start_app second
TOKEN=$(token)
failures=0
while read -r id; do
  status=$(curl -s "$BASE/api/v1/invoices/$id" -H "Authorization: Bearer $TOKEN" | json 'd["status"]')
  if [ "$status" != FINALIZED ]; then echo "acknowledged invoice $id is $status"; failures=$((failures + 1)); fi
done < "$WORK/finalized"
while read -r id pay; do
  found=$(curl -s "$BASE/api/v1/invoices/$id" -H "Authorization: Bearer $TOKEN" \
    | json "any(p['id'] == $pay for p in d['payments'])")
  if [ "$found" != True ]; then echo "acknowledged payment $pay of invoice $id is missing"; failures=$((failures + 1)); fi
done < "$WORK/paid"
curl -s "$BASE/api/v1/reconciliation" -H "Authorization: Bearer $TOKEN" > "$WORK/reconciliation.json"
python3 - "$WORK/reconciliation.json" <<'PY' || failures=$((failures + 1))
import json, sys
checks = json.load(open(sys.argv[1]))
bad = [c for c in checks if not c["agrees"]]
for c in checks:
    print(("  ok  " if c["agrees"] else "  BAD ") + c["name"] + ": books " + c["books"] + ", documents " + c["documents"])
sys.exit(1 if bad or not checks else 0)
PY
mismatched=$(curl -s "$BASE/api/v1/quantity-reconciliation" -H "Authorization: Bearer $TOKEN" | json 'd["totalElements"]')
echo "  items whose quantities differ from their movements: $mismatched"
[ "$mismatched" = 0 ] || failures=$((failures + 1))
kill "$APP"; wait "$APP" 2>/dev/null || true
if [ "$failures" = 0 ]; then echo "CRASH TEST PASSED"; else echo "CRASH TEST FAILED: $failures problems"; exit 1; fi
