#!/usr/bin/env bash
# Generates the Python modules for PropertyDesk's protos and the google.rpc error model into
# ${1:-./generated}, with Debian's protoc and grpc_python_plugin (apt-get install protobuf-compiler
# protobuf-compiler-grpc python3-grpcio python3-protobuf).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
protos=$(cd "$here/../../../adapters-grpc/src/main/proto" && pwd)
rpc=$(cd "$here/../protos" && pwd)
out=${1:-"$here/generated"}
mkdir -p "$out"
cd "$protos"
protoc -I "$protos" -I "$rpc" \
  --python_out="$out" --grpc_python_out="$out" --plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin \
  propertydesk/v1/*.proto
cd "$rpc"
protoc -I "$rpc" --python_out="$out" google/rpc/status.proto google/rpc/error_details.proto
