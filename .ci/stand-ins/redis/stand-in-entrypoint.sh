#!/bin/sh
# The official image builds redis-server with protected mode off by default, so a server started with arguments of
# its own (as Kubernetes manifests start it) still serves other pods; Debian's keeps it on: turn it off the same way.
if [ "$1" = redis-server ]; then
  shift
  set -- redis-server --protected-mode no "$@"
fi
exec "$@"
