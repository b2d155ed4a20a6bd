#!/usr/bin/env python3
"""Page weights and the time to save a full scoring sheet, as a signed-in admin.

    python3 bench/pages.py URL ADMIN_PASSWORD   (bench/run.sh city calls it on the seeded city)

Prints Markdown table rows: the size of every page of API.md's list, plain and as sent to a
browser (gzip; HTML only: CSS and JS are cached static files) and the median of 5 "save all" posts of a 100-row sheet.
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

url, password = sys.argv[1], sys.argv[2]
jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def get(path, gzip=False):
    request = urllib.request.Request(url + path, headers={"Accept-Encoding": "gzip"} if gzip else {})
    with opener.open(request) as answer:
        return answer.read()


def post(path, fields):
    body = urllib.parse.urlencode(fields, doseq=True).encode()
    with opener.open(urllib.request.Request(url + path, data=body)) as answer:
        return answer.read()


def post_multipart(path, fields):
    """As the browser sends the sheet (enctype multipart/form-data): name → list of values."""
    boundary = "kiku-bench-boundary"
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'
             for name, values in fields.items() for value in values]
    body = ("".join(parts) + f"--{boundary}--\r\n").encode()
    headers = {"Content-Type": f"multipart/form-data; boundary={boundary}"}
    with opener.open(urllib.request.Request(url + path, data=body, headers=headers)) as answer:
        return answer.read()


post("/j_security_check", {"j_username": "admin", "j_password": password})
first_issue = re.search(rb'href="/issues/(\d+)"', get("/issues")).group(1).decode()
first_hearing = re.search(rb'href="/hearings/(\d+)"', get("/hearings")).group(1).decode()
pages = ["/", "/departments", "/hearings", "/hearings/new", "/hearings/" + first_hearing, "/issues",
         "/issues/new", "/issues/" + first_issue, "/criteria", "/scoring", "/backlog", "/snapshots",
         "/coverage", "/report", "/admin/users"]
for page in pages:
    print(f"| city: page weight {page} | {len(get(page)) / 1024:.1f} KB, gzip {len(get(page, True)) / 1024:.1f} KB"
          " | (kept small) |")

sheet = get("/scoring").decode()
token = re.search(r'name="csrf-token" value="([^"]+)"', sheet).group(1)
keys = re.findall(r'name="k" value="(\d+:\d+)"', sheet)
rows = len({k.split(":")[0] for k in keys})
times = []
for round_ in range(5):
    values = [str(1 + (round_ + i) % 5) for i in range(len(keys))]
    start = time.perf_counter()
    post_multipart("/scoring", {"csrf-token": [token], "k": keys, "v": values})
    times.append((time.perf_counter() - start) * 1000)
print(f"| city: save a sheet of {rows} rows × {len(keys) // max(rows, 1)} criteria "
      f"(median of 5, incl. the reload) | {statistics.median(times):.0f} ms | (Excel-fast) |")
