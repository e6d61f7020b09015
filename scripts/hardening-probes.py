#!/usr/bin/env python3
"""Issue-13 probes of a target with the sandbox hooks (the reference server by default): races, the clock hook at
its limit, a catastrophic MFA_PASSWORD_REGEX, a lookalike brand. Prints one figure per probe.

    dotnet run --project src/ReferenceServer -- --urls http://127.0.0.1:5080 &
    python3 scripts/hardening-probes.py http://127.0.0.1:5080
"""
import json, sys, time, uuid, urllib.request, urllib.error
from concurrent.futures import ThreadPoolExecutor

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5080").rstrip("/")


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        text = e.read()
        return e.code, json.loads(text) if text else None


def code(answer):
    return (answer[1] or {}).get("status", {}).get("code")


def brand(config=None):
    name = "PROBE" + uuid.uuid4().hex[:8].upper()
    cfg = {"IS_MFA_PASSWORD_ENABLED": True, "MFA_PASSWORD_REGEX": "^(?=.*[0-9]).{8,64}$"}
    cfg.update(config or {})
    assert call("PUT", f"/__harness/v1/brands/{name}", cfg)[0] == 200
    return name


def customer(b, password="Passw0rd!1"):
    c = {"brand": b, "identifierType": "MOBILE", "identifierValue": "91" + str(uuid.uuid4().int)[:10], "deviceId": "d1"}
    assert call("POST", "/__harness/v1/customers", [dict(c, password=password)])[0] == 201
    return c


def otp(c, session):
    q = f"/__harness/v1/otp?brand={c['brand']}&identifierType=MOBILE&identifierValue={c['identifierValue']}&sessionId={session}"
    return call("GET", q)[1]["otp"]


def first_factor(c):
    s = call("POST", "/auth/v1/token/generate", c)[1]["user"]["sessionId"]
    call("POST", "/auth/v1/otp/generate", dict(c, sessionId=s))
    return call("POST", "/auth/v1/otp/validate", dict(c, sessionId=s, otp=otp(c, s)))[1]["auth"]["token"]


def mfa_session(c, t1, password=None):
    body = dict(c, authorizedToken=t1) if password is None else dict(c, authorizedToken=t1, password=password, confirmPassword=password)
    return call("POST", "/auth/v1/mfa/token/generate", body)


def login(c, t1, password):
    m = mfa_session(c, t1)[1]["user"]["sessionId"]
    return call("POST", "/auth/v1/mfa/password/validate", dict(c, sessionId=m, password=password))


def parallel(n, fn):
    with ThreadPoolExecutor(n) as pool:
        return list(pool.map(fn, range(n)))


def changes():
    c = customer(brand()); t1 = first_factor(c); t2 = login(c, t1, "Passw0rd!1")[1]["auth"]["token"]
    new = [f"Changed{i:02d}!x" for i in range(50)]
    answers = parallel(50, lambda i: call("POST", "/auth/v1/mfa/password/change", dict(c, token=t2, password="Passw0rd!1", newPassword=new[i], confirmPassword=new[i])))
    acked = [new[i] for i, a in enumerate(answers) if code(a) == 200]
    works = [p for p in acked if code(login(c, t1, p)) == 200]
    print(f"50 concurrent changes with one T2 and current password: {len(acked)} acknowledged, {len(works)} of them work")


def resets():
    c = customer(brand()); t1 = first_factor(c)
    m = mfa_session(c, t1)[1]["user"]["sessionId"]
    call("POST", "/auth/v1/mfa/otp/generate", dict(c, sessionId=m))
    call("POST", "/auth/v1/mfa/otp/validate", dict(c, sessionId=m, otp=otp(c, m)))
    sessions = [mfa_session(c, t1)[1]["user"]["sessionId"] for _ in range(50)]
    new = [f"Reset{i:02d}!xy" for i in range(50)]
    answers = parallel(50, lambda i: call("POST", "/auth/v1/mfa/password/forget", dict(c, sessionId=sessions[i], password=new[i], confirmPassword=new[i])))
    acked = [new[i] for i, a in enumerate(answers) if code(a) == 200]
    print(f"one validated MFA OTP, 50 concurrent resets on 50 sessions: {len(acked)} acknowledged")


def clock():
    statuses = {}
    last = None
    for _ in range(800):
        last = call("POST", "/__harness/v1/clock", {"advanceSeconds": 315360000})
        statuses[last[0]] = statuses.get(last[0], 0) + 1
    c = customer(brand()); t1 = first_factor(c)
    ok = code(login(c, t1, "Passw0rd!1")) == 200
    print(f"800 clock advances of 315360000 s: {statuses}; then a full MFA login {'works' if ok else 'FAILS'}; last refusal: {(last[1] or {}).get('detail', '')[:120]}")


def regex(pattern):
    b = brand({"MFA_PASSWORD_REGEX": pattern}); c = customer(b, None); t1 = first_factor(c)
    hostile = "a" * 40 + "!"
    start = time.perf_counter()
    answers = parallel(8, lambda _: mfa_session(c, t1, hostile))
    took = time.perf_counter() - start
    print(f"MFA_PASSWORD_REGEX {pattern!r}, 8 hostile passwords at once: codes {sorted({code(a) for a in answers})}, {took:.2f} s wall; message: {answers[0][1]['status']['message']}")


def lookalike():
    b = brand()[:-1] + "S"; assert call("PUT", f"/__harness/v1/brands/{b}", {"IS_MFA_PASSWORD_ENABLED": True})[0] == 200
    c = customer(b)
    a = call("POST", "/auth/v1/token/generate", dict(c, brand=b[:-1] + "\u017f"))
    print(f"brand '{b[:-1]}\u017f' (long s) next to brand '{b}': code {code(a)} (1504 = unsupported brand)")


changes(); resets(); regex("^(a+)+$"); regex("^(?=(a+)+$)"); lookalike(); clock()
