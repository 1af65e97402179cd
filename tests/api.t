#!/bin/sh
# The C API (include/canvas.h), through tests/api/test_api.c.
TOP=$(cd "$(dirname "$0")/.." && pwd)
api=${TEST_API:-build/test-api}
case $api in /*) ;; *) api="$TOP/$api" ;; esac
if [ ! -x "$api" ]; then
  echo "1..1"
  echo "not ok 1 - $api is built (run make check)"
  exit 1
fi
exec "$api"
