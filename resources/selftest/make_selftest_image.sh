#!/usr/bin/env bash
# Rebuilds selftest.E01: a 256 KiB FAT12 volume holding one text file, acquired with ewfacquire.
# The self-test opens it through libewf and TSK, lists it, and checks the hashes in expected.json.
# Needs Debian dosfstools, mtools, ewf-tools. Run from this folder.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
truncate -s 256K "$work/selftest.raw"
mkfs.vfat -n SELFTEST -i 5E1F7E57 "$work/selftest.raw" >/dev/null
printf 'Field Triage self-test file.\n' > "$work/README.TXT"
MTOOLS_SKIP_CHECK=1 mcopy -m -i "$work/selftest.raw" "$work/README.TXT" ::README.TXT
ewfacquire -u -t "$work/selftest" -f encase6 -c best -d sha1 -C selftest -D "Field Triage self-test" \
  -E selftest -e selftest -N "" -q "$work/selftest.raw" >/dev/null
cp "$work/selftest.E01" selftest.E01
python3 - "$work/selftest.raw" "$work/README.TXT" > expected.json <<'PY'
import hashlib, json, sys
raw, text = (open(p, "rb").read() for p in sys.argv[1:3])
print(json.dumps({"media_md5": hashlib.md5(raw).hexdigest(),
                  "media_sha256": hashlib.sha256(raw).hexdigest(),
                  "file": "/README.TXT",
                  "file_sha256": hashlib.sha256(text).hexdigest()}, indent=1))
PY
