#!/usr/bin/env bash
# Proves the dotnet new template: installs templates/ladok-plugin into a template store of its
# own (the user's is untouched), makes a plugin from it in a temporary folder outside this
# checkout, builds it against this checkout's SDK and test kit, and runs its tests.
# Usage: templates/test-ladok-plugin.sh [NAME] [UNIVERSITY-CODE]   (defaults: Lund LU)
# Not part of `dotnet test Ladok.sln`: it builds a second solution and takes a few minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
name=${1:-Lund}
code=${2:-LU}
work=$(mktemp -d /tmp/ladok-plugin-template.XXXXXX)
trap 'rm -rf "$work"' EXIT

dotnet new install "$root/templates/ladok-plugin" --debug:custom-hive "$work/hive"
dotnet new ladok-plugin --debug:custom-hive "$work/hive" -n "$name" --university "$code" --ladokRoot "$root" -o "$work/$name"

echo "Made from the template:"; (cd "$work/$name" && find . -type f | sort)
dotnet test "$work/$name/Ladok.Plugins.$name.Tests"
echo "The plugin folder, as an operator would drop it next to the host:"
ls "$work/$name/artifacts/plugins/$name"
