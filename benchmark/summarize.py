#!/usr/bin/env python3
"""Writes the benchmark's summary.md from Gatling's own results and the floor pass (floor.py).

Gatling 3.14 writes its per-request statistics into the report's index.html (the statistics table: Total, OK, KO, % KO,
Cnt/s, Min, 50th, 75th, 95th, 99th pct, Max, Mean, Std Dev — all requests, OK and KO together) and no longer a
stats.json; the table is read from there. Targets from issue 12 (COMPASS) get a ✓ or ✗.
"""
import argparse
import html
import json
import re

COLUMNS = {2: "count", 3: "ok", 4: "ko", 5: "failed_pct", 6: "rps", 7: "min", 8: "p50", 9: "p75", 10: "p95",
           11: "p99", 12: "max", 13: "mean"}


def gatling_stats(index_html):
    text = open(index_html, encoding="utf-8").read()
    stats = {}
    for row in re.findall(r'<tr id="(req_[^"]*)"[^>]*>(.*?)</tr>', text, re.S):
        name = re.search(r'class="ellipsed-name">(.*?)</span>', row[1], re.S)
        values = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row[1]))
        if not name:
            continue
        stats[html.unescape(name.group(1)).strip()] = {
            key: number(values.get(str(col), "")) for col, key in COLUMNS.items()}
    if not stats:
        raise SystemExit("no request statistics found in " + index_html)
    return stats


def number(value):
    value = value.strip().replace(",", "")
    try:
        return float(value)
    except ValueError:
        return None


def targets(name, s, floor_p95):
    """[(target text, met)] for a request, by its name."""
    p95, rps = s["p95"], s["rps"]
    if name.startswith("search:"):
        return [("p95 ≤ 30 ms", p95 <= 30)]
    if name.startswith("list:") or name.startswith("peek:"):
        found = [("p95 ≤ 25 ms", p95 <= 25)]
        if floor_p95:
            found.append(("≤ 1.5× floor", p95 <= 1.5 * floor_p95))
        return found
    if name == "invoice: finalize":
        return [("p95 ≤ 40 ms", p95 <= 40), ("≥ 200/s", rps >= 200)]
    if name.startswith("pos:"):
        return [("p95 ≤ 50 ms", p95 <= 50)]
    if name == "report: GP year":
        return [("p95 ≤ 1 s", p95 <= 1000)]
    if name == "report: AR aging":
        return [("p95 ≤ 300 ms", p95 <= 300)]
    return []


def fmt(value, digits=0):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}"


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--gatling-report", required=True, help="index.html of the Gatling run")
    a.add_argument("--floor", help="floor.json of floor.py (optional)")
    a.add_argument("--out", required=True)
    a.add_argument("--title", default="JewelTrak load benchmark")
    a.add_argument("--context", default="", help="a line saying what ran (size, users, duration)")
    args = a.parse_args()

    stats = gatling_stats(args.gatling_report)
    floor = json.load(open(args.floor)) if args.floor else {"requests": {}}
    order = ["sign-in", "search", "list", "peek", "pos", "invoice", "report"]
    names = sorted(stats, key=lambda n: (next((i for i, p in enumerate(order) if n.startswith(p)), 99), n))

    out = [f"# {args.title}", ""]
    if args.context:
        out += [args.context, ""]
    out += ["Times in ms from Gatling's report (all requests, failed ones included); req/s is Gatling's Cnt/s, the count "
            "over the whole run (ramp included). Floor p95 = the request's SELECTs replayed in PostgreSQL alone; DB p95 = "
            "the PostgreSQL time logged while the app served it (serial pass); ratio = app p95 / floor p95.", "",
            "| request | count | p50 | p95 | p99 | req/s | failed % | floor p95 | DB p95 | ratio | target |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    missed = met = 0
    for name in names:
        s = stats[name]
        f = floor["requests"].get(name)
        floor_p95 = f["floor"]["p95"] if f else None
        ratio = s["p95"] / floor_p95 if floor_p95 else None
        checks = targets(name, s, floor_p95)
        met += sum(1 for _, ok in checks if ok)
        missed += sum(1 for _, ok in checks if not ok)
        target = ", ".join(("✓ " if ok else "✗ ") + t for t, ok in checks)
        out.append(f"| {name} | {fmt(s['count'])} | {fmt(s['p50'])} | {fmt(s['p95'])} | {fmt(s['p99'])} | "
                   f"{fmt(s['rps'], 2)} | {fmt(s['failed_pct'], 1)} | {fmt(floor_p95, 2)} | "
                   f"{fmt(f['db']['p95'], 2) if f else '–'} | {fmt(ratio, 1) + '×' if ratio else '–'} | {target} |")
    out += ["", f"Targets: {met} met, {missed} missed.", ""]
    if floor["requests"]:
        out += [f"## The floor ({floor.get('method', '')})", "",
                f"{floor.get('reps')} serial requests each with statement logging on; replay {floor.get('replays')} "
                "rounds after 10 warm-up rounds. Serial app = the request's time seen by the client in that quiet pass.",
                "",
                "| request | statements | SELECTs | serial app p95 | DB p50 | DB p95 | floor p50 | floor p95 | floor p99 | "
                "slowest SELECT (p95 ms) |",
                "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for name, f in floor["requests"].items():
            slow = f.get("slowest_select")
            sql = (slow["sql"][:110] + "…") if slow and len(slow["sql"]) > 110 else (slow["sql"] if slow else "")
            out.append(f"| {name} | {f['statements']} | {f['selects']} | {fmt(f['app_serial']['p95'], 1)} | "
                       f"{fmt(f['db']['p50'], 2)} | {fmt(f['db']['p95'], 2)} | {fmt(f['floor']['p50'], 2)} | "
                       f"{fmt(f['floor']['p95'], 2)} | {fmt(f['floor']['p99'], 2)} | "
                       f"{fmt(slow['p95'], 2) if slow else '–'}: `{sql.replace('|', '¦')}` |")
        out.append("")
    open(args.out, "w").write("\n".join(out))
    print("\n".join(out))


if __name__ == "__main__":
    main()
