#!/bin/sh
# Lints every BPMN under the given folder with bpmnlint's recommended rules and camunda-compat for 7.24,
# as Camunda Modeler does. Installs the pinned npm packages on first use (package-lock.json).
set -eu
models="$1"
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
node_modules/.bin/bpmnlint $files
echo "bpmnlint: $(echo "$files" | wc -l) model(s) clean"
