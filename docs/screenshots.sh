#!/usr/bin/env bash
# Regenerates the README's screenshots and report pages from the embedded demo estate, with one
# exception review on the worst vault and two satisfied controls, so that the review pane shows what an auditor writes.
# Usage: bash docs/screenshots.sh [build folder]   (needs pdftoppm for the report pages)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/app/vaultscope"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
db="$work/d.db"
shot() { "$bin" screenshot --demo --db "$db" "$@" >/dev/null; }

shot --page dashboard --out "$work/first.png" # creates the store with the demo estate
vault=$("$bin" report --demo --db "$db" --json "$work/r.json" >/dev/null &&
        python3 -c 'import json,sys; r=json.load(open(sys.argv[1]));
print(next(x["resourceId"] for f in r["findings"] if f["definition"]=="cf820ca0-f99e-4f3e-84fb-66e913812d21"
           for x in f["resources"] if x["vault"]=="kv-eastus-00057"))' "$work/r.json")
"$bin" review set --db "$db" --target "finding:$vault|cf820ca0-f99e-4f3e-84fb-66e913812d21" \
  --status exception --expiry 2027-03-31 --approver "M. Keller (CISO)" --reviewer "A. Auditor" \
  --note "Diagnostic settings come with the SIEM migration (CHG-4471)." >/dev/null
for service in "Azure Key Vault" "Azure Backup"; do
  "$bin" review set --db "$db" --target "control:$service/Encryption at rest" --status satisfied \
    --reviewer "A. Auditor" --note "Checked in the portal: all objects encrypted at rest (service-managed keys)." \
    >/dev/null
done

for page in dashboard vault vaults objects catalogue open-items; do
  shot --page "$page" --out "docs/$page.png"
done
shot --page dashboard --appearance dark --out docs/dashboard-dark.png
# A store named with --db that holds no estate yet: the dashboard's empty state.
"$bin" screenshot --page dashboard --db "$work/empty.db" --out docs/empty-state.png >/dev/null

# The spreadsheets' pictures: two versions of the Key Vault baseline compared, and the benchmark
# workbook filtered by a NIST control. Imported after the shots above, which show the bundled data.
"$bin" catalog import --db "$db" tests/data/xlsx/v1.0-key-vault-security-baseline-v1.0.xlsx \
  tests/data/xlsx/v1.1-key-vault-security-baseline-v1.1.xlsx tests/data/xlsx/Microsoft_cloud_security_benchmark_v1.xlsx \
  >/dev/null
shot --page compare --service "Azure Key Vault" --out docs/compare.png
shot --page catalogue --service "Microsoft Cloud Security Benchmark" --filter "NIST AC-4" --out docs/catalogue-nist.png

"$bin" report --demo --db "$db" --pdf "$work/demo.pdf" >/dev/null
# The page that opens the exceptions, wherever the findings before it end.
pages=$(pdfinfo "$work/demo.pdf" | awk '/^Pages:/ {print $2}')
exceptions=$(for p in $(seq 8 "$pages"); do
  pdftotext -f "$p" -l "$p" "$work/demo.pdf" - | grep -qx "Exceptions" && { echo "$p"; break; }; done)
for page in 1 4 7 "$exceptions"; do
  name=$([ "$page" = "$exceptions" ] && echo exceptions || echo "$page")
  pdftoppm -png -r 70 -f "$page" -l "$page" -singlefile "$work/demo.pdf" "docs/report-page-$name"
done
# The signed-in status area and the code dialog come from the sign-in window test, which signs in
# against the tests' OpenID Connect server (needs 'npm ci --prefix tests/oidc').
dbus-run-session -- bash tests/with-keyring.sh env VAULTSCOPE_DOCS="$PWD/docs" "${1:-build}/tests/tst_signinwindow" >/dev/null
# The scan's scope picker, progress view and a partial scan's dashboard come from the scan window
# test, which scans the tests' stand-in for Azure (tests/azure/server.mjs).
dbus-run-session -- bash tests/with-keyring.sh env VAULTSCOPE_DOCS="$PWD/docs" "${1:-build}/tests/tst_scanwindow" >/dev/null
echo "screenshots written to docs/"
