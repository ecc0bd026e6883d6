#!/usr/bin/env python3
"""How long `planpress serve` takes to show a saved change: the time from a workbook saved the way
spreadsheet programs save (a temporary file renamed over it) to the open month page serving the
new text. Runs on a copy of a content folder; prints each run and the median. On a portal (a
content folder with plans/), the first plan's calendar is saved and that plan's year page watched.
    bench/serve-latency.py [CONTENT] [RUNS]      (default: content, 5)
Needs a built PlanPress (dotnet build src/PlanPress -c Release)."""
import os, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request, zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
content = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "content"))
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
planpress = os.path.join(root, "src/PlanPress/bin/Release/net10.0/PlanPress")
work = tempfile.mkdtemp()
folder = os.path.join(work, "content")
shutil.copytree(content, folder)

# The workbook one of whose task texts we change; the year overview lists every task.
plans = os.path.join(folder, "plans")
plan = os.path.join(plans, sorted(os.listdir(plans))[0]) if os.path.isdir(plans) else folder
prefix = os.path.basename(plan) + "/" if plan != folder else ""
calendar = next(os.path.join(plan, f) for f in sorted(os.listdir(plan)) if f.endswith(".xlsx") and "calendar" in f)
with zipfile.ZipFile(calendar) as z:
    # Shared strings when the workbook has them (spreadsheet programs), else the first sheet's inline strings.
    part = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in z.namelist() else "xl/worksheets/sheet1.xml"
    strings = z.read(part).decode("utf-8")
original = re.findall(r"<(?:\w+:)?t[^>]*>([^<]{20,})</(?:\w+:)?t>", strings)[5]

def save(marker):
    temporary = os.path.join(plan, "~calendar.tmp")
    with zipfile.ZipFile(calendar) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == part:
                data = strings.replace(original, original + " " + marker, 1).encode("utf-8")
            target.writestr(item, data)
    os.replace(temporary, calendar)

server = subprocess.Popen([planpress, "serve", "--content", folder, "--theme", os.path.join(root, "themes/default"), "--as-of", "2024-03-15"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=work)
address = None
for line in server.stdout:
    address = address or (re.search(r"(http://127\.0\.0\.1:\d+/)", line) or [None, None])[1]
    if "Built" in line or "failed" in line:
        break
def page_with(marker):
    for path in [prefix + "year.html"]:
        try:
            if marker in urllib.request.urlopen(address + path, timeout=2).read().decode("utf-8"):
                return True
        except OSError:
            pass
    return False

times = []
for run in range(runs):
    marker = f"SAVED{run}X"
    started = time.monotonic()
    save(marker)
    while not page_with(marker):
        if time.monotonic() - started > 60:
            sys.exit("the change never showed")
        time.sleep(0.005)
    times.append((time.monotonic() - started) * 1000)
    print(f"run {run + 1}: {times[-1]:.0f} ms")
    time.sleep(0.5)
print(f"median: {statistics.median(times):.0f} ms over {runs} saves ({content})")
server.terminate()
shutil.rmtree(work, ignore_errors=True)
