#!/usr/bin/env python3
"""The floor of the load benchmark (issue 12 point 2): the same queries in PostgreSQL alone.

A short serial pass asks the app for each floor request (lists, search, peeks, POS lookup, reports) `--reps` times, each
with its own X-Request-Id, while PostgreSQL logs every statement with its duration (log_min_duration_statement = 0; the
embedded PostgreSQL must run with logging_collector on — scripts/benchmark.sh arranges it). The log is then read back:
a statement belongs to a request when it runs on a connection whose transaction the app opened for that request (the
app's first statement in a transaction is set_config('app.tenant_id', …, 'app.request_id', …)).

Two figures per request:
  * db     — the sum of the logged PostgreSQL durations (parse + bind + execute, commits) of the request's statements,
             percentiles over the pass: the request's DB time as the app ran it.
  * floor  — REPLAY: every SELECT of the request (as captured from its last repetition, with its parameters) run again
             straight in PostgreSQL through psql, as the app's role with the request's tenant set (row-level security
             applies as for the app), serially, `--replays` times after 10 warm-up rounds; the request's floor time of a
             round is the sum of its statements' round trips (psql's \\timing). Statements are PREPAREd and EXECUTEd, as
             the app's driver prepares them; one whose parameter types PostgreSQL cannot infer runs with literals.
Writes a JSON file the summarizer (summarize.py) reads.
"""
import argparse
import html
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

WARM_UP = 10


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--base-url", default="http://localhost:8080")
    a.add_argument("--email", default="owner@demo.test")
    a.add_argument("--password", default="jeweltrak-demo")
    a.add_argument("--pg-port", required=True)
    a.add_argument("--pg-log", required=True, help="the embedded PostgreSQL's log file (logging_collector on)")
    a.add_argument("--app-role", default="jeweltrak_app")
    a.add_argument("--reps", type=int, default=20)
    a.add_argument("--replays", type=int, default=200)
    a.add_argument("--out", required=True)
    args = a.parse_args()

    app = App(args.base_url, args.email, args.password)
    sample = app.sample()
    requests = floor_requests(sample)
    pg = Psql(args.pg_port)

    offset = os.path.getsize(args.pg_log)
    pg.run("alter system set log_min_duration_statement = 0", "select pg_reload_conf()")
    time.sleep(1)
    client_ms = {}
    try:
        for name, kind, path, headers in requests:
            for rep in range(args.reps + 1):  # repetition 0 warms the app's caches and is not counted
                rid = request_id(name, rep)
                started = time.perf_counter()
                status = app.get(path(rep), rid, headers, api=(kind == "api"))
                elapsed = (time.perf_counter() - started) * 1000
                if status != 200:
                    sys.exit(f"floor pass: {name} {path(rep)} answered {status}")
                if rep > 0:
                    client_ms.setdefault(name, []).append(elapsed)
    finally:
        time.sleep(1)  # let the last lines reach the log
        pg.run("alter system reset log_min_duration_statement", "select pg_reload_conf()")

    with open(args.pg_log, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        captured = attribute(parse_log(f.read()))

    result = {"method": "replay of every SELECT of the request in PostgreSQL alone (psql, prepared, as the app role "
                        "with the tenant set), serially; db = logged PostgreSQL durations of the request's statements",
              "reps": args.reps, "replays": args.replays, "requests": {}}
    for name, _, _, _ in requests:
        reps = [captured.get(request_id(name, rep)) for rep in range(1, args.reps + 1)]
        reps = [r for r in reps if r]
        if not reps:
            print(f"floor: no statements captured for {name}", file=sys.stderr)
            continue
        last = reps[-1]
        selects = [s for s in last["statements"] if is_select(s["sql"])]
        rounds, per_statement = pg.replay(selects, last["tenant"], last["user"], args.app_role, args.replays)
        slowest = max(range(len(selects)), key=lambda i: percentile(per_statement[i], 95)) if selects else None
        result["requests"][name] = {
            "app_serial": stats(client_ms.get(name, [])),
            "db": stats([r["db_ms"] for r in reps]),
            "statements": len(last["statements"]),
            "selects": len(selects),
            "floor": stats(rounds),
            "slowest_select": None if slowest is None else {
                "sql": " ".join(selects[slowest]["sql"].split())[:300],
                "p95": round(percentile(per_statement[slowest], 95), 3)},
        }
        r = result["requests"][name]
        print(f"floor: {name:28} statements {r['statements']:3}  db p95 {r['db']['p95']:8.2f} ms  "
              f"floor p95 {r['floor']['p95']:8.2f} ms  serial app p95 {r['app_serial']['p95']:8.2f} ms")
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)


def request_id(name, rep):
    return "jtfloor." + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-") + "." + str(rep)


def floor_requests(s):
    """(name as in the Gatling simulation, page|api, path for a repetition, headers) — the list / search / peek / POS /
    report requests of StoreDay, with the same kind of arguments."""
    today = time.strftime("%Y-%m-%d")
    year_ago = time.strftime("%Y-%m-%d", time.localtime(time.time() - 364 * 86400))
    pick = lambda values: (lambda rep: values[rep % len(values)])
    term = pick(s["terms"])
    htmx = {"HX-Request": "true"}
    return [
        ("search: type-ahead", "page", lambda r: "/search?q=" + urllib.parse.quote(term(r)),
         {"HX-Request": "true", "HX-Target": "searchSuggestions"}),
        ("search: results", "page", lambda r: "/search?q=" + urllib.parse.quote(term(r)), {}),
        ("list: contacts", "page", lambda r: "/contacts", {}),
        ("list: jewelry", "page", lambda r: "/inventory/jewelry", {}),
        ("list: invoices", "page", lambda r: "/sales/invoices", {}),
        ("peek: contact", "page", lambda r: f"/peek/contact/{pick(s['contacts'])(r)}", htmx),
        ("peek: jewelry", "page", lambda r: f"/peek/jewelry/{pick(s['jewelry'])(r)}", htmx),
        ("peek: invoice", "page", lambda r: f"/peek/invoice/{pick(s['invoices'])(r)}", htmx),
        ("pos: lookup by StockID", "api",
         lambda r: "/api/v1/items/by-stock-id/" + urllib.parse.quote(pick(s["stockIds"])(r), safe=""), {}),
        ("report: AR aging", "api", lambda r: "/api/v1/reports/ar-aging", {}),
        ("report: GP year", "api", lambda r: f"/api/v1/reports/gross-profit?from={year_ago}&to={today}", {}),
    ]


class App:
    def __init__(self, base, email, password):
        self.base = base.rstrip("/")
        self.email, self.password = email, password
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.token = self.post_json("/api/v1/auth/tokens",
                                    {"email": email, "password": password, "name": "benchmark floor"})["token"]
        page = self.opener.open(self.base + "/login").read().decode()
        csrf = html.unescape(re.search(r'name="_csrf" value="([^"]*)"', page).group(1))
        form = urllib.parse.urlencode({"email": email, "password": password, "_csrf": csrf}).encode()
        landed = self.opener.open(self.base + "/login", data=form)
        if "/login" in landed.geturl():
            sys.exit("floor pass: the form sign-in failed for " + email)

    def post_json(self, path, body):
        request = urllib.request.Request(self.base + path, data=json.dumps(body).encode(),
                                         headers={"Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(request))

    def api_json(self, path):
        request = urllib.request.Request(self.base + path, headers={"Authorization": "Bearer " + self.token})
        return json.load(urllib.request.urlopen(request))

    def get(self, path, rid, headers, api):
        h = dict(headers, **{"X-Request-Id": rid})
        if api:
            h["Authorization"] = "Bearer " + self.token
        request = urllib.request.Request(self.base + path, headers=h)
        try:
            with (urllib.request.urlopen(request) if api else self.opener.open(request)) as response:
                response.read()
                return response.status
        except urllib.error.HTTPError as e:
            return e.code

    def sample(self):
        contacts = self.api_json("/api/v1/contacts?size=200")["content"]
        names = []
        for c in contacts:
            n = c.get("lastName") if c.get("lastName") and len(c["lastName"]) >= 3 else c.get("company")
            if n and n not in names:
                names.append(n)
        stock_ids, jewelry = [], []
        for family in ["jewelry", "watches", "diamonds", "colored-stones", "pearls"]:
            for i in self.api_json(f"/api/v1/items?family={family}&size=200")["content"]:
                stock_ids.append(i["stockId"])
                if family == "jewelry":
                    jewelry.append(i["id"])
        # names and StockIDs in turn, as the simulation's search terms
        terms = [t for pair in zip(names[:15], stock_ids[:15]) for t in pair] or names or stock_ids
        return {"contacts": [c["id"] for c in contacts], "terms": terms, "stockIds": stock_ids, "jewelry": jewelry,
                "invoices": [i["id"] for i in self.api_json("/api/v1/invoices?size=200")["content"]]}


ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ([A-Z]+):  (.*)$")
DURATION = re.compile(r"^duration: ([\d.]+) ms  (?:(parse|bind|execute) [^:]*|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')", re.S)


def parse_log(text):
    """[(pid, level, message)] with the continuation lines (a tab first) joined to their entry."""
    entries = []
    for line in text.split("\n"):
        m = ENTRY.match(line)
        if m:
            entries.append([m.group(1), m.group(2), m.group(3)])
        elif entries and line.startswith("\t"):
            entries[-1][2] += "\n" + line[1:]
    return entries


def attribute(entries):
    """{request id: {db_ms, tenant, user, statements: [{sql, params}]}} for the jtfloor requests."""
    records, last = [], {}
    for pid, level, message in entries:
        if level == "DETAIL" and message.startswith("Parameters: ") and pid in last:
            last[pid]["params"] = {int(n): v for n, v in PARAM.findall(message[len("Parameters: "):])}
            continue
        if level != "LOG":
            continue
        m = DURATION.match(message)
        if not m:
            continue
        record = {"pid": pid, "ms": float(m.group(1)), "phase": m.group(2) or "statement", "sql": m.group(3),
                  "params": {}}
        records.append(record)
        last[pid] = record
    owner, captured = {}, {}
    for r in records:
        low = r["sql"].strip().lower()
        if "set_config('app.request_id'" in low:
            if r["phase"] in ("execute", "statement"):
                rid = unquote(r["params"].get(3, "''"))
                owner[r["pid"]] = (rid, unquote(r["params"].get(1, "''")), unquote(r["params"].get(2, "''")))
            continue
        if low.startswith("commit") or low.startswith("rollback"):
            who = owner.pop(r["pid"], None) if r["phase"] in ("execute", "statement") else owner.get(r["pid"])
            if who and who[0].startswith("jtfloor.") and who[0] in captured:
                captured[who[0]]["db_ms"] += r["ms"]  # a commit's wait for the WAL flush is DB time too
            continue
        who = owner.get(r["pid"])
        if not who or not who[0].startswith("jtfloor.") or low in ("", "begin") or low.startswith("begin"):
            continue
        c = captured.setdefault(who[0], {"db_ms": 0.0, "tenant": "", "user": "", "statements": []})
        c["db_ms"] += r["ms"]
        if who[1]:
            c["tenant"], c["user"] = who[1], who[2]
        if r["phase"] in ("execute", "statement"):
            c["statements"].append({"sql": r["sql"], "params": r["params"]})
    return captured


def unquote(value):
    return "" if value == "NULL" else value[1:-1].replace("''", "'")


def is_select(sql):
    low = sql.lstrip().lower()
    if "set_config(" in low or re.search(r"\bfor (no key )?update\b", low):
        return False
    if low.startswith("select"):
        return True
    # a WITH that writes (a data-modifying CTE) is not replayed
    return low.startswith("with") and not re.search(r"\b(insert\s+into|update\s+\w+\s+set|delete\s+from)\b", low)


class Psql:
    def __init__(self, port):
        self.command = ["psql", "-h", "localhost", "-p", str(port), "-U", "postgres", "-d", "jeweltrak", "-AqtX",
                        "-v", "ON_ERROR_STOP=1"]

    def run(self, *statements, stdin=None):
        args = list(self.command)
        for s in statements:
            args += ["-c", s]
        return subprocess.run(args, input=stdin, capture_output=True, text=True)

    def replay(self, statements, tenant, user, role, replays):
        """(per round: the sum of the statements' times; per statement: its times) over `replays` rounds."""
        if not statements:
            return [], []
        setup = ["set role " + role + ";",
                 f"select set_config('app.tenant_id', '{tenant}', false), set_config('app.user_id', '{user}', false) "
                 "\\g /dev/null"]
        calls = []
        for i, s in enumerate(statements):
            params = [s["params"][n] for n in sorted(s["params"])]
            prepare = f"prepare p{i} as {s['sql']};"
            check = self.run(stdin="\n".join(setup + [prepare]) + "\n")
            if check.returncode == 0:
                setup.append(prepare)
                calls.append(f"execute p{i}" + (f"({', '.join(params)})" if params else "") + ";")
            else:  # parameter types PostgreSQL cannot infer: the statement with its values written in
                calls.append(re.sub(r"\$(\d+)", lambda m: s["params"].get(int(m.group(1)), "NULL"), s["sql"]) + ";")
        script = "\n".join(setup + ["\\o /dev/null", "\\timing on"] + calls * (WARM_UP + replays)) + "\n"
        done = self.run(stdin=script)
        if done.returncode != 0:
            raise SystemExit("floor replay failed: " + done.stderr[-2000:])
        times = [float(t) for t in re.findall(r"^Time: ([\d.]+) ms", done.stdout, re.M)]
        k = len(calls)
        if len(times) != k * (WARM_UP + replays):
            raise SystemExit(f"floor replay: expected {k * (WARM_UP + replays)} timings, got {len(times)}")
        times = times[k * WARM_UP:]
        rounds = [sum(times[i * k:(i + 1) * k]) for i in range(replays)]
        return rounds, [times[j::k] for j in range(k)]


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # nearest rank
    return ordered[int(rank) - 1]


def stats(values):
    return {"n": len(values), "p50": round(percentile(values, 50), 3), "p95": round(percentile(values, 95), 3),
            "p99": round(percentile(values, 99), 3)}


if __name__ == "__main__":
    main()
