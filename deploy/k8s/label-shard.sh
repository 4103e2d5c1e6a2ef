#!/bin/sh
# Entry point of one pod of the Kubernetes Indexed Job: labels slice K of N, with
# K = JOB_COMPLETION_INDEX + 1, into $OUT_DIR/labels-K.$FORMAT. A pod that replaces a failed
# one (same index) continues from the journal on the shared volume; a finished shard exits at once.
set -eu

: "${CORPUS:?set CORPUS to the folder of articles}"
# Kubernetes does not export the number of indexes: SHARDS must equal the Job's completions.
: "${SHARDS:?set SHARDS to the Job's completions}"
: "${JOB_COMPLETION_INDEX:?run this in a Job with completionMode: Indexed}"
OUT_DIR=${OUT_DIR:-/labels}
FORMAT=${FORMAT:-jsonl}
STANCE=${STANCE:-stance}
THREADS=${THREADS:-1}

out="$OUT_DIR/labels-$((JOB_COMPLETION_INDEX + 1)).$FORMAT"
mkdir -p "$OUT_DIR"
resume=""
if [ -e "$out.journal" ] || [ -e "$out.staging.jsonl.journal" ] || [ -e "$out.staging.jsonl" ]; then
  resume="--resume"
elif [ -e "$out" ]; then
  echo "$out is already complete"
  exit 0
fi

status=0
# $resume is deliberately unquoted: empty or one word.
"$STANCE" batch "$CORPUS" --out "$out" --shard "auto/$SHARDS" --threads "$THREADS" --quiet $resume || status=$?
# Exit 6 means some files were skipped and listed in $out.errors.tsv: the shard is complete.
if [ "$status" -eq 6 ]; then
  status=0
fi
exit "$status"
