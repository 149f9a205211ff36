#!/usr/bin/env bash
# A private fontconfig under DIR in which the official face names map to folio's open faces, as
# on a machine that has the faces; prints the path of its fonts.conf for FONTCONFIG_FILE.
# Shared by .ci/interop.sh and .ci/agreement.sh. usage: .ci/fontconfig.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
FC=$1; mkdir -p "$FC/fonts"
cp fonts/*/*.otf fonts/*/*.ttf "$FC/fonts/"
cat > "$FC/fonts.conf" <<XML
<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>$FC/fonts</dir><cachedir>$FC/cache</cachedir>
<!-- a machine without the official faces substitutes folio's open ones, as a user's would -->
<alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
<alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
<alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
<alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
<alias binding="same"><family>楷体_GB2312</family><prefer><family>WenKai Subset</family></prefer></alias>
</fontconfig>
XML
echo "$FC/fonts.conf"
