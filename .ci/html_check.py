#!/usr/bin/env python3
"""HTML checks in headless Chromium: no network request, no horizontal overflow at 375 and
1280 px, Chinese faces used, and untrusted input inert. usage: html_check.py FOLIO OUTDIR"""
import json, os, subprocess, sys

folio, out = sys.argv[1], sys.argv[2]
ch = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--hide-scrollbars']
ok = True


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=120, **kw)


def say(good, msg):
    global ok
    print(('ok   ' if good else 'FAIL ') + msg)
    ok = ok and good


root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
html_dir = os.path.join(out, 'htmlcheck')
os.makedirs(html_dir, exist_ok=True)
run([folio, 'build', os.path.join(root, 'examples', 'mianyang-resolution.md'), '-t', 'jianbao', '-f', 'html', '-o', html_dir, '-q', '--embed-fonts'])
page = os.path.join(html_dir, 'mianyang-resolution.html')

# 1. no network request: Chromium's net log lists every request it made
netlog = os.path.join(out, 'net.json')
run(ch + ['--user-data-dir=' + os.path.join(out, 'ch-net'), '--log-net-log=' + netlog, '--dump-dom', 'file://' + page])
urls = set()
try:
    log = json.load(open(netlog))
    for e in log.get('events', []):
        u = (e.get('params') or {}).get('url')
        if u:
            urls.add(u)
except (OSError, ValueError):
    pass
# Chromium's own services (time, updates, accounts) are not requests of the page
own = ('google.com', 'googleapis.com', 'gvt1.com', 'gstatic.com', 'googleusercontent.com')
remote = sorted(u for u in urls if not u.startswith(('file:', 'data:', 'chrome', 'about:')) and not any(h in u.split('/')[2] for h in own))
say(not remote, f'html: no network request ({len(urls)} URLs seen: {remote[:3]})')

# 2. no horizontal overflow, Chinese faces: a wrapper page measures the page in an iframe
for w in (375, 1280):
    wrapper = os.path.join(html_dir, f'measure-{w}.html')
    with open(wrapper, 'w') as f:
        f.write(f'''<!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="mianyang-resolution.html" style="width:{w}px;height:812px;border:0"></iframe>
<script>document.getElementById('f').onload = async () => {{
 const d = document.getElementById('f').contentDocument; await d.fonts.ready;
 const e = d.documentElement; const title = d.querySelector('h1');
 const faces = [...d.fonts].filter(x => x.status == 'loaded').map(x => x.family).join(',');
 const r = d.createRange(); if (title) r.selectNodeContents(title);
 const rows = {{}}; for (const b of (title ? r.getClientRects() : [])) {{ const k = Math.round(b.top); rows[k] = (rows[k] || 0) + b.width; }}
 document.body.setAttribute('data-result', JSON.stringify({{sw: e.scrollWidth, cw: e.clientWidth, faces, h1: title && getComputedStyle(title).fontFamily, lines: Object.values(rows)}}));
}};</script></body></html>''')
    # a loaded 2-core machine can leave Chromium's dump before the iframe's onload ran (CI run
    # of 2026-12-05): measure again, with more virtual time, before calling it a failure
    res = None
    for attempt, budget in enumerate((8000, 20000, 40000)):
        r = run(ch + ['--user-data-dir=' + os.path.join(out, f'ch-{w}-{attempt}'), '--allow-file-access-from-files',
                      f'--window-size={w},900', f'--virtual-time-budget={budget}', '--dump-dom', 'file://' + wrapper])
        for part in r.stdout.split('data-result="')[1:]:
            res = json.loads(part.split('"')[0].replace('&quot;', '"'))
        if res is not None:
            break
        print(f'note html at {w}px: no measurement with {budget} ms of virtual time, trying again')
    if res is None:
        say(False, f'html at {w}px: could not measure after 3 tries ({r.stderr[-400:]})')
        continue
    say(res['sw'] <= res['cw'], f"html at {w}px: scrollWidth {res['sw']} <= clientWidth {res['cw']}")
    say('folio-' in res['faces'], f"html at {w}px: embedded Chinese faces loaded ({res['faces'][:80]})")
    # the title's lines balanced: no line of a character or two under a full one ("…国/家")
    ls = res.get('lines') or [0]
    say(min(ls) >= 0.6 * max(ls), f"html at {w}px: the title's {len(ls)} lines balanced (widths {[round(x) for x in ls]})")
    shot = os.path.join(out, f'shot-{w}.png')
    run(ch + ['--user-data-dir=' + os.path.join(out, f'ch-s{w}'), f'--window-size={w},900', '--screenshot=' + shot, 'file://' + page])
    say(os.path.exists(shot) and os.path.getsize(shot) > 10000, f'html at {w}px: screenshot {shot}')

# 3. untrusted input stays inert
evil = os.path.join(html_dir, 'evil.md')
with open(evil, 'w') as f:
    f.write('---\ntitle: 测试\n---\n\n<script>document.title="pwned"</script>\n\n'
            '正文<img src=x onerror="document.title=\'pwned\'">继续。\n\n[链接](javascript:document.title=\'pwned\') 与 [好链接](https://example.cn/)。\n')
run([folio, 'build', evil, '-f', 'html', '-o', html_dir, '-q'])
markup = open(os.path.join(html_dir, 'evil.html'), encoding='utf-8').read()
say('<script' not in markup.lower() and 'onerror' not in markup.lower() and 'javascript:' not in markup.lower(),
    'html: no <script>, onerror or javascript: in the markup')
r = run(ch + ['--user-data-dir=' + os.path.join(out, 'ch-evil'), '--virtual-time-budget=3000', '--dump-dom',
              'file://' + os.path.join(html_dir, 'evil.html')])
say('pwned' not in r.stdout and '<title>测试</title>' in r.stdout, 'html: nothing ran in Chromium (title unchanged)')
sys.exit(0 if ok else 1)
