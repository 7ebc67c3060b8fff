#!/usr/bin/env bash
# The site checks run the W3C Nu HTML Checker (npm package vnu-jar), which needs Java 11 or later.
# Use the java on PATH; install Debian's default-jre-headless with apt-get when there is none, as
# root or through sudo (npm cannot download a Java runtime here).
set -euo pipefail
if command -v java >/dev/null; then exit 0; fi
echo "Java saknas: installerar Debians paket default-jre-headless med apt-get …"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Kan inte installera Java utan root. Kör: sudo apt-get install default-jre-headless" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq default-jre-headless >/dev/null
