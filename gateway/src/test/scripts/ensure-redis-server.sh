#!/usr/bin/env bash
# Makes Debian's redis-server available to RedisRateLimitTest, which starts its own instance on a
# free port. Installs the package when it is missing and this machine allows it (root with apt);
# otherwise says why and leaves the decision to the test: it is skipped, or fails when CI is set.
# Never fails the build by itself.
set -u

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-redis-server: redis-server is missing and this user is not root; RedisRateLimitTest will not run."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-redis-server: redis-server is missing and there is no apt-get; RedisRateLimitTest will not run."
  exit 0
fi

echo "ensure-redis-server: installing Debian's redis-server for RedisRateLimitTest"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }; then
  echo "ensure-redis-server: installing redis-server failed; RedisRateLimitTest will not run."
fi
exit 0
