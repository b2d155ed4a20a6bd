#!/usr/bin/env python3
"""Kill Kiku with SIGKILL under concurrent writes, restart it, count acknowledged writes lost.

Every trial: start the packaged jar on a fresh data folder, let N writers create departments,
hearings and issues and save scores through the API, SIGKILL the server at a random moment,
start it again on the same folder, and check that every write answered 2xx is there with the
content sent. A write in flight at the kill may or may not be there (it was never acknowledged).
See docs/DURABILITY.md. Standard library only; run through scripts/durability.sh.
"""
import argparse, base64, json, os, random, shutil, signal, socket, subprocess, sys, tempfile, threading, time
import urllib.error, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor

ADMIN_PASSWORD = "durability-admin-password"
USER_PASSWORD = "durability-writer-password"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


class Client:
    def __init__(self, base, user, password):
        self.base = base
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.cookie = None

    def sign_in(self, user, password):
        """Form login: the session cookie spares the server a bcrypt check on every write."""
        self.cookie = None
        form = urllib.parse.urlencode({"j_username": user, "j_password": password}).encode()
        req = urllib.request.Request(self.base + "/j_security_check", data=form, method="POST")
        try:
            urllib.request.build_opener(NoRedirect).open(req, timeout=30)
        except urllib.error.HTTPError as e:
            for header in e.headers.get_all("Set-Cookie") or []:
                if header.startswith("quarkus-credential="):
                    self.cookie = header.split(";", 1)[0]
        assert self.cookie, f"form login of {user} gave no session"

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        headers.update({"Cookie": self.cookie} if self.cookie else {"Authorization": self.auth})
        req = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                raw = resp.read()
                return resp.status, (json.loads(raw) if raw else None)
        except urllib.error.HTTPError as e:
            return e.code, None

    def all(self, path):
        items, page = [], 0
        while True:
            status, body = self.call("GET", f"{path}?size=500&page={page}")
            assert status == 200, f"GET {path}: {status}"
            items += body["items"]
            if len(items) >= body["totalItems"] or not body["items"]:
                return items, body["totalItems"]
            page += 1


class Server:
    def __init__(self, jar, data_dir, log_path):
        self.jar, self.data_dir, self.log_path = jar, data_dir, log_path
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        self.port = s.getsockname()[1]
        s.close()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self, ready_s=120):
        env = dict(os.environ, KIKU_DATA_DIR=self.data_dir, KIKU_ADMIN_PASSWORD=ADMIN_PASSWORD,
                   QUARKUS_HTTP_PORT=str(self.port), QUARKUS_HTTP_HOST="127.0.0.1")
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(["java", "-jar", self.jar], env=env, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + ready_s
        while time.time() < deadline:
            if self.proc.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(self.base + "/q/health/ready", timeout=2) as r:
                    if r.status == 200:
                        return True
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        return False

    def kill(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()


class Writer(threading.Thread):
    """One rater/officer account writing as fast as it can; remembers what the server acknowledged."""

    def __init__(self, n, base, criteria, stop, rnd):
        super().__init__(daemon=True)
        self.n, self.user, self.criteria, self.stop, self.rnd = n, f"writer{n}", criteria, stop, rnd
        self.client = Client(base, self.user, USER_PASSWORD)
        self.client.sign_in(self.user, USER_PASSWORD)
        self.acked = {"departments": {}, "hearings": {}, "issues": {}}
        self.scores = {}      # (issueId, criterionId) -> last acknowledged value
        self.in_flight = {}   # scores of the one unacknowledged request, if any
        self.attempts = {"departments": 0, "hearings": 0, "issues": 0}
        self.writes = 0

    def run(self):
        i = 0
        while not self.stop.is_set():
            i += 1
            try:
                self.step(i)
            except (urllib.error.URLError, OSError, ConnectionError):
                time.sleep(0.05)  # the server is gone; only the stop event ends the loop

    def step(self, i):
        departments, issues = list(self.acked["departments"]), list(self.acked["issues"])
        op = self.rnd.random()
        if not departments or op < 0.2:
            self.create("departments", {"name": f"耐久課-{self.n}-{i}", "kind": "DEPARTMENT", "code": f"D{self.n}-{i}"})
        elif op < 0.45:
            self.create("hearings", {"departmentId": self.rnd.choice(departments), "heldOn": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
                                     "status": "DONE", "notes": f"聞き取りメモ {self.n}/{i} " + "記録" * self.rnd.randint(1, 200)})
        elif not issues or op < 0.7:
            self.create("issues", {"title": f"課題 {self.n}-{i}", "description": f"説明 {i}",
                                   "departmentIds": [self.rnd.choice(departments)]})
        else:
            issue = self.rnd.choice(issues)
            values = {c: self.rnd.randint(1, 5) for c in self.criteria}
            self.in_flight = {(issue, c): v for c, v in values.items()}
            status, _ = self.client.call("PUT", f"/api/v1/issues/{issue}/scores", {"scores": [
                {"criterionId": c, "value": v, "comment": f"w{self.n}"} for c, v in values.items()]})
            if status == 200:
                self.scores.update(self.in_flight)
                self.writes += 1
            self.in_flight = {}

    def create(self, kind, body):
        self.attempts[kind] += 1
        status, created = self.client.call("POST", f"/api/v1/{kind}", body)
        if status == 201:
            self.acked[kind][created["id"]] = body
            self.writes += 1


def check(admin, writers):
    """Acknowledged writes that are missing or different after the restart, and the counts."""
    missing = different = 0
    totals = {}
    for kind, fields in (("departments", ("name", "kind", "code")), ("hearings", ("departmentId", "heldOn", "notes")),
                         ("issues", ("title", "description", "departmentIds"))):
        items, total = admin.all(f"/api/v1/{kind}")
        found = {item["id"]: item for item in items}
        acked = sum(len(w.acked[kind]) for w in writers)
        attempts = sum(w.attempts[kind] for w in writers)
        for w in writers:
            for id_, sent in w.acked[kind].items():
                if id_ not in found:
                    missing += 1
                elif any(found[id_][f] != sent[f] for f in fields):
                    different += 1
        # every acknowledged create is there; at most the unacknowledged ones come on top
        totals[kind] = (acked, total, attempts, acked <= total <= attempts)
    expected = {}
    for w in writers:
        for (issue, criterion), value in w.scores.items():
            expected[(issue, w.user, criterion)] = (value, w.in_flight.get((issue, criterion)))
    issues = sorted({issue for issue, _, _ in expected})
    with ThreadPoolExecutor(8) as pool:
        sheets = dict(zip(issues, pool.map(lambda i: admin.call("GET", f"/api/v1/issues/{i}/scores")[1], issues)))
    for (issue, user, criterion), (value, maybe) in expected.items():
        rater = next((r for r in (sheets[issue] or {}).get("raters", []) if r["username"] == user), None)
        score = next((s["value"] for s in (rater or {}).get("scores", []) if s["criterionId"] == criterion), None)
        if score is None:
            missing += 1
        elif score != value and score != maybe:
            different += 1
    return missing, different, totals, len(expected)


def trial(n, args, rnd):
    data_dir = tempfile.mkdtemp(prefix=f"kiku-durability-{n}-")
    log = os.path.join(data_dir, "server.log")
    server = Server(args.jar, os.path.join(data_dir, "data"), log)
    try:
        if not server.start():
            return fail(n, "the server did not start", log)
        admin = Client(server.base, "admin", ADMIN_PASSWORD)
        admin.sign_in("admin", ADMIN_PASSWORD)
        for w in range(args.writers):
            status, _ = admin.call("POST", "/api/v1/users", {"username": f"writer{w}", "password": USER_PASSWORD,
                                                            "roles": ["officer", "rater"]})
            assert status == 201, f"create writer{w}: {status}"
        criteria = [admin.call("POST", "/api/v1/criteria", {"name": f"基準{c}", "weight": 1.0, "minScore": 1,
                                                            "maxScore": 5})[1]["id"] for c in range(2)]
        stop = threading.Event()
        writers = [Writer(w, server.base, criteria, stop, random.Random(rnd.random())) for w in range(args.writers)]
        for w in writers:
            w.start()
        load_s = rnd.uniform(args.min_seconds, args.max_seconds)
        time.sleep(load_s)
        server.kill()
        stop.set()
        for w in writers:
            w.join(60)
        writes = sum(w.writes for w in writers)
        if not server.start():
            return fail(n, "the database did not open again after SIGKILL", log)
        admin.sign_in("admin", ADMIN_PASSWORD)
        missing, different, totals, scores = check(admin, writers)
        counts_ok = all(t[3] for t in totals.values())
        size = sum(os.path.getsize(os.path.join(server.data_dir, f)) for f in os.listdir(server.data_dir)
                   if f.endswith(".db"))
        print(f"trial {n}: killed after {load_s:.1f} s, {writes} acknowledged writes ({scores} score cells), "
              f"missing {missing}, different {different}, counts "
              + ", ".join(f"{k} {a} acked/{t} stored/{p} sent" for k, (a, t, p, _) in totals.items())
              + f" {'ok' if counts_ok else 'WRONG'}, database {size // 1024} KiB", flush=True)
        return {"writes": writes, "lost": missing + different + (0 if counts_ok else 1), "ok": True}
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)


def fail(n, reason, log):
    print(f"trial {n}: FAILED, {reason}; server log:", flush=True)
    with open(log, errors="replace") as f:
        print("".join(f.readlines()[-40:]))
    return {"writes": 0, "lost": 0, "ok": False}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--trials", type=int, default=3)
    p.add_argument("--writers", type=int, default=8)
    p.add_argument("--min-seconds", type=float, default=3.0, help="least load before the kill")
    p.add_argument("--max-seconds", type=float, default=12.0, help="most load before the kill")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--jar", default=os.environ.get("KIKU_JAR", "target/quarkus-app/quarkus-run.jar"))
    p.add_argument("--keep", action="store_true", help="keep each trial's data folder and log")
    args = p.parse_args()
    if not os.path.isfile(args.jar):
        sys.exit(f"durability: no {args.jar}; build first (./mvnw package)")
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    print(f"durability: {args.trials} trials, {args.writers} writers, seed {seed}", flush=True)
    rnd = random.Random(seed)
    results = [trial(n, args, rnd) for n in range(1, args.trials + 1)]
    writes, lost = sum(r["writes"] for r in results), sum(r["lost"] for r in results)
    ok = all(r["ok"] for r in results) and lost == 0
    print(f"durability: {len(results)} trials, {writes} acknowledged writes, {lost} lost or wrong: "
          + ("PASS" if ok else "FAIL"))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
