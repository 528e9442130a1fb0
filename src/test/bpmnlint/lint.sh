#!/bin/sh
# Lints every BPMN under the given folder with bpmnlint's recommended rules and camunda-compat for 7.24,
# as Camunda Modeler does; any error or warning fails. Installs the pinned npm packages on first use.
set -eu
models="$(cd "$1" && pwd)"
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/bpmnlint ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
files=$(find "$models" -name '*.bpmn' | sort)
if [ -z "$files" ]; then
  echo "bpmnlint: no BPMN files under $models" >&2
  exit 1
fi
# shellcheck disable=SC2086
report=$(node_modules/.bin/bpmnlint $files) || { echo "$report"; exit 1; }
if echo "$report" | grep -q "problem"; then
  echo "$report"
  exit 1
fi
echo "bpmnlint: $(echo "$files" | wc -l) model(s) clean"
