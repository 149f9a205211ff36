#!/bin/sh
# Memory and time of folio on the largest and most hostile inputs it accepts (issue 19).
# For each case: peak resident memory against the budget of 40 × the input + 100 MB, and
# the wall time against 10 s. Needs GNU time (/usr/bin/time, Debian package `time`).
#
#   cargo build --release && sh benches/hostile.sh
set -eu
F=${FOLIO:-$(dirname "$0")/../target/release/folio}
F=$(cd "$(dirname "$F")" && pwd)/$(basename "$F")
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
cd "$D"
python3 - <<'EOF'
n = 99_000
head = "---\ntitle: 长\n---\n\n"
# one paragraph with no break opportunity, Latin and Chinese
open("latin-unbreakable.md", "w").write(head + "a" * (n - 40) + "\n")
han = "中华人民共和国国务院办公厅关于印发通知的决定，"
open("han-one-paragraph.md", "w").write(head + (han * (n // len(han)))[: n - 40] + "\n")
# many short paragraphs
open("han-paragraphs.md", "w").write(head + "\n\n".join([han * 3] * (n // (len(han) * 3 + 2) - 2)) + "\n")
# a scraped page (the importer) of the same size
page = "云溪市人民政府办公室\n关于做好春季防火工作的通知\n首页 > 政务公开 > 通知公告\n" + ("各单位：" + han * 4 + "\n") * (n // 100)
open("scraped-page.txt", "w").write(page[: n - 10])
# a scraped line of characters spaced apart, and a page of thousands of menu lines over a notice
open("scraped-spaced-line.txt", "w").write("关于 " + "字 " * (n // 2 - 10) + "\n")
notice = "发布时间：2025-02-25\n关于加强管理的通知\n各单位：\n现将有关事项通知如下，请认真贯彻执行。\n"
open("scraped-menu-lines.txt", "w").write("栏目\n" * ((n - len(notice)) // 3) + notice)
# a notice over a flood of blank lines and of bars (a page's empty cells, one a line)
open("scraped-blank-lines.txt", "w").write(notice + "\n" * (n - 200))
open("scraped-bar-lines.txt", "w").write(notice + "|\n" * ((n - 200) // 2))
# and a flood of number fragments (a page saved one text node per line breaks numbers apart)
open("scraped-digit-lines.txt", "w").write(notice + "1\n" * ((n - 200) // 2))
# four thousand short numbered lines with no text between them (a contents list's shape: the
# importer reads each run once)
open("scraped-article-lines.txt", "w").write("".join(f"第{i}条 规定\n" for i in range(1, 4001)))
# a mirror's page with pinyin after every character (read away and put back: annotations)
glossed = "".join(f"{c}({p})" for c, p in zip("關于做好春季防火工作的會議通知", "guān yú zuò hǎo chūn jì fáng huǒ gōng zuò de huì yì tōng zhī".split()))
open("scraped-pinyin-page.txt", "w").write(("各單位：" + glossed * 3 + "。\n") * (n // (len(glossed) * 3 + 6)))
# Han and Latin in turns, a change of font at every character (each a run of its own in every
# format: the DOCX writes them as it goes, the PDF joins them with kerns)
open("mixed-scripts.md", "w").write(head + ("中a" * 40 + "\n\n") * ((n - 40) // 82))
# a table of ten columns and 230 long rows
rows = ["| " + " | ".join(f"第{i}列" for i in "一二三四五六七八九十") + " |", "|" + "---|" * 10]
rows += ["| " + " | ".join("数" * 40 for _ in range(10)) + " |"] * 230
open("long-table.md", "w").write(head + "\n".join(rows) + "\n")
# a roster of thousands of short rows (113 pages)
rows = ["| 序号 | 单位 | 人数 | 备注 |", "|---|---|---|---|"] + [f"| {i} | 某某单位第{i}支部 | {i % 50} | 无 |" for i in range(2800)]
open("roster-table.md", "w").write(head + "\n".join(rows) + "\n")
EOF
over=0
printf '%-24s %10s %10s %10s %8s\n' case input_KB rss_KB budget_KB seconds
for f in *.md *.txt; do
  size=$(stat -c %s "$f")
  budget=$((size * 40 / 1024 + 102400))
  /usr/bin/time -f '%M %e' -o t.txt "$F" build "$f" -f pdf,docx,html -o out >/dev/null 2>err.txt || true
  # GNU time puts "Command exited with non-zero status N" first when folio refuses the file
  read -r rss secs <<EOT
$(tail -n 1 t.txt)
EOT
  verdict=ok
  [ "$rss" -le "$budget" ] || { verdict=OVER-BUDGET; over=1; }
  awk -v s="$secs" 'BEGIN { exit !(s > 10) }' && { verdict="$verdict OVER-TIME"; over=1; }
  grep -q "non-zero status" t.txt && verdict="$verdict (refused: $(grep -m1 error: err.txt | cut -c1-70))"
  printf '%-24s %10d %10d %10d %8s %s\n' "$f" $((size / 1024)) "$rss" "$budget" "$secs" "$verdict"
done
exit $over
