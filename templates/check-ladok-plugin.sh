#!/usr/bin/env bash
# The template's check for every CI run, lean enough for it: makes a plugin from templates/ladok-plugin in a temporary folder
# outside this checkout, builds only the plugin (against this checkout's SDK, with the template's analyzers and warnings as
# errors), checks that its folder holds only its own assembly and manifest, and has the built host load it (`schema`, which needs
# no database). It reuses the host that `dotnet test Ladok.sln` built; templates/test-ladok-plugin.sh is the full check (it also
# builds and runs the new plugin's own tests, a second solution's worth of build). Ends with "template: N passed, N failed".
# Usage: templates/check-ladok-plugin.sh   (after a build of the host, Debug unless CONFIGURATION says otherwise)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
configuration=${CONFIGURATION:-Debug}
host="$root/src/Host/Ladok.Host/bin/$configuration/net10.0/Ladok.Host.dll"
work=$(mktemp -d /tmp/ladok-plugin-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() { # check "what" command...: runs the command, counts it, and says which failed
  local what=$1; shift
  if "$@" >"$work/out" 2>&1; then passed=$((passed + 1)); echo "ok: $what"
  else failed=$((failed + 1)); echo "FAILED: $what"; tail -20 "$work/out"; fi
}

check "the template makes a plugin" bash -c "dotnet new install '$root/templates/ladok-plugin' --debug:custom-hive '$work/hive' &&
  dotnet new ladok-plugin --debug:custom-hive '$work/hive' -n Check --university ZZ --ladokRoot '$root' -o '$work/Check'"
check "the plugin builds with the template's analyzers and warnings as errors" \
  dotnet build "$work/Check/Ladok.Plugins.Check" -c "$configuration" -warnaserror -nologo
check "the plugin folder holds only the plugin's own assembly and its manifest" bash -c \
  "cd '$work/Check/artifacts/plugins/Check' && [ \"\$(ls *.dll)\" = Ladok.Plugins.Check.dll ] && [ -f plugin.json ]"
check "the host loads it and serves its university" \
  dotnet "$host" schema --Plugins:Directory "$work/Check/artifacts/plugins" --University:Code ZZ

echo "template: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
