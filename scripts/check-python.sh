#!/usr/bin/env bash
# Proves the Python surface of the jsii assembly: generates the Python sources with jsii-pacmak (--code-only:
# a full wheel build needs PyPI, which these machines cannot reach) and byte-compiles them with python3.
# Run after the jsii build (`npm run build` or `npm run compile`), e.g. from .ci/run:
#   scripts/check-python.sh            (sources go to a temporary folder, removed afterwards)
#   scripts/check-python.sh <outdir>   (keeps them in <outdir>)
set -euo pipefail
cd "$(dirname "$0")/.."
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="${JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION:-20}"

if [ ! -s .jsii ]; then
  echo "check-python: no .jsii assembly; run \`npm run compile\` (or \`npm run build\`) first" >&2
  exit 1
fi

module="$(node -p "require('./package.json').jsii.targets.python.module")"
if [ $# -ge 1 ]; then
  outdir="$1"
  mkdir -p "$outdir"
else
  outdir="$(mktemp -d "${TMPDIR:-/tmp}/check-python.XXXXXX")"
  trap 'rm -rf "$outdir"' EXIT
fi

npx --no-install jsii-pacmak --code-only --targets python --outdir "$outdir" .

src="$(find "$outdir" -type d -path "*/src/$module" | head -n 1)"
if [ -z "$src" ] || [ ! -s "$src/__init__.py" ]; then
  echo "check-python: jsii-pacmak produced no $module/__init__.py under $outdir" >&2
  exit 1
fi
# The jsii runtime tarball of the assembly must be there too: the Python module loads it at import.
if ! find "$src" -name '*.jsii.tgz' | grep -q .; then
  echo "check-python: no embedded .jsii.tgz assembly under $src" >&2
  exit 1
fi
# Every class of the library's root surface must appear in the Python module.
for cls in HardenedCluster ClusterNetwork ClusterKeys Bastion OkeCluster NodePool ClusterIam; do
  if ! grep -q "^class $cls(" "$src/__init__.py"; then
    echo "check-python: class $cls missing from $src/__init__.py" >&2
    exit 1
  fi
done

count="$(find "$src" -name '*.py' | wc -l | tr -d ' ')"
if command -v python3 >/dev/null 2>&1; then
  python3 -m compileall -q "$src" >/dev/null || { echo "check-python: generated Python does not compile" >&2; exit 1; }
  echo "check-python: $count Python files generated for $module and byte-compiled"
else
  echo "check-python: $count Python files generated for $module (python3 not found: not byte-compiled)"
fi
