#!/usr/bin/env bash
# Makes a command from one of Debian's packages available to the tests that need it, on a fresh
# machine: installs the package when the command is missing and this machine allows it (root with
# apt); otherwise says why and leaves the decision to the test, which is skipped, or fails when CI
# is set. Never fails the build by itself.
#   usage: ensure-debian-package.sh <command> <package> <what needs it>
set -u
command_name=$1 package=$2 needed_by=$3

if command -v "$command_name" >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != "0" ]; then
  echo "ensure-debian-package: $command_name is missing and this user is not root; $needed_by will not run."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-debian-package: $command_name is missing and there is no apt-get; $needed_by will not run."
  exit 0
fi

echo "ensure-debian-package: installing Debian's $package for $needed_by"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null; }; then
  echo "ensure-debian-package: installing $package failed; $needed_by will not run."
fi
exit 0
